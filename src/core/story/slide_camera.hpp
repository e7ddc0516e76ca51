// SlideCamera: where a slide looks — a centre in lon/lat degrees and a zoom relative to the fitted
// world — and its conversion to and from the MapView the renderer draws with. Headless.
#pragma once

#include "core/geo/map_view.hpp"
#include "core/geo/projection.hpp"

namespace engagemap {

// The camera of one slide. Independent of the screen size: the same camera shows the same part of
// the world on a laptop and on a 4K wall.
struct SlideCamera {
    double centerLon = 0.0;  // degrees east, [-180, 180]
    double centerLat = 0.0;  // degrees north, [-90, 90]
    double zoom = 1.0;       // relative to the fitted world (1 = whole world), MapView::kMinZoom..kMaxZoom

    bool operator==(const SlideCamera&) const = default;
};

// The view showing `camera` in a viewport of widthPx x heightPx pixels: the world is fitted with
// `marginPx` around it (as MapView::FitWorld), then scaled by camera.zoom about the projected centre.
MapView CameraView(const SlideCamera& camera, ProjectionKind projection, double widthPx, double heightPx,
                   double marginPx = 8.0);

// The camera of an existing view (e.g. "save the current view as a slide"): the lon/lat under the
// viewport centre (found by inverting the projection numerically; a centre outside the globe gives
// the nearest lon/lat on it) and the zoom relative to the world fitted with `marginPx`.
SlideCamera CameraFromView(const MapView& view, ProjectionKind projection, double marginPx = 8.0);

// Inverse projection by Newton iteration on Project(): lon/lat degrees whose projection is closest to
// `p` (projected units), clamped to the valid lon/lat range of `projection`.
LonLat UnprojectApprox(ProjectionKind projection, Vec2 p);

}  // namespace engagemap
