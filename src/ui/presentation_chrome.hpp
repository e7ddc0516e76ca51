// Presentation chrome: what presentation mode adds on top of the map overlay — progress dots and
// the slide counter ("3 / 9"), speaker notes over the map when there is one monitor, the caption
// of a clicker step through time ("Croatia ratified — 17 Oct 2002") with brief outlines of the
// countries it changed, and the black or white screen cover (B / . / W). Drawn with an ImDrawList
// into the map's rectangle (pixels); the state comes from core (SlideDeck, TimelineStep).
#pragma once

#include <string>
#include <vector>

#include "core/geo/country_geometry.hpp"
#include "core/geo/map_view.hpp"
#include "core/geo/projection.hpp"
#include "core/story/slide_deck.hpp"
#include "ui/fonts.hpp"
#include "core/style/overlay_scene.hpp"  // OverlayInkFor
#include "ui/theme.hpp"

struct ImDrawList;

namespace engagemap {

// A rectangle of the screen in pixels.
struct ScreenRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Progress dots (bottom centre; the current slide filled) and the counter "3 / 9" (top right).
// `scale` multiplies sizes (the overlay's).
void DrawSlideProgress(ImDrawList* list, ScreenRect rect, const SlideDeck& deck, Theme theme, const AppFonts& fonts,
                       float scale);

// The speaker notes on a card across the lower right of the map (one-monitor presenting); nothing
// when `notes` is empty.
void DrawNotesCard(ImDrawList* list, ScreenRect rect, const std::string& notes, Theme theme, const AppFonts& fonts,
                   float scale);

// A step's caption on a card at the top centre, faded by `alpha` (0..1).
void DrawStepCaption(ImDrawList* list, ScreenRect rect, const std::string& caption, float alpha, const AppFonts& fonts,
                     float scale);

// Outlines of `countries` (CountrySet indices) as drawn by `view` with `projection`, in
// `framebufferScale`-scaled pixels offset by rect's corner; `alpha` 0..1 fades them.
void DrawCountryOutlines(ImDrawList* list, ScreenRect rect, const CountrySet& set, const std::vector<int>& countries,
                         const MapView& view, ProjectionKind projection, float framebufferScale, float alpha,
                         float scale);

// Covers the rectangle black or white (nothing for ScreenCover::None).
void DrawScreenCover(ImDrawList* list, ScreenRect rect, ScreenCover cover);

}  // namespace engagemap
