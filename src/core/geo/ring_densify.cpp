// DensifyRing (map_mesh.hpp), apart from BuildMapMesh: it needs no GDAL or GLU, so the lean
// program's CPU renderer can fill the same outlines the mesh was triangulated from.
#include <algorithm>
#include <cmath>

#include "core/geo/map_mesh.hpp"

namespace engagemap {

Ring DensifyRing(const Ring& ring, double maxEdgeDeg) {
    Ring out;
    out.reserve(ring.size());
    for (size_t i = 0; i < ring.size(); ++i) {
        const LonLat a = ring[i];
        const LonLat b = ring[(i + 1) % ring.size()];
        out.push_back(a);
        const double span = std::max(std::fabs(b.lon - a.lon), std::fabs(b.lat - a.lat));
        const int steps = static_cast<int>(std::ceil(span / maxEdgeDeg));
        for (int s = 1; s < steps; ++s) {
            const double t = static_cast<double>(s) / steps;
            out.push_back({a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t});
        }
    }
    return out;
}

}  // namespace engagemap
