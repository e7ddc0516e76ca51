// Light and dark themes, both legible on a projector: the base map's colours, the ImGui
// widgets' colours, and the ink of the text written on the map.
#pragma once

#include "core/style/map_style.hpp"

namespace engagemap {

// (Base-map colours for a theme: MapStyleFor in core/style/map_style.hpp.)

// Sets ImGui's style colours and sizes for a theme at a scale (call between frames).
void ApplyImGuiTheme(Theme theme, float scale);

// The theme of the current ImGui style, read back from it (a dark window background is Dark):
// panels pick the data palette of that theme (core/style/palettes.hpp) for their colour keys.
Theme CurrentImGuiTheme();

// (Text and card colours on the map: OverlayInkFor in core/style/overlay_scene.hpp.)

}  // namespace engagemap
