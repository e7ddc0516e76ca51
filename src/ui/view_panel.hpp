// ViewPanel: choosing what the map shows — the view (instrument status, breadth of engagement,
// compare two instruments), the pillar and kind filters that narrow the instrument list, the
// region filter (UN M49 regions and subregions, members of an instrument), zoom to the
// filtered area, and the country search. The view choices edit AppState::viewState (kind,
// instrument B, filters, the signatures option); "Zoom to filtered area" and the search move the
// map, and the search also sets the highlight, the profile country and the status line.
#pragma once

#include "ui/app_state.hpp"

namespace engagemap {

// Draws the panel at the cursor. Returns true when viewState changed (the map must be recoloured).
bool DrawViewPanel(AppState& app);

}  // namespace engagemap
