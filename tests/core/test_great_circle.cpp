// Great-circle arcs (core/geo/great_circle.hpp): points on the circle, the cut at the map edge of
// any central meridian, growth from the hub, and projection of the pieces.
#include <cmath>

#include <gtest/gtest.h>

#include "core/geo/great_circle.hpp"

using namespace engagemap;

namespace {

// Every piece stays on one side of the edge: no step jumps across the map.
void ExpectNoJump(const std::vector<std::vector<LonLat>>& pieces) {
    for (const auto& piece : pieces)
        for (std::size_t i = 1; i < piece.size(); ++i) EXPECT_LT(std::abs(piece[i].lon - piece[i - 1].lon), 180.0);
}

}  // namespace

TEST(GreatCircle, SlerpFollowsTheCircle) {
    const LonLat a{0, 0}, b{90, 0};
    const LonLat mid = SlerpLonLat(a, b, 0.5);
    EXPECT_NEAR(mid.lon, 45, 1e-9);
    EXPECT_NEAR(mid.lat, 0, 1e-9);
    EXPECT_NEAR(CentralAngleDegrees(a, b), 90, 1e-9);
    // Washington to Tokyo: the great circle bends far north of both (over Alaska).
    const LonLat washington{-77.0, 38.9}, tokyo{139.7, 35.7};
    const LonLat m = SlerpLonLat(washington, tokyo, 0.5);
    EXPECT_GT(m.lat, 60.0);
    EXPECT_NEAR(CentralAngleDegrees(washington, m), CentralAngleDegrees(m, tokyo), 1e-6);
    // Endpoints are exact.
    EXPECT_NEAR(SlerpLonLat(washington, tokyo, 1.0).lon, 139.7, 1e-9);
    EXPECT_NEAR(SlerpLonLat(washington, tokyo, 0.0).lat, 38.9, 1e-9);
}

TEST(GreatCircle, CutAtTheAntimeridian) {
    // Washington to Tokyo crosses 180 degrees on a map centred on 0: two pieces meeting the edge.
    const auto pieces = GreatCircleArc({-77.0, 38.9}, {139.7, 35.7});
    ASSERT_EQ(pieces.size(), 2u);
    EXPECT_DOUBLE_EQ(pieces[0].back().lon, -180.0);
    EXPECT_DOUBLE_EQ(pieces[1].front().lon, 180.0);
    EXPECT_DOUBLE_EQ(pieces[0].back().lat, pieces[1].front().lat);
    EXPECT_NEAR(pieces[1].back().lon, 139.7, 1e-9);
    ExpectNoJump(pieces);
    // Washington to Berlin does not cross it: one piece.
    EXPECT_EQ(GreatCircleArc({-77.0, 38.9}, {13.4, 52.5}).size(), 1u);
}

TEST(GreatCircle, CutFollowsTheCentralMeridian) {
    // Centred on 150 degrees east (a Pacific view) the edge is at 30 degrees west: Washington-Tokyo is
    // whole, Washington-Berlin is cut.
    const auto pacific = GreatCircleArc({-77.0, 38.9}, {139.7, 35.7}, 1.0, 150.0);
    ASSERT_EQ(pacific.size(), 1u);
    EXPECT_NEAR(pacific[0].front().lon, RelativeLongitude(-77.0, 150.0), 1e-9);  // 133 degrees
    EXPECT_NEAR(pacific[0].front().lon, 133.0, 1e-9);
    EXPECT_NEAR(pacific[0].back().lon, -10.3, 1e-9);
    const auto atlantic = GreatCircleArc({-77.0, 38.9}, {13.4, 52.5}, 1.0, 150.0);
    ASSERT_EQ(atlantic.size(), 2u);
    EXPECT_DOUBLE_EQ(std::abs(atlantic[0].back().lon), 180.0);
    ExpectNoJump(atlantic);
    // The relative longitude wraps into [-180, 180).
    EXPECT_DOUBLE_EQ(RelativeLongitude(-170.0, 170.0), 20.0);
    EXPECT_DOUBLE_EQ(RelativeLongitude(180.0, 0.0), -180.0);
}

TEST(GreatCircle, GrowsFromTheHub) {
    const LonLat hub{-77.0, 38.9}, partner{13.4, 52.5};
    EXPECT_TRUE(GreatCircleArc(hub, partner, 0.0).empty());
    const auto half = GreatCircleArc(hub, partner, 0.5);
    ASSERT_EQ(half.size(), 1u);
    const LonLat end = half[0].back();
    const LonLat expected = SlerpLonLat(hub, partner, 0.5);
    EXPECT_NEAR(end.lon, expected.lon, 1e-9);
    EXPECT_NEAR(end.lat, expected.lat, 1e-9);
    EXPECT_NEAR(half[0].front().lon, hub.lon, 1e-9);
    // Sampled at most 2 degrees apart along the circle.
    for (std::size_t i = 1; i < half[0].size(); ++i) EXPECT_LE(CentralAngleDegrees(half[0][i - 1], half[0][i]), 2.0 + 1e-9);
}

TEST(GreatCircle, ProjectedPiecesStayOnTheirSide) {
    const auto pieces = GreatCircleArc({-77.0, 38.9}, {139.7, 35.7});
    for (ProjectionKind kind : kAllProjections) {
        const auto projected = ProjectArc(kind, pieces);
        ASSERT_EQ(projected.size(), 2u);
        // The first piece ends on the left edge, the second starts on the right one.
        EXPECT_LT(projected[0].back().x, 0.0) << ProjectionId(kind);
        EXPECT_GT(projected[1].front().x, 0.0) << ProjectionId(kind);
        const Vec2 edge = Project(kind, {-180.0, pieces[0].back().lat});
        EXPECT_NEAR(projected[0].back().x, edge.x, 1e-9);
        for (const auto& piece : projected)
            for (std::size_t i = 1; i < piece.size(); ++i)
                EXPECT_LT(std::abs(piece[i].x - piece[i - 1].x), 1.0) << ProjectionId(kind);  // no smear across the map
    }
}
