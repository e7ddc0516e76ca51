// CumulativeChart: how many countries had each status over time (stacked steps, uncertain ones
// lighter on top), with a count axis (CountAxisTicks), a legend of the statuses, a reference line
// at the total on the shown date, and the current-date cursor. Dragging or clicking on it scrubs the date, so
// chart and map stay in sync both ways. Drawn with ImGui's draw lists. Reads the timeline's
// counts; edits only its controller's date.
#pragma once

#include "core/timeline/instrument_timeline.hpp"

namespace engagemap {

class CumulativeChart {
public:
    // Draws at the cursor, full width, `heightPx` tall. Returns true when the user moved the date.
    bool Draw(InstrumentTimeline& timeline, float heightPx, float scale);
};

}  // namespace engagemap
