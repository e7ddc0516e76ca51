// Tick values for a count axis (the chart under the map): 0, a "nice" step (1, 2 or 5 times a
// power of ten) and its multiples up to the first tick at or above the largest value.
#pragma once

#include <vector>

namespace engagemap {

// Ticks from 0 for values in [0, maxValue] with at most about `maxTicks` intervals (>= 1). The last
// tick is >= maxValue, so the axis top is a labelled value. maxValue <= 0 gives {0, 1}.
std::vector<int> CountAxisTicks(int maxValue, int maxTicks = 4);

}  // namespace engagemap
