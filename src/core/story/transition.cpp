#include "core/story/transition.hpp"

#include <algorithm>
#include <cmath>

#include "core/story/storyboard.hpp"

namespace engagemap {

double EaseInOut(double t) {
    t = std::clamp(t, 0.0, 1.0);
    if (t < 0.5) return 4.0 * t * t * t;
    const double u = -2.0 * t + 2.0;
    return 1.0 - u * u * u / 2.0;
}

double TransitionProgress(double elapsedSeconds, double durationSeconds) {
    if (!(durationSeconds > 0.0)) return 1.0;
    return EaseInOut(elapsedSeconds / durationSeconds);
}

namespace {

// Wraps degrees into [-180, 180).
double WrapLon(double lon) {
    double w = std::fmod(lon + 180.0, 360.0);
    if (w < 0) w += 360.0;
    return w - 180.0;
}

}  // namespace

SlideCamera InterpolateCamera(const SlideCamera& a, const SlideCamera& b, double t, LongitudePath path) {
    t = std::clamp(t, 0.0, 1.0);
    if (t <= 0.0) return a;
    if (t >= 1.0) return b;
    SlideCamera c;
    c.centerLat = a.centerLat + (b.centerLat - a.centerLat) * t;
    const double za = std::max(a.zoom, 1e-9), zb = std::max(b.zoom, 1e-9);
    c.zoom = std::exp(std::log(za) + (std::log(zb) - std::log(za)) * t);
    if (path == LongitudePath::Direct) {
        c.centerLon = a.centerLon + (b.centerLon - a.centerLon) * t;
    } else {
        double d = WrapLon(b.centerLon - a.centerLon);  // [-180, 180)
        c.centerLon = WrapLon(a.centerLon + d * t);
    }
    return c;
}

SlideCamera CameraTransition::At(double elapsedSeconds) const {
    if (Finished(elapsedSeconds)) return to;
    if (elapsedSeconds <= 0.0) return from;
    return InterpolateCamera(from, to, TransitionProgress(elapsedSeconds, durationSeconds), path);
}

Rgba8 LerpColour(Rgba8 a, Rgba8 b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    auto mix = [t](std::uint8_t x, std::uint8_t y) {
        return static_cast<std::uint8_t>(std::lround(x + (static_cast<double>(y) - x) * t));
    };
    return Rgba8{mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b), mix(a.a, b.a)};
}

std::vector<Rgba8> BlendColours(const std::vector<Rgba8>& from, const std::vector<Rgba8>& to, double t) {
    std::vector<Rgba8> out(to.size());
    for (std::size_t i = 0; i < to.size(); ++i) out[i] = i < from.size() ? LerpColour(from[i], to[i], t) : to[i];
    return out;
}

double SlidePlaySeconds(const Slide& slide) {
    if (!slide.range) return 0.0;
    return slide.playSeconds.value_or(kDefaultSlidePlaySeconds);
}

CivilDate InterpolateDate(const CivilDate& from, const CivilDate& to, long long index, long long frameCount) {
    if (frameCount <= 1 || index <= 0) return from;
    if (index >= frameCount - 1) return to;
    const std::int64_t a = DaysFromCivil(from), b = DaysFromCivil(to);
    const double f = static_cast<double>(index) / static_cast<double>(frameCount - 1);
    return CivilFromDays(a + static_cast<std::int64_t>(std::llround(static_cast<double>(b - a) * f)));
}

CivilDate SlideDateAt(const Slide& slide, double elapsedSeconds, const CivilDate& fallback) {
    if (slide.range) {
        const double seconds = SlidePlaySeconds(slide);
        const double f = seconds > 0 ? std::clamp(elapsedSeconds / seconds, 0.0, 1.0) : 1.0;
        const std::int64_t a = DaysFromCivil(slide.range->from), b = DaysFromCivil(slide.range->to);
        return CivilFromDays(a + static_cast<std::int64_t>(std::llround(static_cast<double>(b - a) * f)));
    }
    if (slide.date) return *slide.date;
    return fallback;
}

}  // namespace engagemap
