// Map overlay: what is written on the map itself — the instrument's title, the current date
// (large, readable across a room), the legend with counts and honesty notes, and the caption of
// a milestone playback has just passed. Drawn with an ImDrawList, so the window and the
// headless export show the same thing.
#pragma once

#include <string>

#include "core/filter/engagement_views.hpp"
#include "core/timeline/instrument_timeline.hpp"
#include "core/timeline/status_colouring.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

struct ImDrawList;

namespace engagemap {

struct OverlayContent {
    std::string title;      // "Budapest Convention (ETS 185)"
    std::string date;       // "2012-06-30"
    ViewLegend legend;      // entries (colour, label, counts) and notes
    std::string caption;    // milestone caption, may be empty
    float captionAlpha = 1; // 0..1, for fading the caption in and out
    std::string sourceLine; // small line at the bottom right ("Sources: ..."), may be empty
    Theme theme = Theme::Light;
    bool compact = false;   // explorer: smaller legend font and card (presentations and exports: false)
};

// The overlay for the timeline's current state: instrument name, date, legend, and the caption
// of a milestone passed within `captionDays`.
OverlayContent OverlayForTimeline(const InstrumentTimeline& timeline, int captionDays);

// The overlay for any view: the view's legend and title (the instrument's full name for the
// status view; the region filter appended when there is one), the timeline's date and caption.
OverlayContent OverlayForView(const InstrumentTimeline& timeline, const Dataset& dataset, const ViewRequest& request,
                              const ViewResult& view, int captionDays);

// A StatusLegend as the overlay's ViewLegend.
ViewLegend ToViewLegend(const StatusLegend& legend);

// "Sources: <the two most cited sources of the instrument> and N more" (short titles), or "".
std::string SourceLineFor(const Dataset& dataset, const Instrument& instrument);

// Draws into `list` within the rectangle [x0,y0]-[x1,y1] (pixels); `scale` multiplies sizes.
void DrawMapOverlay(ImDrawList* list, float x0, float y0, float x1, float y1, const OverlayContent& content,
                    const AppFonts& fonts, float scale);

}  // namespace engagemap
