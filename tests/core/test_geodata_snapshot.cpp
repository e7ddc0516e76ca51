// Geodata snapshots (core/geo/geodata_snapshot.hpp): an exact round trip of what LoadGeodata and
// BuildMapMesh make, refused when the source's bytes, the layer or the fields differ or the file
// is damaged, and the bundled snapshots up to date with geodata/countries.gpkg.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "core/document/map_document.hpp"
#include "core/geo/geodata_loader.hpp"
#include "core/geo/geodata_snapshot.hpp"
#include "core/geo/mesh_cache.hpp"
#include "mesh_expect.hpp"
#include "scratch_dir.hpp"

namespace engagemap {
namespace {

const std::string kGpkg = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";

GeodataOptions Options(const std::string& path, const std::string& layer) {
    GeodataOptions geo;
    geo.path = path;
    geo.layer = layer;
    return geo;
}

void ExpectSameCountries(const CountrySet& a, const CountrySet& b) {
    EXPECT_EQ(a.source, b.source);
    EXPECT_EQ(a.layer, b.layer);
    EXPECT_EQ(a.centralMeridian, b.centralMeridian);
    ASSERT_EQ(a.countries.size(), b.countries.size());
    for (size_t i = 0; i < a.countries.size(); ++i) {
        const CountryGeometry &x = a.countries[i], &y = b.countries[i];
        ASSERT_EQ(x.key, y.key);
        EXPECT_EQ(x.name, y.name);
        EXPECT_EQ(x.region, y.region);
        EXPECT_EQ(x.subregion, y.subregion);
        EXPECT_EQ(x.label.lon, y.label.lon);
        EXPECT_EQ(x.label.lat, y.label.lat);
        EXPECT_EQ(x.bounds.minLon, y.bounds.minLon);
        EXPECT_EQ(x.bounds.maxLat, y.bounds.maxLat);
        ASSERT_EQ(x.polygons.size(), y.polygons.size()) << x.key;
        for (size_t p = 0; p < x.polygons.size(); ++p) {
            ASSERT_EQ(x.polygons[p].rings.size(), y.polygons[p].rings.size()) << x.key;
            for (size_t r = 0; r < x.polygons[p].rings.size(); ++r) {
                const Ring &u = x.polygons[p].rings[r], &v = y.polygons[p].rings[r];
                ASSERT_EQ(u.size(), v.size()) << x.key;
                for (size_t k = 0; k < u.size(); ++k) {
                    ASSERT_EQ(u[k].lon, v[k].lon) << x.key;
                    ASSERT_EQ(u[k].lat, v[k].lat) << x.key;
                }
            }
        }
    }
}

using test::ExpectSameMesh;

// A small GeoJSON layer written by the test (two squares, one feature without a key: a warning).
std::string WriteSmallGeojson(const std::filesystem::path& dir, double shift = 0.0) {
    const std::string path = (dir / "small.geojson").string();
    std::ofstream out(path);
    auto square = [shift](double x, double y) {
        return "[[[" + std::to_string(x + shift) + "," + std::to_string(y) + "],[" + std::to_string(x + 10) + "," +
               std::to_string(y) + "],[" + std::to_string(x + 10) + "," + std::to_string(y + 10) + "],[" +
               std::to_string(x + shift) + "," + std::to_string(y + 10) + "],[" + std::to_string(x + shift) + "," +
               std::to_string(y) + "]]]";
    };
    out << R"({"type":"FeatureCollection","features":[)"
        << R"({"type":"Feature","properties":{"iso3":"FRA","name":"France","region":"Europe"},"geometry":{"type":"Polygon","coordinates":)"
        << square(0, 40) << "}},"
        << R"({"type":"Feature","properties":{"iso3":"ESP","name":"España"},"geometry":{"type":"Polygon","coordinates":)"
        << square(-10, 36) << "}},"
        << R"({"type":"Feature","properties":{"name":"No key"},"geometry":{"type":"Polygon","coordinates":)" << square(30, 0)
        << "}}]}";
    return path;
}

GeodataSnapshot Loaded(const GeodataOptions& geo) {
    GeodataResult r = LoadGeodata(geo);
    EXPECT_TRUE(r.Ok());
    GeodataSnapshot s;
    s.mesh = BuildMapMesh(r.countries);
    s.countries = std::move(r.countries);
    s.warnings = std::move(r.warnings);
    return s;
}

TEST(GeodataSnapshot, RoundTripIsExact) {
    test::ScratchDir dir("snapshot-roundtrip");
    const std::string path = WriteSmallGeojson(dir.Path());
    GeodataOptions geo = Options(path, "small");
    const GeodataSnapshot loaded = Loaded(geo);
    ASSERT_EQ(loaded.countries.countries.size(), 2u);
    ASSERT_FALSE(loaded.warnings.empty());  // the feature without a key
    uint64_t hash = 0;
    std::string why;
    ASSERT_TRUE(SourceFileHash(path, &hash, &why)) << why;
    const std::string bytes = EncodeGeodataSnapshot(loaded, geo, hash);
    GeodataSnapshot back;
    ASSERT_TRUE(DecodeGeodataSnapshot(bytes, geo, hash, &back, &why)) << why;
    ExpectSameCountries(loaded.countries, back.countries);
    ExpectSameMesh(loaded.mesh, back.mesh);
    ASSERT_EQ(back.warnings.size(), loaded.warnings.size());
    EXPECT_EQ(back.warnings[0].ToString(), loaded.warnings[0].ToString());
}

TEST(GeodataSnapshot, StaleOrDamagedSnapshotsAreRefused) {
    test::ScratchDir dir("snapshot-stale");
    const std::string path = WriteSmallGeojson(dir.Path());
    const GeodataOptions geo = Options(path, "small");
    uint64_t hash = 0;
    std::string why;
    ASSERT_TRUE(SourceFileHash(path, &hash, &why));
    const std::string bytes = EncodeGeodataSnapshot(Loaded(geo), geo, hash);
    GeodataSnapshot out;
    EXPECT_FALSE(DecodeGeodataSnapshot(bytes, geo, hash ^ 1, &out, &why));
    EXPECT_NE(why.find("changed"), std::string::npos) << why;
    EXPECT_FALSE(DecodeGeodataSnapshot(bytes, Options(path, "other"), hash, &out, &why));
    EXPECT_NE(why.find("layer"), std::string::npos) << why;
    GeodataOptions otherField = geo;
    otherField.nameField = "name_en";
    EXPECT_FALSE(DecodeGeodataSnapshot(bytes, otherField, hash, &out, &why));
    EXPECT_NE(why.find("fields"), std::string::npos) << why;
    for (size_t cut : {size_t{4}, size_t{40}, bytes.size() / 2, bytes.size() - 1}) {
        EXPECT_FALSE(DecodeGeodataSnapshot(bytes.substr(0, cut), geo, hash, &out, &why)) << cut;
        EXPECT_FALSE(why.empty());
    }
}

// The file next to the source is found, used while the source is unchanged, and ignored (LoadMapDocument
// goes back to GDAL) once the source's bytes change.
TEST(GeodataSnapshot, SidecarFollowsTheSourceBytes) {
    test::ScratchDir dir("snapshot-sidecar");
    const std::string path = WriteSmallGeojson(dir.Path());
    const GeodataOptions geo = Options(path, "small");
    uint64_t hash = 0;
    std::string why;
    ASSERT_TRUE(SourceFileHash(path, &hash, &why));
    GeodataSnapshot snapshot = Loaded(geo);
    snapshot.countries.countries[0].name = "Name only the snapshot has";
    {
        std::ofstream out(SnapshotPath(path, "small"), std::ios::binary);
        out << EncodeGeodataSnapshot(snapshot, geo, hash);
    }
    auto doc = LoadMapDocumentFromSnapshot(geo);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->countries.countries[0].name, "Name only the snapshot has");
    std::vector<LoadError> errors;
    EXPECT_EQ(LoadMapDocument(geo, &errors)->countries.countries[0].name, "Name only the snapshot has");

    WriteSmallGeojson(dir.Path(), 0.5);  // the source edited: the snapshot is stale
    EXPECT_FALSE(LoadGeodataSnapshot(geo, &why));
    EXPECT_NE(why.find("changed"), std::string::npos) << why;
    auto reloaded = LoadMapDocument(geo, &errors);
    ASSERT_TRUE(reloaded);
    EXPECT_NE(reloaded->countries.countries[0].name, "Name only the snapshot has");
}

// The snapshots shipped in geodata/ match countries.gpkg as the app loads it through GDAL. If this
// fails after changing the geodata or the loader, run:
//   build/engagemap_geodata_build --snapshots geodata/countries.gpkg
TEST(GeodataSnapshot, BundledSnapshotsAreUpToDate) {
    for (const char* layer : {"countries_110m", "countries_50m"}) {
        const GeodataOptions geo = Options(kGpkg, layer);
        std::string why;
        const std::optional<GeodataSnapshot> snapshot = LoadGeodataSnapshot(geo, &why);
        ASSERT_TRUE(snapshot) << layer << ": " << why;
        const GeodataSnapshot loaded = Loaded(geo);
        ExpectSameCountries(loaded.countries, snapshot->countries);
        ASSERT_EQ(loaded.warnings.size(), snapshot->warnings.size());
        if (std::string(layer) == "countries_110m") ExpectSameMesh(loaded.mesh, snapshot->mesh);
        else EXPECT_EQ(snapshot->mesh.TriangleCount(), loaded.mesh.TriangleCount());
    }
    // The default layer (none given) is countries_50m, as LoadGeodata's.
    EXPECT_TRUE(LoadGeodataSnapshot(Options(kGpkg, "")));
}

}  // namespace
}  // namespace engagemap
