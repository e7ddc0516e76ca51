// Main landmass of a country, for zooming to a region: the part of a country an audience
// recognises as "the country" when the map frames a region. Far-flung parts (French Guiana,
// Réunion, the Azores, Svalbard, Hawaii) and the Asian part of Russia would otherwise stretch a
// zoom to Europe across half the world.
#pragma once

#include <functional>

#include "core/geo/country_geometry.hpp"

namespace engagemap {

// A polygon belongs to the main landmass when it is the country's largest polygon (by area on the
// sphere), lies within kNearLandmassDegrees of that polygon's box (Corsica, Sicily, Crete, Zealand),
// or is itself large: at least kLargeLandmassShare of the largest polygon's area (Papua next to
// Borneo for Indonesia, the South Island of New Zealand).
inline constexpr double kNearLandmassDegrees = 3.0;   // box-to-box gap, degrees of arc (~330 km)
inline constexpr double kLargeLandmassShare = 0.25;   // of the largest polygon's area

// The part of a transcontinental country that its UN M49 region covers, as a lon/lat box the
// region zoom clips it to; nullptr for every other country. Curated: Russia (UN M49: Eastern
// Europe) west of the Ural Mountains (the conventional boundary of Europe, ~60°E) and south of
// 70°N (its mainland's Arctic coast; the Arctic archipelagos are left out).
const LonLatBox* RegionalExtent(const CountryGeometry& country);

// Calls `visit` for points (lon/lat degrees) whose box is the box of the main landmass of
// `country`: the polygons chosen as above; with a regional extent, the main polygon is clipped
// to it (its vertices inside, the points where its edges cross the extent's sides) and other
// polygons must lie wholly inside it. Visits nothing for a country without polygons.
void ForEachMainLandmassPoint(const CountryGeometry& country, const std::function<void(const LonLat&)>& visit);

// Lon/lat box of ForEachMainLandmassPoint; Empty() for a country without polygons.
LonLatBox MainLandmassBox(const CountryGeometry& country);

}  // namespace engagemap
