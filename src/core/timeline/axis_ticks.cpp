#include "core/timeline/axis_ticks.hpp"

#include <algorithm>

namespace engagemap {

std::vector<int> CountAxisTicks(int maxValue, int maxTicks) {
    maxTicks = std::max(1, maxTicks);
    if (maxValue <= 0) return {0, 1};
    // The smallest step 1, 2, 5, 10, 20, 50, ... that needs at most maxTicks intervals.
    static constexpr int kMantissa[] = {1, 2, 5};
    int step = 1;
    for (int k = 0; (maxValue + step - 1) / step > maxTicks; ++k) {
        int power = 1;
        for (int i = 0; i < (k + 1) / 3; ++i) power *= 10;
        step = kMantissa[(k + 1) % 3] * power;
    }
    std::vector<int> ticks;
    for (int v = 0; ticks.empty() || ticks.back() < maxValue; v += step) ticks.push_back(v);
    return ticks;
}

}  // namespace engagemap
