#include "core/geo/small_countries.hpp"

namespace engagemap {

std::vector<SmallCountryMarker> FindSmallCountries(const ProjectedCountries& projected, const MapView& view,
                                                   double thresholdPx, bool visibleOnly, double marginPx) {
    std::vector<SmallCountryMarker> out;
    const int n = static_cast<int>(projected.Size());
    for (int i = 0; i < n; ++i) {
        if (projected.LargestPolygonExtent(i) <= 0.0 || !projected.IsSmall(i, view.Scale(), thresholdPx)) continue;
        const Vec2 p = projected.Label(i);
        const Vec2 s = view.ProjectedToScreen(p);
        if (visibleOnly && (s.x < -marginPx || s.y < -marginPx || s.x > view.ViewportWidth() + marginPx ||
                            s.y > view.ViewportHeight() + marginPx))
            continue;
        out.push_back(SmallCountryMarker{i, p, s});
    }
    return out;
}

}  // namespace engagemap
