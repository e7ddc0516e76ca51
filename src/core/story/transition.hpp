// Transition maths between slides, headless and deterministic (the caller passes elapsed seconds,
// nothing reads a clock): easing, camera interpolation (zoom in log space, longitude the shorter way
// round), colour blending, and the date a slide shows while it plays its date range.
#pragma once

#include <vector>

#include "core/data/civil_date.hpp"
#include "core/story/slide_camera.hpp"
#include "core/style/colour.hpp"

namespace engagemap {

struct Slide;

// Default length of a slide-to-slide camera and colour transition (seconds).
inline constexpr double kDefaultTransitionSeconds = 1.2;
// How long a slide plays its date range when it gives no play duration (seconds).
inline constexpr double kDefaultSlidePlaySeconds = 10.0;

// Cubic ease-in-out: 0 -> 0, 1 -> 1, monotonic, zero slope at both ends; t is clamped to 0..1.
double EaseInOut(double t);

// Eased progress 0..1 of a transition `elapsedSeconds` into `durationSeconds` (1 when duration <= 0).
double TransitionProgress(double elapsedSeconds, double durationSeconds);

// How the centre longitude travels between two cameras.
enum class LongitudePath {
    Shorter,  // the shorter way round the globe, across ±180° when that is shorter (result wrapped to [-180, 180))
    Direct,   // straight from a to b without crossing ±180° (for maps whose edge is the antimeridian)
};

// Camera at progress `t` (0..1, already eased; clamped) from `a` to `b`: latitude linear, zoom
// geometric (linear in log zoom, so each frame zooms by the same factor), longitude per `path`.
SlideCamera InterpolateCamera(const SlideCamera& a, const SlideCamera& b, double t,
                              LongitudePath path = LongitudePath::Shorter);

// A camera move over time: At(0) == from, At(duration) == to, eased in and out.
struct CameraTransition {
    SlideCamera from;
    SlideCamera to;
    double durationSeconds = kDefaultTransitionSeconds;
    LongitudePath path = LongitudePath::Shorter;

    SlideCamera At(double elapsedSeconds) const;
    bool Finished(double elapsedSeconds) const { return elapsedSeconds >= durationSeconds; }
};

// Linear blend of two sRGB8 colours (channels rounded), t clamped to 0..1.
Rgba8 LerpColour(Rgba8 a, Rgba8 b, double t);

// Per-country blend for a colour transition. Countries present in only one list take `to` (or
// `from` when `to` is shorter); the result has to.size() entries.
std::vector<Rgba8> BlendColours(const std::vector<Rgba8>& from, const std::vector<Rgba8>& to, double t);

// How long `slide` plays its date range (its play duration, or kDefaultSlidePlaySeconds; 0 when it
// shows a single date).
double SlidePlaySeconds(const Slide& slide);

// The date `slide` shows `elapsedSeconds` after it started playing: its range interpolated by whole
// days (linear, clamped at both ends), its single date, or `fallback` when it names no date.
CivilDate SlideDateAt(const Slide& slide, double elapsedSeconds, const CivilDate& fallback);

// The date of frame `index` of `frameCount` from `from` to `to` (inclusive ends, rounded to whole
// days): frame 0 is `from`, the last frame is `to`. A single frame shows `from`.
CivilDate InterpolateDate(const CivilDate& from, const CivilDate& to, long long index, long long frameCount);

}  // namespace engagemap
