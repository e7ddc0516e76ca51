#include "ui/frame_pacing.hpp"

#include <algorithm>

namespace engagemap {

bool Animating(const FrameActivity& a) {
    if (a.forcedFrames || a.playing || a.fading || a.slideAnimating || a.exporting) return true;
    if (a.nowSeconds - a.lastInputSeconds < kInputSettleSeconds) return true;
    return std::any_of(a.visibleUntil.begin(), a.visibleUntil.end(), [&](double until) { return a.nowSeconds < until; });
}

FrameWait DecideFrameWait(const FrameActivity& a) {
    if (Animating(a)) return FrameWait{true, 0};
    double timeout = kMaxIdleWaitSeconds;
    for (double at : a.wakeAt)
        if (at > a.nowSeconds) timeout = std::min(timeout, at - a.nowSeconds);
    return FrameWait{false, timeout};
}

}  // namespace engagemap
