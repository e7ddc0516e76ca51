// The map data an HTML export embeds (core/document/map_payload.hpp): what goes in comes back
// (coordinates to float32 precision), and broken bytes are refused without reading past them.
#include <gtest/gtest.h>

#include "core/document/map_payload.hpp"

namespace engagemap {
namespace {

MapPayload SamplePayload() {
    MapPayload p;
    p.countries.source = "geodata/countries.gpkg";
    p.countries.layer = "countries_50m";
    CountryGeometry a;
    a.key = "FRA";
    a.name = "France";
    a.region = "Europe";
    a.subregion = "Western Europe";
    a.label = {2.35, 46.6};
    a.bounds = {-5.0, 41.3, 9.6, 51.1};
    a.polygons.push_back(Polygon{{Ring{{-5.0, 48.0}, {2.0, 51.1}, {9.6, 41.3}}, Ring{{0.0, 47.0}, {1.0, 47.5}, {0.5, 46.0}}}});
    CountryGeometry b;
    b.key = "NE-somaliland";
    b.name = "Somaliland \xE2\x80\x94 non-ISO";
    b.label = {45.1, 9.5};
    b.polygons.push_back(Polygon{{Ring{{43.0, 9.0}, {48.9, 11.0}, {47.0, 8.0}}}});
    p.countries.countries = {a, b};
    p.mesh.fillVertices = {{-5.0, 48.0}, {2.0, 51.1}, {9.6, 41.3}, {43.0, 9.0}, {48.9, 11.0}, {47.0, 8.0}};
    p.mesh.fillCountry = {0, 0, 0, 1, 1, 1};
    p.mesh.borderSegments = {{-5.0, 48.0}, {2.0, 51.1}};
    p.colours = {Rgba8{1, 2, 3, 255}, Rgba8{200, 100, 50, 128}};
    p.datasetJson = R"({"format":"engagemap-dataset"})";
    p.storyJson = R"({"format":"engagemap-storyboard","slides":[]})";
    return p;
}

void ExpectNear(const LonLat& a, const LonLat& b) {
    EXPECT_NEAR(a.lon, b.lon, 1e-5);
    EXPECT_NEAR(a.lat, b.lat, 1e-5);
}

TEST(MapPayload, RoundTripsEveryPart) {
    const MapPayload in = SamplePayload();
    MapPayload out;
    std::string error;
    ASSERT_TRUE(ParseMapPayload(SerializeMapPayload(in), &out, &error)) << error;
    ASSERT_EQ(out.countries.countries.size(), 2u);
    EXPECT_EQ(out.countries.source, in.countries.source);
    EXPECT_EQ(out.countries.layer, in.countries.layer);
    for (std::size_t i = 0; i < 2; ++i) {
        const CountryGeometry& a = in.countries.countries[i];
        const CountryGeometry& b = out.countries.countries[i];
        EXPECT_EQ(b.key, a.key);
        EXPECT_EQ(b.name, a.name);
        EXPECT_EQ(b.region, a.region);
        EXPECT_EQ(b.subregion, a.subregion);
        ExpectNear(b.label, a.label);
        ASSERT_EQ(b.polygons.size(), a.polygons.size());
        for (std::size_t p = 0; p < a.polygons.size(); ++p) {
            ASSERT_EQ(b.polygons[p].rings.size(), a.polygons[p].rings.size());
            for (std::size_t r = 0; r < a.polygons[p].rings.size(); ++r) {
                ASSERT_EQ(b.polygons[p].rings[r].size(), a.polygons[p].rings[r].size());
                for (std::size_t v = 0; v < a.polygons[p].rings[r].size(); ++v)
                    ExpectNear(b.polygons[p].rings[r][v], a.polygons[p].rings[r][v]);
            }
        }
    }
    ASSERT_EQ(out.mesh.fillVertices.size(), 6u);
    for (std::size_t i = 0; i < 6; ++i) ExpectNear(out.mesh.fillVertices[i], in.mesh.fillVertices[i]);
    EXPECT_EQ(out.mesh.fillCountry, in.mesh.fillCountry);
    ASSERT_EQ(out.mesh.borderSegments.size(), 2u);
    ExpectNear(out.mesh.borderSegments[1], in.mesh.borderSegments[1]);
    EXPECT_EQ(out.colours, in.colours);
    EXPECT_EQ(out.datasetJson, in.datasetJson);
    EXPECT_EQ(out.storyJson, in.storyJson);

    const MapDocument document = DocumentFromPayload(out);
    EXPECT_EQ(document.countries.countries[1].key, "NE-somaliland");
    EXPECT_EQ(document.mesh.TriangleCount(), 2u);
}

TEST(MapPayload, RefusesEveryTruncation) {
    const std::string bytes = SerializeMapPayload(SamplePayload());
    for (std::size_t n = 0; n < bytes.size(); ++n) {
        MapPayload out;
        std::string error;
        EXPECT_FALSE(ParseMapPayload(std::string_view(bytes).substr(0, n), &out, &error)) << n;
        EXPECT_NE(error.find("embedded map data"), std::string::npos);
    }
}

TEST(MapPayload, RefusesWrongMagicTrailingBytesAndBadCountryIndex) {
    std::string bytes = SerializeMapPayload(SamplePayload());
    MapPayload out;
    std::string error;
    EXPECT_FALSE(ParseMapPayload(bytes + "x", &out, &error));
    EXPECT_NE(error.find("after the end"), std::string::npos);
    std::string wrong = bytes;
    wrong[0] = 'X';
    EXPECT_FALSE(ParseMapPayload(wrong, &out, &error));
    MapPayload bad = SamplePayload();
    bad.mesh.fillCountry[2] = 7;  // only 2 countries
    EXPECT_FALSE(ParseMapPayload(SerializeMapPayload(bad), &out, &error));
    EXPECT_NE(error.find("names no country"), std::string::npos);
}

}  // namespace
}  // namespace engagemap
