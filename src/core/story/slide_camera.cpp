#include "core/story/slide_camera.hpp"

#include <algorithm>
#include <cmath>

namespace engagemap {

namespace {

double MaxLat(ProjectionKind projection) {
    return projection == ProjectionKind::WebMercator ? kWebMercatorMaxLat : 90.0;
}

}  // namespace

MapView CameraView(const SlideCamera& camera, ProjectionKind projection, double widthPx, double heightPx,
                   double marginPx) {
    MapView view;
    view.SetViewport(widthPx, heightPx);
    view.FitWorld(projection, marginPx);
    const double maxLat = MaxLat(projection);
    const LonLat centre{std::clamp(camera.centerLon, -180.0, 180.0), std::clamp(camera.centerLat, -maxLat, maxLat)};
    view.SetCenterAndScale(Project(projection, centre), view.Scale() * camera.zoom);  // zoom clamped by MapView
    return view;
}

LonLat UnprojectApprox(ProjectionKind projection, Vec2 p) {
    const double maxLat = MaxLat(projection);
    const double pi = 3.14159265358979323846;
    // Start from the equirectangular guess; every projection here is monotonic in lon along a
    // parallel and in lat along the central meridian, so Newton converges from there.
    LonLat q{std::clamp(p.x / pi * 180.0, -180.0, 180.0), std::clamp(p.y / (pi / 2) * 90.0, -maxLat, maxLat)};
    const double h = 1e-7;  // degrees, finite-difference step
    auto residual = [&](LonLat x) {
        const Vec2 f = Project(projection, x);
        return std::hypot(f.x - p.x, f.y - p.y);
    };
    double err = residual(q);
    for (int iteration = 0; iteration < 60 && err > 1e-14; ++iteration) {
        const Vec2 f = Project(projection, q);
        const double ex = f.x - p.x, ey = f.y - p.y;
        // Central differences (one-sided at the limits): Robinson's table has kinks at its 5° nodes.
        auto derivative = [&](double LonLat::*axis, double limit) {
            LonLat lo = q, hi = q;
            hi.*axis = std::min(q.*axis + h, limit);
            lo.*axis = std::max(q.*axis - h, -limit);
            const Vec2 a = Project(projection, lo), b = Project(projection, hi);
            const double span = hi.*axis - lo.*axis;
            return Vec2{(b.x - a.x) / span, (b.y - a.y) / span};
        };
        const Vec2 dLonV = derivative(&LonLat::lon, 180.0), dLatV = derivative(&LonLat::lat, maxLat);
        const double a = dLonV.x, b = dLatV.x, c = dLonV.y, d = dLatV.y;
        const double det = a * d - b * c;
        if (!std::isfinite(det) || std::abs(det) < 1e-300) break;
        // Damp huge steps (near the poles the Jacobian is nearly singular).
        const double dLon = std::clamp((d * ex - b * ey) / det, -90.0, 90.0);
        const double dLat = std::clamp((a * ey - c * ex) / det, -45.0, 45.0);
        // Backtracking: take the longest fraction of the step that reduces the residual.
        bool improved = false;
        for (double step = 1.0; step > 1e-6; step /= 2) {
            const LonLat next{std::clamp(q.lon - dLon * step, -180.0, 180.0),
                              std::clamp(q.lat - dLat * step, -maxLat, maxLat)};
            const double e = residual(next);
            if (e < err) {
                q = next;
                err = e;
                improved = true;
                break;
            }
        }
        if (!improved) break;
    }
    return q;
}

SlideCamera CameraFromView(const MapView& view, ProjectionKind projection, double marginPx) {
    MapView fitted;
    fitted.SetViewport(view.ViewportWidth(), view.ViewportHeight());
    fitted.FitWorld(projection, marginPx);
    const LonLat centre = UnprojectApprox(projection, view.Center());
    return SlideCamera{centre.lon, centre.lat, view.Scale() / fitted.Scale()};
}

}  // namespace engagemap
