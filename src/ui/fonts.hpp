// Fonts of the app and of exports: DejaVu Sans (embedded: ui/embedded_fonts.hpp) at sizes scaled by the
// monitor's content scale (window) or by the image size (export), so text stays readable from
// the back of a room on a projector or a 4K wall.
#pragma once

#include <imgui.h>  // ImWchar

#include <vector>

#include "core/style/overlay_scene.hpp"

namespace engagemap {

struct AppFonts {
    ImFont* body = nullptr;     // panels, menus (17 px at scale 1)
    ImFont* legend = nullptr;   // legend and notes on the map (21 px): readable on a projector
    ImFont* heading = nullptr;  // titles, milestone captions (28 px, bold)
    ImFont* date = nullptr;     // the current date on the map (60 px, bold)
    // Every loaded font of each overlay FontRole, for the overlay painter: it draws a text run
    // with the smallest font of the role at least as large as the run (crisp), else the largest.
    std::vector<ImFont*> regular, bold;
};

// The font of `role` the overlay painter uses for text of `sizePx` (see AppFonts::regular).
ImFont* FontFor(const AppFonts& fonts, FontRole role, float sizePx);

// Adds the fonts to io.Fonts and selects the FreeType rasterizer (call before the renderer
// backend builds the atlas). Falls back to ImGui's built-in font when the embedded DejaVu does not
// load (with a message on stderr). `ranges` (0-terminated pairs, kept alive until the atlas is
// built): the glyphs to build; null: the window's (Latin incl. Extended-A/B, punctuation, arrows,
// shapes).
AppFonts LoadAppFonts(ImGuiIO& io, float scale, const ImWchar* ranges = nullptr);

// An export's base: only the body font (the ImGui context's default, which draws nothing), for
// AddOverlayFonts to add the sizes the overlay draws; legend, heading and date stay null. The
// window's other sizes would be glyphs built and never drawn (~40 % of a 4K atlas).
AppFonts LoadExportBaseFont(ImGuiIO& io, float scale, const ImWchar* ranges);

// Glyph ranges for AddOverlayFonts (0-terminated pairs, kept alive until the atlas is built);
// null: the defaults.
struct FontGlyphRanges {
    const ImWchar* text = nullptr;  // every size but the date's; default: LoadAppFonts' window ranges
    const ImWchar* date = nullptr;  // the date's size; default: OverlayDateRanges()
};

// The date size's default glyphs: printable ASCII and general punctuation.
const ImWchar* OverlayDateRanges();

// Adds fonts at exactly the sizes of `type` (exports: text sized from the output height stays
// crisp at 4K). The date size gets digits, Latin letters and punctuation only.
void AddOverlayFonts(ImGuiIO& io, const OverlayTypeScale& type, AppFonts& fonts, FontGlyphRanges ranges = {});

}  // namespace engagemap
