// StoryPanel: preparing a briefing. The storyboard's slides in order — show one, add the
// current view as a slide, update it from the current view, edit its title, caption and date or
// date range, move it up or down, delete it — and save (atomically, next to the dataset).
#pragma once

#include "ui/app_state.hpp"

namespace engagemap {

// Draws the "Storyboard" window when app.showStoryPanel is set.
void DrawStoryPanel(AppState& app);

}  // namespace engagemap
