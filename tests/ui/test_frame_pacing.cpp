// The window loop's choice between drawing at once and sleeping until input or a timer.
#include <gtest/gtest.h>

#include "ui/frame_pacing.hpp"

namespace engagemap {
namespace {

FrameActivity IdleAt(double now) {
    FrameActivity a;
    a.nowSeconds = now;
    a.lastInputSeconds = now - 10;
    return a;
}

TEST(FramePacing, AnIdleWindowSleepsAtMostTheSafetyInterval) {
    const FrameWait wait = DecideFrameWait(IdleAt(100));
    EXPECT_FALSE(wait.poll);
    EXPECT_DOUBLE_EQ(wait.timeoutSeconds, kMaxIdleWaitSeconds);
}

TEST(FramePacing, EachAnimationDrawsEveryFrame) {
    for (bool FrameActivity::*flag : {&FrameActivity::playing, &FrameActivity::fading, &FrameActivity::slideAnimating,
                                      &FrameActivity::exporting, &FrameActivity::forcedFrames}) {
        FrameActivity a = IdleAt(100);
        a.*flag = true;
        EXPECT_TRUE(DecideFrameWait(a).poll);
        EXPECT_TRUE(Animating(a));
    }
}

TEST(FramePacing, RecentInputKeepsDrawingUntilImGuiSettles) {
    FrameActivity a = IdleAt(100);
    a.lastInputSeconds = 100 - kInputSettleSeconds / 2;
    EXPECT_TRUE(DecideFrameWait(a).poll);
    a.lastInputSeconds = 100 - kInputSettleSeconds;
    EXPECT_FALSE(DecideFrameWait(a).poll);
}

TEST(FramePacing, ATimedCaptionAnimatesUntilItEnds) {
    FrameActivity a = IdleAt(100);
    a.visibleUntil = {99.0, 101.5};
    EXPECT_TRUE(DecideFrameWait(a).poll) << "the caption fades: drawn every frame";
    a.nowSeconds = 101.5;
    a.lastInputSeconds = 90;
    EXPECT_FALSE(DecideFrameWait(a).poll) << "gone: back to sleep";
}

TEST(FramePacing, SleepsUntilTheEarliestWakeUpAhead) {
    FrameActivity a = IdleAt(100);
    a.wakeAt = {99.0, 100.5, 100.25, 130.0};  // one already passed
    const FrameWait wait = DecideFrameWait(a);
    EXPECT_FALSE(wait.poll);
    EXPECT_DOUBLE_EQ(wait.timeoutSeconds, 0.25);
}

}  // namespace
}  // namespace engagemap
