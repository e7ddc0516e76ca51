// Palettes: every data colour of the map in one place — the status ladder of one instrument, the
// breadth scale, the compare classes. The base map's colours per theme are MapStyle and
// MapStyleFor (map_style.hpp); text and panel colours per theme are in ui/theme.hpp.
#pragma once

#include "core/data/participation_query.hpp"
#include "core/style/colour.hpp"

namespace engagemap {

// One colour per MembershipStatus (ColorBrewer-based, distinguishable with common colour-vision
// deficiencies: blues for the treaty ladder, orange for exits, green for programmes).
Rgba8 StatusColour(MembershipStatus status);

// Colour of class `classIndex` (0-based) of a breadth scale with `classCount` classes (1..6):
// ColorBrewer YlGnBu (Cynthia Brewer, colorbrewer2.org) with classCount + 1 classes minus its
// lightest (3 for one class), so the lowest class stays distinct from the land colour.
Rgba8 BreadthScaleColour(int classCount, int classIndex);

// Colours of the compare view (colour-blind safe: Okabe-Ito orange and sky blue differ on the
// blue-yellow axis every common deficiency keeps, "both" is a dark indigo that differs from both
// in lightness; "neither" is the view's none colour).
inline constexpr Rgba8 kCompareAOnly = RgbHex(0xE69F00);  // orange
inline constexpr Rgba8 kCompareBOnly = RgbHex(0x56B4E9);  // sky blue
inline constexpr Rgba8 kCompareBoth = RgbHex(0x332288);   // indigo

}  // namespace engagemap
