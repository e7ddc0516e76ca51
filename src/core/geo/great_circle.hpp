// Great-circle arcs for the bilateral view: the shortest path on the sphere between two points
// (spherical linear interpolation of their unit vectors), sampled densely enough to project as a
// smooth curve, and cut where it crosses the map's edge: the meridian opposite the map's central
// meridian (180° for the default map). Pieces are in lon/lat degrees with longitudes RELATIVE to
// the central meridian (in [-180, 180]), which is what Project() takes for a map centred there;
// a piece that reaches the edge ends exactly on it (±180), so the two halves meet the frame.
#pragma once

#include <vector>

#include "core/geo/geo_types.hpp"
#include "core/geo/projection.hpp"

namespace engagemap {

// Point at fraction t (0..1) of the great circle from `a` to `b`. Antipodal endpoints have no
// unique great circle: the path then runs through the north pole side of `a`'s meridian.
LonLat SlerpLonLat(LonLat a, LonLat b, double t);

// Central angle between two points, degrees (0..180).
double CentralAngleDegrees(LonLat a, LonLat b);

// The arc from `from` toward `to`, drawn up to `fraction` (0..1; 1 = the whole arc; an arc that
// grows from its hub), sampled at most `stepDegrees` apart along the circle, cut at the map edge of
// `centralMeridian` (degrees). Each piece has at least two points; empty when fraction <= 0.
std::vector<std::vector<LonLat>> GreatCircleArc(LonLat from, LonLat to, double fraction = 1.0,
                                                double centralMeridian = 0.0, double stepDegrees = 2.0);

// `lon` relative to `centralMeridian`, wrapped into [-180, 180).
double RelativeLongitude(double lon, double centralMeridian);

// A polyline in lon/lat (absolute longitudes) cut where it crosses the map edge of
// `centralMeridian`, with longitudes relative to it, as GreatCircleArc's pieces (a country's
// outline drawn over the map). Consecutive points are taken as joined the short way round.
std::vector<std::vector<LonLat>> CutAtMapEdge(const std::vector<LonLat>& line, double centralMeridian = 0.0);

// The pieces projected (each point's longitude already relative to the central meridian).
std::vector<std::vector<Vec2>> ProjectArc(ProjectionKind kind, const std::vector<std::vector<LonLat>>& pieces);

}  // namespace engagemap
