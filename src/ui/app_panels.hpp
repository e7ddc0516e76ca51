// The window's frames and its own chrome: menu bar, instrument list, status bar, the dataset
// problems window, and the map with its overlay in both explorer and presentation mode.
// DrawExplorer composes the panels: each gets only what it edits (view_panel, story_panel,
// video_dialog, country_profile_window) and the window applies what they report. The menu bar
// and the map frame are the window's own and take the whole AppState (File and View act on all
// of it; the map reads the view, edits the profile country, and draws the presentation's slide).
#pragma once

#include "ui/app_state.hpp"

namespace engagemap {

void DrawMenuBar(AppState& app);
// The instrument list (by kind, narrowed by the shown view's instrument filter); edits only
// view.instrumentA (by id). True when it changed: the window makes the timeline follow and recolours.
bool DrawInstrumentList(ViewState& view, const Dataset* dataset, const ViewRequest& shownRequest);
// The status bar: the hovered country (`countries` may be null) or else `status`. Reads only.
void DrawStatusBar(const MapWidget& map, const CountrySet* countries, const std::string& status);
// The "Dataset problems" window while `open` and there are `errors`; edits only `open`.
void DrawDatasetErrors(bool& open, const std::vector<LoadError>& errors, float contentScale);

// The map widget filling (width, height) logical pixels, with the overlay drawn on top.
void DrawMapWithOverlay(AppState& app, float width, float height, float framebufferScale);

// One full frame of the explorer (menus, panels, map, timeline, chart, status bar).
void DrawExplorer(AppState& app, float framebufferScale);
// One full frame of presentation mode: only the map and its overlay (with a source line).
void DrawPresentation(AppState& app, float framebufferScale);

}  // namespace engagemap
