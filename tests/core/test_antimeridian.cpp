// Tests for antimeridian cutting (src/core/geo/antimeridian.hpp). Synthetic rings only.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/geo/antimeridian.hpp"
#include "core/geo/triangulate.hpp"

namespace engagemap {
namespace {

double TotalArea(const std::vector<Polygon>& polygons) {
    double area = 0.0;
    for (const Polygon& p : polygons) area += PolygonArea(p);
    return area;
}

// Every vertex within [-180, 180] x [-90, 90] and no edge jumping across the antimeridian.
void ExpectCutCleanly(const std::vector<Polygon>& polygons) {
    for (const Polygon& polygon : polygons) {
        for (const Ring& ring : polygon.rings) {
            EXPECT_GE(ring.size(), 3u);
            EXPECT_FALSE(RingCrossesAntimeridian(ring));
            for (const LonLat& p : ring) {
                EXPECT_GE(p.lon, -180.0);
                EXPECT_LE(p.lon, 180.0);
                EXPECT_GE(p.lat, -90.0);
                EXPECT_LE(p.lat, 90.0);
            }
        }
    }
}

// Number of vertices lying exactly on lon = ±180.
int VerticesOnAntimeridian(const std::vector<Polygon>& polygons) {
    int n = 0;
    for (const Polygon& polygon : polygons)
        for (const Ring& ring : polygon.rings)
            for (const LonLat& p : ring) n += (p.lon == 180.0 || p.lon == -180.0) ? 1 : 0;
    return n;
}

TEST(Antimeridian, RingCrossesDetectsJumps) {
    EXPECT_FALSE(RingCrossesAntimeridian({{0, 0}, {10, 0}, {10, 10}}));
    EXPECT_TRUE(RingCrossesAntimeridian({{170, -10}, {-170, -10}, {-170, 10}, {170, 10}}));
    // The closing edge counts too.
    EXPECT_TRUE(RingCrossesAntimeridian({{-170, 10}, {170, 10}, {170, -10}, {-175, -10}}));
}

TEST(Antimeridian, NonCrossingPolygonIsUnchanged) {
    Polygon polygon;
    polygon.rings.push_back({{-10, -5}, {20, -5}, {20, 15}, {-10, 15}});
    polygon.rings.push_back({{0, 0}, {5, 0}, {5, 5}});
    const std::vector<Polygon> out = CutAtAntimeridian(polygon);
    ASSERT_EQ(out.size(), 1u);
    ASSERT_EQ(out[0].rings.size(), 2u);
    for (size_t r = 0; r < 2; ++r) {
        ASSERT_EQ(out[0].rings[r].size(), polygon.rings[r].size());
        for (size_t i = 0; i < polygon.rings[r].size(); ++i) {
            EXPECT_EQ(out[0].rings[r][i].lon, polygon.rings[r][i].lon);
            EXPECT_EQ(out[0].rings[r][i].lat, polygon.rings[r][i].lat);
        }
    }
}

TEST(Antimeridian, CrossingSquareIsCutIntoTwoPiecesWithAreaPreserved) {
    // 20° x 20° square centred on the antimeridian, "stitched" as in world-atlas.
    Polygon square;
    square.rings.push_back({{170, -10}, {-170, -10}, {-170, 10}, {170, 10}});
    const std::vector<Polygon> out = CutAtAntimeridian(square);
    ASSERT_EQ(out.size(), 2u);
    ExpectCutCleanly(out);
    EXPECT_NEAR(TotalArea(out), 400.0, 1e-9);
    EXPECT_NEAR(PolygonArea(out[0]), 200.0, 1e-9);
    EXPECT_NEAR(PolygonArea(out[1]), 200.0, 1e-9);
    // Each piece has two vertices exactly on the cut.
    EXPECT_EQ(VerticesOnAntimeridian(out), 4);
    // One piece in the east, one in the west.
    double minLon0 = 999, minLon1 = 999;
    for (const LonLat& p : out[0].rings[0]) minLon0 = std::min(minLon0, p.lon);
    for (const LonLat& p : out[1].rings[0]) minLon1 = std::min(minLon1, p.lon);
    EXPECT_TRUE((minLon0 == 170.0 && minLon1 == -180.0) || (minLon0 == -180.0 && minLon1 == 170.0));
}

TEST(Antimeridian, CrossingPolygonWithCrossingHole) {
    Polygon polygon;
    polygon.rings.push_back({{160, -10}, {-160, -10}, {-160, 10}, {160, 10}});  // 40 x 20
    polygon.rings.push_back({{175, -5}, {-175, -5}, {-175, 5}, {175, 5}});     // 10 x 10 hole
    const std::vector<Polygon> out = CutAtAntimeridian(polygon);
    ASSERT_EQ(out.size(), 2u);
    ExpectCutCleanly(out);
    EXPECT_NEAR(TotalArea(out), 800.0 - 100.0, 1e-9);
}

TEST(Antimeridian, FijiLikeRingWithVerticesOnTheCut) {
    // As read from world-atlas through GDAL: vertices at exactly -180 and 180.
    Polygon fiji;
    fiji.rings.push_back({{-180, -16.0}, {-179.8, -16.02}, {-179.9, -16.5}, {-180, -16.55},
                          {179.36, -16.8}, {178.7, -17.0}, {178.6, -16.6}, {179.4, -16.4}, {180.0, -16.0}});
    const std::vector<Polygon> out = CutAtAntimeridian(fiji);
    ASSERT_EQ(out.size(), 2u);
    ExpectCutCleanly(out);
    // Area of the unwrapped ring, computed independently.
    Polygon unwrapped = fiji;
    for (LonLat& p : unwrapped.rings[0])
        if (p.lon < 0 || (p.lon == -180)) p.lon += 360.0;
    EXPECT_NEAR(TotalArea(out), PolygonArea(unwrapped), 1e-9);
}

TEST(Antimeridian, PieceFullyPastTheCutIsShiftedBack) {
    // An island written with longitudes just past -180 on one side only.
    Polygon island;
    island.rings.push_back({{180, 71}, {-179.0, 71.2}, {-179.5, 71.5}});
    const std::vector<Polygon> out = CutAtAntimeridian(island);
    ASSERT_EQ(out.size(), 1u);
    ExpectCutCleanly(out);
    EXPECT_NEAR(TotalArea(out), 0.5 * std::fabs((1.0 * 0.5) - (0.5 * 0.2)), 1e-9);
}

// A wavy ring around the south pole between lat -70 and -72, not cut at ±180 (as Antarctica in
// world-atlas). `start` rotates the ring so the crossing is anywhere in the vertex order.
Ring PolarRing(int start, double sign) {
    Ring ring;
    for (int i = 0; i < 12; ++i) {
        const double lon = -165.0 + 30.0 * i;
        ring.push_back({lon, sign * ((i % 2) ? -72.0 : -70.0)});
    }
    std::rotate(ring.begin(), ring.begin() + start, ring.end());
    return ring;
}

// Planar area between the PolarRing and the pole, computed independently: the ring seen as a
// function lat(lon) on [-180, 180], linear between vertices, with the seam at ±180 halfway
// between the first and last vertex.
double AreaBelowPolarRing() {
    double area = 0.0;
    auto depth = [](double lat) { return lat + 90.0; };  // distance to the pole line
    // seam latitude at ±180 (between lon 165 (-72) and -165 (-70), halfway): -71
    std::vector<LonLat> pts = {{-180, -71}};
    for (int i = 0; i < 12; ++i) pts.push_back({-165.0 + 30.0 * i, (i % 2) ? -72.0 : -70.0});
    pts.push_back({180, -71});
    for (size_t i = 0; i + 1 < pts.size(); ++i)
        area += 0.5 * (depth(pts[i].lat) + depth(pts[i + 1].lat)) * (pts[i + 1].lon - pts[i].lon);
    return area;
}

TEST(Antimeridian, SouthPolarRingIsClosedAlongMinus90) {
    for (int start : {0, 5, 11}) {
        for (bool reversed : {false, true}) {
            Polygon antarctica;
            antarctica.rings.push_back(PolarRing(start, 1.0));
            if (reversed) std::reverse(antarctica.rings[0].begin(), antarctica.rings[0].end());
            const std::vector<Polygon> out = CutAtAntimeridian(antarctica);
            ASSERT_EQ(out.size(), 1u) << "start " << start;
            ExpectCutCleanly(out);
            EXPECT_NEAR(TotalArea(out), AreaBelowPolarRing(), 1e-9);
            // The closure runs down lon = ±180 and along lat = -90 (frame edges only, from -180
            // to 180); the 13 other edges are the ring's own (12 vertices plus the two seam points).
            const Ring& ring = out[0].rings[0];
            int frameEdges = 0, otherEdges = 0;
            bool sawWest = false, sawEast = false;
            for (size_t i = 0; i < ring.size(); ++i) {
                const LonLat& a = ring[i];
                const LonLat& b = ring[(i + 1) % ring.size()];
                if (a.lat < -72.0) {  // below the ring: only the closure
                    EXPECT_TRUE(a.lon == -180.0 || a.lon == 180.0 || a.lat == -90.0);
                }
                if (a.lat == -90.0) {
                    sawWest = sawWest || a.lon == -180.0;
                    sawEast = sawEast || a.lon == 180.0;
                }
                (IsFrameEdge(a, b) ? frameEdges : otherEdges)++;
                EXPECT_LE(std::fabs(b.lon - a.lon), 30.0);
            }
            EXPECT_TRUE(sawWest && sawEast);
            EXPECT_EQ(otherEdges, 13);
            EXPECT_GE(frameEdges, 3);
        }
    }
}

TEST(Antimeridian, NorthPolarRingIsClosedAlongPlus90) {
    Polygon arctic;
    arctic.rings.push_back(PolarRing(3, -1.0));  // lat 70..72
    const std::vector<Polygon> out = CutAtAntimeridian(arctic);
    ASSERT_EQ(out.size(), 1u);
    ExpectCutCleanly(out);
    EXPECT_NEAR(TotalArea(out), AreaBelowPolarRing(), 1e-9);  // mirror image
    double maxLat = -90;
    int onPole = 0;
    for (const LonLat& p : out[0].rings[0]) {
        maxLat = std::max(maxLat, p.lat);
        onPole += p.lat == 90.0 ? 1 : 0;
    }
    EXPECT_EQ(maxLat, 90.0);
    EXPECT_GE(onPole, 2);
}

TEST(Antimeridian, PolarCapRingWithCoastHoleBecomesTheLandToThePole) {
    // world-atlas 1:50m writes Antarctica as a ring around the pole at -89.999 (spherical
    // exterior) with the coast as its hole; in the plane the land must run down to -90.
    Polygon antarctica;
    Ring cap;
    for (int i = 0; i < 36; ++i) cap.push_back({180.0 - 10.0 * i, -89.999});  // 180 … -170
    antarctica.rings.push_back(cap);
    antarctica.rings.push_back(PolarRing(4, 1.0));
    const std::vector<Polygon> out = CutAtAntimeridian(antarctica);
    ASSERT_EQ(out.size(), 1u);
    ExpectCutCleanly(out);
    EXPECT_NEAR(TotalArea(out), AreaBelowPolarRing(), 1e-9);
}

TEST(Antimeridian, CuttingTwiceChangesNothing) {
    Polygon antarctica;
    antarctica.rings.push_back(PolarRing(2, 1.0));
    const std::vector<Polygon> once = CutAtAntimeridian(antarctica);
    ASSERT_EQ(once.size(), 1u);
    EXPECT_FALSE(RingCrossesAntimeridian(once[0].rings[0]));
    const std::vector<Polygon> twice = CutAtAntimeridian(once[0]);
    ASSERT_EQ(twice.size(), 1u);
    ASSERT_EQ(twice[0].rings[0].size(), once[0].rings[0].size());
    for (size_t i = 0; i < once[0].rings[0].size(); ++i) {
        EXPECT_EQ(twice[0].rings[0][i].lon, once[0].rings[0][i].lon);
        EXPECT_EQ(twice[0].rings[0][i].lat, once[0].rings[0][i].lat);
    }
}

TEST(Antimeridian, IsFrameEdge) {
    EXPECT_TRUE(IsFrameEdge({180, 10}, {180, -20}));
    EXPECT_TRUE(IsFrameEdge({-180, 10}, {-180, 11}));
    EXPECT_TRUE(IsFrameEdge({-180, -90}, {180, -90}));
    EXPECT_TRUE(IsFrameEdge({10, 90}, {20, 90}));
    EXPECT_TRUE(IsFrameEdge({180 - 1e-10, 1}, {180, 2}));  // within 1e-9
    EXPECT_FALSE(IsFrameEdge({180, 10}, {-180, 10}));    // opposite sides
    EXPECT_FALSE(IsFrameEdge({180, 10}, {179, 10}));
    EXPECT_FALSE(IsFrameEdge({10, -90}, {10, 90}));
    EXPECT_FALSE(IsFrameEdge({179.99, 0}, {179.99, 5}));
}

}  // namespace
}  // namespace engagemap
