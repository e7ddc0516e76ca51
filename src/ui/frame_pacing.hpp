// FramePacing: decides whether the window loop draws the next frame at once (something animates)
// or sleeps in the event queue until input arrives or a timer is due. An idle window then uses
// ~0 % CPU instead of redrawing as fast as the GL driver allows (a whole core on software GL).
// Pure: the caller passes the clock and the state; no GLFW, no ImGui (tests/ui/test_frame_pacing.cpp).
#pragma once

#include <vector>

namespace engagemap {

// What is going on in the window at `nowSeconds` (one clock for every field, seconds).
struct FrameActivity {
    double nowSeconds = 0;
    double lastInputSeconds = -1e300;  // the last input or window event (key, mouse, resize, expose)
    bool playing = false;              // the timeline plays
    bool fading = false;               // map colours are fading
    bool slideAnimating = false;       // a slide's camera transition or date range is running
    bool exporting = false;            // a video export renders a frame per loop iteration
    bool forcedFrames = false;         // every frame is wanted (--frames smoke tests, screenshots)
    // Timed visuals on screen until these times (captions, step outlines, search highlight): drawn
    // every frame while they last, since they fade.
    std::vector<double> visibleUntil;
    // Wake-ups that need no animation in between: a file watcher's next poll, the presenter
    // screen's next clock second. The loop sleeps until the earliest one still ahead.
    std::vector<double> wakeAt;
};

// The loop's choice for the next iteration.
struct FrameWait {
    bool poll = false;           // true: poll events and draw at once (animating)
    double timeoutSeconds = 0;   // when !poll: wait for events at most this long
};

// How long after input the loop still draws every frame: Dear ImGui settles hover, clicks and
// window appearance over a few frames after the event that caused them.
inline constexpr double kInputSettleSeconds = 0.25;
// The longest sleep without any timer, a safety net against a missed wake-up.
inline constexpr double kMaxIdleWaitSeconds = 5.0;

// Animating (poll) when anything moves or input was recent; otherwise wait until the earliest
// wake-up still ahead (at most kMaxIdleWaitSeconds).
FrameWait DecideFrameWait(const FrameActivity& activity);

// True when `activity` needs frames drawn continuously (the poll branch of DecideFrameWait).
bool Animating(const FrameActivity& activity);

}  // namespace engagemap
