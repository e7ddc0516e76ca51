// Palettes: every data colour of the map in one place — the status ladder of one instrument, the
// breadth scale, the compare classes. The base map's colours per theme are MapStyle and
// MapStyleFor (map_style.hpp); text and panel colours per theme are in ui/theme.hpp.
#pragma once

#include <vector>

#include "core/data/participation_query.hpp"
#include "core/style/colour.hpp"
#include "core/style/map_style.hpp"

namespace engagemap {

// Every data colour has a light-theme and a dark-theme value, checked by a test
// (tests/core/test_palettes.cpp) rather than hoped: each class contrasts at least 3:1 (WCAG) with
// the theme's land and ocean, and any two classes of one legend stay at least kMinClassDeltaE
// (CIE76) apart in normal vision and in simulated protanopia, deuteranopia and tritanopia
// (Machado et al. 2009, severity 1). On the light map the classes are therefore dark, on the
// dark map light.
inline constexpr double kMinClassContrast = 3.0;
inline constexpr double kMinClassDeltaE = 7.0;

// One colour per MembershipStatus: blues for the treaty ladder (darker = further along on the
// light map, lighter on the dark map), brown for invited, red for exits, green for programmes.
// None is the land colour of the light theme (the view's none colour replaces it on the map).
Rgba8 StatusColour(MembershipStatus status, Theme theme = Theme::Light);

// Colour of class `classIndex` (0-based) of a breadth scale with `classCount` classes (1..6): a
// sequential green-to-navy scale on the light map, blue-to-yellow on the dark map, sampled
// evenly so that the top class is always the same colour.
Rgba8 BreadthScaleColour(int classCount, int classIndex, Theme theme = Theme::Light);

// Colours of the compare view's classes A only, B only and both (orange, teal and indigo hues
// that differ on the blue-yellow axis every common deficiency keeps, and in lightness); "neither"
// is the view's none colour.
struct CompareColours {
    Rgba8 aOnly, bOnly, both;
};
CompareColours CompareColoursFor(Theme theme);

// The one neutral tone of countries outside a region or membership filter, with an "Outside
// filter" legend row: a grey with no hue, so that it cannot read as a class (a faded blue looked
// like "Signed"). Light theme: lighter than the land; dark theme: darker than the land. Checked
// like the classes: at least kMinClassContrast against every class and kMinClassDeltaE from
// every class, the land and the ocean, in normal vision and the three simulated deficiencies.
Rgba8 OutsideFilterColour(Theme theme = Theme::Light);

// The outline drawn around each country inside a region filter: the overlay's text colour of the
// theme (near-black on light, near-white on dark), so the filtered set reads as one group.
Rgba8 FilterOutlineColour(Theme theme = Theme::Light);

}  // namespace engagemap
