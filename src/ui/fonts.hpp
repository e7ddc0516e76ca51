// Fonts of the app and of exports: DejaVu Sans (fonts-dejavu-core) at sizes scaled by the
// monitor's content scale (window) or by the image size (export), so text stays readable from
// the back of a room on a projector or a 4K wall.
#pragma once

struct ImFont;
struct ImGuiIO;

namespace engagemap {

struct AppFonts {
    ImFont* body = nullptr;     // panels, menus (17 px at scale 1)
    ImFont* legend = nullptr;   // legend and notes on the map (21 px): readable on a projector
    ImFont* heading = nullptr;  // titles, milestone captions (28 px, bold)
    ImFont* date = nullptr;     // the current date on the map (60 px, bold)
};

// Adds the fonts to io.Fonts and selects the FreeType rasterizer (call before the renderer
// backend builds the atlas). Falls back to ImGui's built-in font when DejaVu is missing (with a
// message on stderr).
AppFonts LoadAppFonts(ImGuiIO& io, float scale);

}  // namespace engagemap
