// TimelinePanel: the timeline bar under the map — transport buttons (start, previous event,
// play/pause, next event, end), loop, speed, and a day-precision bar with event ticks and
// milestone markers that can be dragged or clicked. Reads the InstrumentTimeline (instrument A's
// range, ticks, milestones) and edits only its controller (date, playback, speed, loop); the
// controller pushes each date change to the explorer, which recolours the map.
//
// Keys (while no text field is active): Space play/pause, Left/Right previous/next event,
// Shift+Left/Right one year, Home/End start/end.
#pragma once

#include "core/timeline/instrument_timeline.hpp"

namespace engagemap {

class TimelinePanel {
public:
    // Draws the panel at the cursor, full width. Returns true when the user changed the date.
    bool Draw(InstrumentTimeline& timeline, float scale);
    // Handles the keyboard shortcuts. Returns true when the date changed.
    bool HandleKeys(InstrumentTimeline& timeline);

private:
    float speedMultiple_ = 1.0f;
};

// Colour of an event tick on the bar.
unsigned TickColour(EventType type, bool exact);

}  // namespace engagemap
