// Main landmass of a country for region zoom (core/geo/main_landmass.hpp): synthetic shapes whose
// boxes can be checked by hand, then the bundled geodata's Europe.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/filter/region_filter.hpp"
#include "core/geo/geodata_loader.hpp"
#include "core/geo/main_landmass.hpp"
#include "test_filter_fixture.hpp"

namespace engagemap {
namespace {

using filter_test::Country;
using filter_test::Square;

TEST(MainLandmass, KeepsNearIslandsAndDropsFarFlungParts) {
    // Metropolitan France, Corsica 0.5° off its box, French Guiana and Réunion far away.
    const CountryGeometry france = Country("FRA", "France", "Europe", "Western Europe",
                                           {Square(-5, 42, 8, 51), Square(8.5, 41.3, 9.6, 43), Square(-54.5, 2, -51.6, 5.8),
                                            Square(55.2, -21.4, 55.8, -20.9)},
                                           {2, 46});
    const LonLatBox box = MainLandmassBox(france);
    EXPECT_DOUBLE_EQ(box.minLon, -5);
    EXPECT_DOUBLE_EQ(box.maxLon, 9.6);
    EXPECT_DOUBLE_EQ(box.minLat, 41.3);
    EXPECT_DOUBLE_EQ(box.maxLat, 51);
}

TEST(MainLandmass, KeepsFarPartsThatAreLarge) {
    // A Borneo-sized main island and a New-Guinea-sized one 12° away (over a quarter of its area): kept.
    const CountryGeometry indonesia = Country("IDN", "Indonesia", "Asia", "South-eastern Asia",
                                              {Square(109, -4, 119, 4), Square(131, -9, 141, -1), Square(160, 0, 161, 1)},
                                              {114, 0});
    const LonLatBox box = MainLandmassBox(indonesia);
    EXPECT_DOUBLE_EQ(box.minLon, 109);
    EXPECT_DOUBLE_EQ(box.maxLon, 141);  // the small far island at 160°E is not
    EXPECT_DOUBLE_EQ(box.minLat, -9);
}

TEST(MainLandmass, PiecesCutAtTheAntimeridianStayTogether) {
    const CountryGeometry fiji =
        Country("FJI", "Fiji", "Oceania", "Melanesia", {Square(177, -18, 180, -16), Square(-180, -17, -179, -16)},
                {178, -17});
    const LonLatBox box = MainLandmassBox(fiji);
    EXPECT_DOUBLE_EQ(box.minLon, -180);
    EXPECT_DOUBLE_EQ(box.maxLon, 180);
}

TEST(MainLandmass, RussiaInEuropeIsCutAtTheUrals) {
    // Mainland from 27°E to 180°, Kaliningrad, an island straddling 60°E (Novaya Zemlya's north),
    // one west of 60°E but reaching past 70°N (its south) and one inside both (Kolguyev). The
    // mainland's slanted north edge crosses 60°E at 67.3°N.
    Polygon mainland;
    mainland.rings.push_back(Ring{{27, 42}, {180, 42}, {180, 72}, {27, 66}});
    const CountryGeometry russia =
        Country("RUS", "Russia", "Europe", "Eastern Europe",
                {mainland, Square(19.6, 54.3, 22.9, 55.3), Square(56, 73.5, 69, 77), Square(51, 70.5, 59, 73.4),
                 Square(48, 68.7, 50, 69.5)},
                {40, 55});
    ASSERT_NE(RegionalExtent(russia), nullptr);
    const LonLatBox box = MainLandmassBox(russia);
    EXPECT_DOUBLE_EQ(box.minLon, 19.6);
    EXPECT_DOUBLE_EQ(box.maxLon, 60);
    EXPECT_DOUBLE_EQ(box.minLat, 42);
    EXPECT_DOUBLE_EQ(box.maxLat, 69.5);  // Kolguyev; both islands of Novaya Zemlya are left out
    bool crossing = false;  // the point where the mainland's north edge crosses 60°E
    ForEachMainLandmassPoint(russia, [&](const LonLat& p) {
        if (p.lon == 60 && std::abs(p.lat - (66 + 6.0 * 33 / 153)) < 1e-9) crossing = true;
    });
    EXPECT_TRUE(crossing);

    // Only Russia filed under Europe is cut; another country with the same shape is not.
    CountryGeometry other = russia;
    other.key = "XXX";
    EXPECT_EQ(RegionalExtent(other), nullptr);
    EXPECT_DOUBLE_EQ(MainLandmassBox(other).maxLon, 180);
}

TEST(MainLandmass, EuropeOfTheBundledGeodataIsEurope) {
    GeodataOptions options;
    options.path = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";
    for (const char* layer : {"countries_110m", "countries_50m", "countries_10m"}) {
        options.layer = layer;
        const GeodataResult geodata = LoadGeodata(options);
        ASSERT_TRUE(geodata.Ok()) << layer;
        RegionFilter europe;
        europe.regions = {"Europe"};
        const std::vector<bool> included = Includes(europe, geodata.countries, nullptr, CivilDate{2020, 1, 1});
        const LonLatBox box = FilteredLonLatBox(geodata.countries, included);
        // Which country reaches each edge, for the failure message.
        std::string north, west, east, south;
        for (size_t i = 0; i < included.size(); ++i) {
            if (!included[i]) continue;
            const CountryGeometry& c = geodata.countries.countries[i];
            const LonLatBox b = MainLandmassBox(c);
            if (b.maxLat == box.maxLat) north = c.key;
            if (b.minLat == box.minLat) south = c.key;
            if (b.minLon == box.minLon) west = c.key;
            if (b.maxLon == box.maxLon) east = c.key;
        }
        SCOPED_TRACE(std::string(layer) + ": west " + west + ", east " + east + ", south " + south + ", north " + north);
        // Iceland to the Urals, Crete to the North Cape: no French Guiana, Azores, Svalbard or Siberia.
        EXPECT_GE(box.minLon, -25.0);
        EXPECT_LE(box.minLon, -20.0);
        EXPECT_LE(box.maxLon, 60.0);
        EXPECT_GE(box.maxLon, 55.0);
        EXPECT_GE(box.minLat, 34.0);
        EXPECT_LE(box.minLat, 36.0);
        EXPECT_LE(box.maxLat, 72.0);
        EXPECT_GE(box.maxLat, 70.0);
    }
}

}  // namespace
}  // namespace engagemap
