// Basic geographic value types shared by the whole core.
// Units: longitude/latitude in degrees (WGS84, lon in [-180, 180], lat in [-90, 90]).
#pragma once

#include <vector>

namespace engagemap {

// A geographic position in degrees.
struct LonLat {
    double lon = 0.0;  // degrees east, [-180, 180]
    double lat = 0.0;  // degrees north, [-90, 90]
};

// A closed ring of positions. The closing point is NOT repeated (front != back).
using Ring = std::vector<LonLat>;

// One polygon: rings[0] is the exterior, rings[1..] are holes. Winding is not relied upon
// anywhere (fill uses the odd winding rule).
struct Polygon {
    std::vector<Ring> rings;
};

// A planar 2D point in projected units (see projection.hpp) or pixels, depending on context.
struct Vec2 {
    double x = 0.0;
    double y = 0.0;
};

// Axis-aligned box in degrees.
struct LonLatBox {
    double minLon = 180.0, minLat = 90.0, maxLon = -180.0, maxLat = -90.0;
    bool Empty() const { return minLon > maxLon || minLat > maxLat; }
    void Extend(LonLat p) {
        if (p.lon < minLon) minLon = p.lon;
        if (p.lon > maxLon) maxLon = p.lon;
        if (p.lat < minLat) minLat = p.lat;
        if (p.lat > maxLat) maxLat = p.lat;
    }
};

}  // namespace engagemap
