// ViewPanel: choosing what the map shows — the view (instrument status, breadth of engagement,
// compare two instruments), the pillar and kind filters that narrow the instrument list, the
// region filter (UN M49 regions and subregions, members of an instrument), zoom to the
// filtered area, and the country search. It edits AppState::request and nothing else.
#pragma once

#include "ui/app_state.hpp"

namespace engagemap {

// Draws the panel at the cursor. Returns true when the request changed (the map must be rebuilt).
bool DrawViewPanel(AppState& app);

}  // namespace engagemap
