// Country labels in the window: the view's label selection (ViewState::labels) resolved on the
// explorer's view and laid out by the overlay (OverlayContent::labels), as the exports do
// (ExportLabelCandidates), so window, slide and export label the same countries.
#pragma once

#include <optional>
#include <vector>

#include "core/filter/engagement_views.hpp"
#include "core/style/overlay_scene.hpp"
#include "ui/app_state.hpp"

namespace engagemap {

// The view "changed" labels compare with: at the running slide's range start in presentation
// mode, else a year before the shown date. nullopt unless the labels are "changed".
std::optional<ViewResult> LabelsBeforeView(const AppState& app, const ViewStyle& style);

// The label candidates of the window's map, in the overlay's logical pixels (the map widget's
// view is in framebuffer pixels: `framebufferScale` per logical pixel); `type` sizes the text,
// `uiScale` the markers as the widget draws them.
std::vector<LabelCandidate> WindowLabelCandidates(AppState& app, const OverlayTypeScale& type, float framebufferScale,
                                                  float uiScale);

}  // namespace engagemap

namespace engagemap {

// View menu > Country labels: none, changed, all, or the listed countries (a slide's or
// --labels' list, kept while another choice is shown). Draws the submenu item.
void DrawLabelsMenu(AppState& app);

}  // namespace engagemap
