// Tests for recentring the map on any meridian (src/core/geo/recentre.hpp). Synthetic countries.
#include <gtest/gtest.h>

#include "core/geo/antimeridian.hpp"
#include "core/geo/great_circle.hpp"
#include "core/geo/map_mesh.hpp"
#include "core/geo/projection.hpp"
#include "core/geo/recentre.hpp"

namespace engagemap {
namespace {

Polygon Box(double lon0, double lon1, double lat0, double lat1) {
    return Polygon{{Ring{{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}}}};
}

CountrySet OneCountry(std::vector<Polygon> polygons, LonLat label) {
    CountrySet set;
    CountryGeometry c;
    c.key = "FJI";
    c.name = "Fiji";
    c.label = label;
    c.polygons = std::move(polygons);
    set.countries.push_back(std::move(c));
    return set;
}

TEST(Recentre, RingCrossingTheAntimeridianStaysWholeAtMeridian180) {
    // A stitched ring from 170°E to 170°W (190°) as an uncut source would give it.
    const CountrySet set = OneCountry({Polygon{{Ring{{170, -20}, {-170, -20}, {-170, -10}, {170, -10}}}}}, {179, -15});
    const CountrySet centred = RecentreCountries(set, 180.0);
    ASSERT_EQ(centred.countries[0].polygons.size(), 1u);
    EXPECT_DOUBLE_EQ(centred.countries[0].bounds.minLon, -10.0);
    EXPECT_DOUBLE_EQ(centred.countries[0].bounds.maxLon, 10.0);
    EXPECT_DOUBLE_EQ(centred.centralMeridian, 180.0);
    // At the default meridian the same ring is cut in two.
    EXPECT_EQ(RecentreCountries(set, 0.0).countries[0].polygons.size(), 2u);
}

TEST(Recentre, FijiAndKiribatiAreNotSplitAtMeridian170AndTheOldSeamIsNoBorder) {
    // Fiji as the geodata stores it: already cut at ±180 into two pieces.
    const CountrySet fiji = OneCountry({Box(177, 180, -19, -16), Box(-180, -178, -18, -16)}, {178, -17.5});
    const CountrySet centred = RecentreCountries(fiji, 170.0);
    const CountryGeometry& c = centred.countries[0];
    ASSERT_EQ(c.polygons.size(), 2u);  // the two pieces, now side by side (7..10 and 10..12), none cut again
    EXPECT_NEAR(c.bounds.minLon, 7.0, 1e-9);
    EXPECT_NEAR(c.bounds.maxLon, 12.0, 1e-9);
    EXPECT_NEAR(c.label.lon, 8.0, 1e-9);
    for (const Polygon& p : c.polygons)
        for (const Ring& r : p.rings) EXPECT_FALSE(RingCrossesAntimeridian(r));
    // No border segment is drawn along the old seam (now lon 10) ...
    const MapMesh mesh = BuildMapMesh(centred);
    for (size_t i = 0; i < mesh.borderSegments.size(); i += 2)
        EXPECT_FALSE(std::abs(mesh.borderSegments[i].lon - 10.0) < 1e-9 &&
                     std::abs(mesh.borderSegments[i + 1].lon - 10.0) < 1e-9);
    // ... while at meridian 0 the outer edges are borders and the seam is the frame.
    EXPECT_GT(mesh.SegmentCount(), 0u);

    // Kiribati: islands from 169°E to 151°W, one polygon each, none straddling 170° ± 180 = -10°.
    const CountrySet kiribati = OneCountry({Box(169, 174, 0, 2), Box(-160, -150, -10, 4)}, {173, 1});
    const CountrySet k = RecentreCountries(kiribati, 170.0);
    ASSERT_EQ(k.countries[0].polygons.size(), 2u);
    EXPECT_NEAR(k.countries[0].bounds.minLon, -1.0, 1e-9);
    EXPECT_NEAR(k.countries[0].bounds.maxLon, 40.0, 1e-9);
}

TEST(Recentre, APolygonAcrossTheNewAntimeridianIsCutThere) {
    // Spans 0°..20°; centred on 190° ≡ -170° its new antimeridian is 10°.
    const CountrySet set = OneCountry({Box(0, 20, 40, 50)}, {5, 45});
    const CountrySet centred = RecentreCountries(set, -170.0);
    EXPECT_EQ(centred.countries[0].polygons.size(), 2u);
    EXPECT_NEAR(centred.countries[0].bounds.minLon, -180.0, 1e-9);
    EXPECT_NEAR(centred.countries[0].bounds.maxLon, 180.0, 1e-9);
}

TEST(Recentre, APointMovesOnScreenAsTheMeridianDoes) {
    const CountrySet set = OneCountry({Box(-80, -70, 30, 40)}, {-75, 35});
    for (ProjectionKind kind : {ProjectionKind::EqualEarth, ProjectionKind::Robinson, ProjectionKind::Equirectangular}) {
        const CountrySet centred = RecentreCountries(set, 150.0);
        // -75 seen from 150 is 135: the point sits right of the centre, as far as 135° east of it.
        EXPECT_NEAR(centred.countries[0].label.lon, 135.0, 1e-9);
        const Vec2 moved = Project(kind, centred.countries[0].label);
        const Vec2 expected = Project(kind, {135.0, 35.0});
        EXPECT_NEAR(moved.x, expected.x, 1e-12);
        EXPECT_GT(moved.x, Project(kind, {0.0, 35.0}).x);
        // The arcs' own transform agrees with the geometry's.
        EXPECT_NEAR(RelativeLongitude(-75.0, 150.0), centred.countries[0].label.lon, 1e-12);
    }
}

TEST(Recentre, AFocusBoxFollowsTheMeridianAndMayStraddleTheNewEdge) {
    LonLatBox europe;  // 10°W..40°E
    europe.Extend({-10, 35});
    europe.Extend({40, 70});
    // Centred on 170°E the Pacific box's geographic twin, Europe, straddles the new edge (10°W):
    // its west edge is at -180 and its east edge 50° further.
    const LonLatBox e = RecentredBox(europe, 170.0);
    EXPECT_NEAR(e.minLon, -180.0, 1e-9);
    EXPECT_NEAR(e.maxLon, -130.0, 1e-9);
    // Centred on 20°W, the same box starts at 10° and ends at 60°.
    const LonLatBox w = RecentredBox(europe, -20.0);
    EXPECT_NEAR(w.minLon, 10.0, 1e-9);
    EXPECT_NEAR(w.maxLon, 60.0, 1e-9);
    // Centred on 20°W the new edge is 160°E: a box over 150°E..170°E straddles it and keeps its
    // east edge beyond 180 (170..190), so a fit covers it in one piece.
    LonLatBox pacific;
    pacific.Extend({150, -25});
    pacific.Extend({170, 0});
    const LonLatBox p = RecentredBox(pacific, -20.0);
    EXPECT_NEAR(p.minLon, 170.0, 1e-9);
    EXPECT_NEAR(p.maxLon, 190.0, 1e-9);
    LonLatBox world;
    world.Extend({-180, -90});
    world.Extend({180, 90});
    EXPECT_DOUBLE_EQ(RecentredBox(world, 170.0).minLon, -180.0);
    EXPECT_DOUBLE_EQ(RecentredBox(world, 170.0).maxLon, 180.0);
}

}  // namespace
}  // namespace engagemap
