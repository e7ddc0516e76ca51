// The chart's count axis: a nice step (1, 2, 5 x 10^k), from 0 to a tick at or above the top value.
#include <gtest/gtest.h>

#include "core/timeline/axis_ticks.hpp"

namespace engagemap {
namespace {

using Ticks = std::vector<int>;

TEST(CountAxisTicks, NiceStepsCoveringTheTopValue) {
    EXPECT_EQ(CountAxisTicks(94), (Ticks{0, 50, 100}));
    EXPECT_EQ(CountAxisTicks(94, 5), (Ticks{0, 20, 40, 60, 80, 100}));
    EXPECT_EQ(CountAxisTicks(80, 4), (Ticks{0, 20, 40, 60, 80}));
    EXPECT_EQ(CountAxisTicks(3), (Ticks{0, 1, 2, 3}));
    EXPECT_EQ(CountAxisTicks(7), (Ticks{0, 2, 4, 6, 8}));
    EXPECT_EQ(CountAxisTicks(193), (Ticks{0, 50, 100, 150, 200}));
    EXPECT_EQ(CountAxisTicks(193, 2), (Ticks{0, 100, 200}));
    EXPECT_EQ(CountAxisTicks(0), (Ticks{0, 1}));
    EXPECT_EQ(CountAxisTicks(1, 0), (Ticks{0, 1}));
}

}  // namespace
}  // namespace engagemap
