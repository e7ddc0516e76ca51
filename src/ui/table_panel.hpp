// The Table tab's panel: draws a TableTab (ui/app_state.hpp) — the mode (current view or a date
// range with its event type), the filter box, the change over the range, and the rows of
// tab.model.Shown() in an ImGui table sortable by any column (a header click sets the model's sort).
// It edits only the tab; what it asks of the window comes back in the report.
#pragma once

#include "ui/app_state.hpp"

namespace engagemap {

struct TablePanelReport {
    bool exportCsv = false;  // "Export CSV" pressed: the window writes ExportTableTabCsv
};

// Draws into the current window, `height` logical pixels tall, full width.
TablePanelReport DrawTablePanel(TableTab& tab, float height);

}  // namespace engagemap
