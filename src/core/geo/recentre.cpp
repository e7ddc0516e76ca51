#include "core/geo/recentre.hpp"

#include <cmath>

#include "core/geo/great_circle.hpp"

namespace engagemap {

LonLatBox RecentredBox(const LonLatBox& box, double centralMeridian) {
    if (box.Empty() || centralMeridian == 0.0) return box;
    LonLatBox out = box;
    if (box.maxLon - box.minLon >= 360.0 - 1e-9) {
        out.minLon = -180.0;
        out.maxLon = 180.0;
        return out;
    }
    out.minLon = RelativeLongitude(box.minLon, centralMeridian);
    out.maxLon = out.minLon + (box.maxLon - box.minLon);
    return out;
}

bool IsSourceSeamEdge(LonLat a, LonLat b, double centralMeridian) {
    if (centralMeridian == 0.0) return false;
    const double seam = RelativeLongitude(180.0, centralMeridian);
    auto on = [&](double lon) {
        const double d = std::fabs(lon - seam);
        return d < 1e-9 || std::fabs(d - 360.0) < 1e-9;
    };
    return on(a.lon) && on(b.lon);
}

}  // namespace engagemap
