// Antimeridian handling, applied once to the data (at geodata build time and, for arbitrary
// user sources, at load): after CutAtAntimeridian no ring edge crosses ±180°, so a planar fill
// never smears across the map.
#pragma once

#include <vector>

#include "core/geo/geo_types.hpp"

namespace engagemap {

// True if some edge of the ring jumps more than 180° in longitude (i.e. crosses the antimeridian
// in a source that "stitched" rings, such as world-atlas TopoJSON).
bool RingCrossesAntimeridian(const Ring& ring);

// Splits a polygon whose rings cross the antimeridian into polygons that lie within
// [-180, 180], cut exactly at ±180. A ring that encircles a pole (net longitude change of
// ±360°, e.g. Antarctica) is closed along that pole's latitude (±90). Polygons that do not
// cross are returned unchanged (one element).
std::vector<Polygon> CutAtAntimeridian(const Polygon& polygon);

// True when the edge a→b lies on the map frame: along lon = ±180 or along lat = ±90. Such
// edges come from cutting and must not be drawn as borders.
bool IsFrameEdge(LonLat a, LonLat b);

}  // namespace engagemap
