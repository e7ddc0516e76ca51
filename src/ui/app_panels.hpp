// The explorer's panels around the map: menu bar, instrument list, status bar, the dataset
// problems window, and the map with its overlay in both explorer and presentation mode.
#pragma once

#include "ui/app_state.hpp"

namespace engagemap {

void DrawMenuBar(AppState& app);
void DrawInstrumentList(AppState& app);
void DrawStatusBar(AppState& app);
void DrawDatasetErrors(AppState& app);

// The map widget filling (width, height) logical pixels, with the overlay drawn on top.
void DrawMapWithOverlay(AppState& app, float width, float height, float framebufferScale);

// One full frame of the explorer (menus, panels, map, timeline, chart, status bar).
void DrawExplorer(AppState& app, float framebufferScale);
// One full frame of presentation mode: only the map and its overlay (with a source line).
void DrawPresentation(AppState& app, float framebufferScale);

}  // namespace engagemap
