// ViewPanel: choosing what the map shows — the view (instrument status, breadth of engagement,
// compare two instruments), the pillar and kind filters that narrow the instrument list, the
// region filter (UN M49 regions and subregions, members of an instrument) — and the country
// search box. Reads the dataset, the countries and what the map shows now; edits only the
// ViewState it is given (kind, instrument B, filters, the signatures option) and the search text,
// and reports the rest ("Zoom to filtered area", a search to run) for the window to apply.
#pragma once

#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/filter/engagement_views.hpp"
#include "core/geo/country_geometry.hpp"
#include "core/view/view_state.hpp"

namespace engagemap {

// What the view panel asks of the window besides its edits to the ViewState.
struct ViewPanelReport {
    bool viewChanged = false;     // the ViewState was edited: the map must be recoloured
    bool zoomToFiltered = false;  // "Zoom to filtered area" was pressed
};

// Draws the view choices at the cursor. `dataset` may be null (no dataset loaded). `shownRequest`
// and `shown` are what the map shows now (the region filter's description, included countries and
// uncertain count); only `view` is edited.
ViewPanelReport DrawViewPanel(ViewState& view, const Dataset* dataset, const CountrySet& countries,
                              const ViewRequest& shownRequest, const ViewResult& shown);

// The country search box and, below it, its suggestion list (display names, best first); edits
// `text`. Returns the index of the suggestion chosen (Enter chooses the first), else -1.
int DrawCountrySearch(std::string& text, const std::vector<std::string>& suggestions);

}  // namespace engagemap
