// MapView: which part of the projected world is on screen, and how to convert between screen
// pixels and projected units. Headless (no GL): the renderer turns it into a transform, the UI
// only calls Pan/ZoomAt/Fit.
//
// Screen coordinates are pixels with the origin at the top-left of the viewport, y down.
// Projected coordinates are the units of projection.hpp (y up).
#pragma once

#include "core/geo/geo_types.hpp"
#include "core/geo/projection.hpp"

namespace engagemap {

class MapView {
public:
    // Viewport size in pixels (> 0).
    void SetViewport(double widthPx, double heightPx);
    double ViewportWidth() const { return width_; }
    double ViewportHeight() const { return height_; }

    // Shows the whole world (WorldBounds of `projection`) centred, with `marginPx` around it.
    void FitWorld(ProjectionKind projection, double marginPx = 8.0);
    // Shows the given projected box centred (e.g. a country or a filtered region).
    void FitBox(const ProjectedBox& box, double marginPx = 8.0);

    // Moves the map by a screen delta in pixels (dragging right moves the map right).
    void Pan(double dxPx, double dyPx);
    // Multiplies the zoom by `factor` keeping the projected point under `anchor` (pixels) fixed.
    void ZoomAt(double factor, Vec2 anchorPx);

    // Pixels per projected unit, and the projected point at the viewport centre.
    double Scale() const { return scale_; }
    Vec2 Center() const { return center_; }
    void SetCenterAndScale(Vec2 center, double scale);

    Vec2 ProjectedToScreen(Vec2 p) const;
    Vec2 ScreenToProjected(Vec2 s) const;

    // Affine transform from projected units to OpenGL normalised device coordinates:
    // ndc = p * (sx, sy) + (tx, ty). Returns {sx, sy, tx, ty}.
    void NdcTransform(float out[4]) const;

    // Zoom limits relative to the fitted world scale (1 = whole world fits).
    static constexpr double kMinZoom = 0.5;
    static constexpr double kMaxZoom = 200.0;

private:
    void ClampScale();
    double width_ = 1, height_ = 1;
    double scale_ = 1;       // pixels per projected unit
    double fitScale_ = 1;    // scale at which the world fits
    Vec2 center_{};
};

}  // namespace engagemap
