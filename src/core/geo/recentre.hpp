// Recentring the map on any meridian: the countries' longitudes rotated so that the chosen
// central meridian becomes 0, and rings re-cut at the new antimeridian (meridian + 180°). Every
// consumer of a CountrySet (mesh, hit test, labels, land mask, SVG/PDF painters) then works on
// the recentred set unchanged, so what is drawn, hovered and labelled stays in one frame.
#pragma once

#include "core/geo/country_geometry.hpp"

namespace engagemap {

// `countries` (in the frame of countries.centralMeridian) as seen from `centralMeridian`
// (degrees, -180..180): every longitude becomes RelativeLongitude(lon, centralMeridian), rings
// crossing the new ±180° are cut there, label points and bounds follow. The result's
// centralMeridian is `centralMeridian`. Recentring on the set's own meridian returns a copy.
CountrySet RecentreCountries(const CountrySet& countries, double centralMeridian);

// A geographic box (a --focus box, a region's extent) in the frame centred on `centralMeridian`:
// both longitudes taken relative to it; a box that then straddles the new ±180° keeps its east
// edge beyond 180 (projections are continuous there), and a box spanning the whole world stays
// -180..180. Empty boxes are returned unchanged.
LonLatBox RecentredBox(const LonLatBox& box, double centralMeridian);

// True when the edge a→b lies on the seam where the geodata's rings were cut at load (±180° of
// the source, seen from `centralMeridian`): an artefact of that cut, not a border.
bool IsSourceSeamEdge(LonLat a, LonLat b, double centralMeridian);

}  // namespace engagemap
