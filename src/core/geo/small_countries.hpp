// Small countries: which countries are too small to see at the current zoom, so the renderer can
// draw them as markers (circles in their view colour) and they are never invisible. "Too small"
// means every polygon of the country projects to less than `thresholdPx` pixels in both
// directions (the largest piece decides, so a scatter of atolls such as Kiribati, whose overall
// box spans the Pacific, counts as small). The marker sits at the country's projected label
// point. HitTest (hit_test.hpp) treats the same countries as markers, so they stay hoverable.
#pragma once

#include <vector>

#include "core/geo/hit_test.hpp"
#include "core/geo/map_view.hpp"

namespace engagemap {

// Default size below which a country becomes a marker, in pixels (matches HitOptions).
inline constexpr double kSmallCountryThresholdPx = 4.0;
// Suggested drawn marker radius in pixels (the hit radius, HitOptions::markerRadiusPx, is larger).
inline constexpr double kSmallCountryMarkerRadiusPx = 3.0;

// One marker.
struct SmallCountryMarker {
    int country = -1;  // index into the CountrySet
    Vec2 projected;    // label point, projected units (for the renderer's uniform transform)
    Vec2 screen;       // label point in screen pixels for `view` (origin top-left, y down)
};

// Countries of `projected` that are small at `view`'s scale, in CountrySet order. With
// `visibleOnly`, markers whose centre lies more than `marginPx` outside the viewport are left
// out. Countries without polygons are never markers.
std::vector<SmallCountryMarker> FindSmallCountries(const ProjectedCountries& projected, const MapView& view,
                                                   double thresholdPx = kSmallCountryThresholdPx,
                                                   bool visibleOnly = true, double marginPx = 8.0);

}  // namespace engagemap
