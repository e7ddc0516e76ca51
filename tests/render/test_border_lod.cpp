// Border level of detail (render/border_lod): vertex clustering per zoom, no GL needed.
#include <gtest/gtest.h>

#include <cmath>

#include "render/border_lod.hpp"

namespace engagemap {
namespace {

// A polyline of `n` short segments along y = 0 from x = 0 to x = 1, plus one long segment.
std::vector<float> Polyline(int n) {
    std::vector<float> s;
    for (int i = 0; i < n; ++i) s.insert(s.end(), {float(i) / n, 0.0f, float(i + 1) / n, 0.0f});
    s.insert(s.end(), {0.0f, 0.5f, 1.0f, 0.5f});
    return s;
}

TEST(BorderLod, CoarseLevelsKeepLongSegmentsAndMergeTinyOnes) {
    const BorderLevels levels = BuildBorderLevels(Polyline(40000), 1.0, 3);
    ASSERT_EQ(levels.levels.size(), 4u);
    EXPECT_EQ(levels.levels[0].count, 40001u) << "level 0 is the full data";
    EXPECT_DOUBLE_EQ(levels.levels[1].tolerance, 1.0 / 4000);
    for (size_t i = 1; i < levels.levels.size(); ++i) {
        EXPECT_LT(levels.levels[i].count, levels.levels[0].count);
        EXPECT_GE(levels.levels[i].count, 2u) << "the line and the long segment survive";
    }
    EXPECT_LT(levels.levels[1].count, levels.levels[3].count) << "coarser levels have fewer segments";
    // Every kept endpoint is an original endpoint (snapped to a representative, not moved).
    const BorderLevel& coarse = levels.levels[1];
    for (size_t i = coarse.first * 4; i < (coarse.first + coarse.count) * 4; i += 2) {
        const float x = levels.segments[i], y = levels.segments[i + 1];
        EXPECT_TRUE(y == 0.0f || y == 0.5f);
        EXPECT_NEAR(x * 40000, std::round(x * 40000), 1e-2);
    }
}

TEST(BorderLod, PicksTheCoarsestLevelUnderHalfAPixel) {
    const BorderLevels levels = BuildBorderLevels(Polyline(100), 1.0, 3);  // cells 1/4000, 1/8000, 1/16000
    // 1000 px per unit: a 1/4000 cell's diagonal is 0.35 px.
    EXPECT_EQ(PickBorderLevel(levels, 1000), 1u);
    EXPECT_EQ(PickBorderLevel(levels, 2000), 2u);  // a 1/8000 cell: 0.35 px (1/4000: 0.71 px)
    EXPECT_EQ(PickBorderLevel(levels, 3000), 3u);  // 1/8000: 0.53 px, too much; 1/16000: 0.27 px
    EXPECT_EQ(PickBorderLevel(levels, 100000), 0u) << "zoomed in past every level: the full data";
}

}  // namespace
}  // namespace engagemap
