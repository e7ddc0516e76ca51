// Map overlay: what is written on the map itself — the instrument's title, the current date
// (large, readable across a room), the legend with counts and honesty notes, and the caption of
// a milestone playback has just passed. The layout is core's OverlayScene
// (core/style/overlay_scene.hpp); this file fills its content from the timeline and view, and
// paints a scene with an ImDrawList, so the window and the headless exports show the same thing.
#pragma once

#include <string>

#include "core/filter/engagement_views.hpp"
#include "core/style/overlay_scene.hpp"
#include "core/timeline/instrument_timeline.hpp"
#include "core/timeline/status_colouring.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

struct ImDrawList;

namespace engagemap {

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

// Measures text with the fonts the painter will draw it with (FontFor).
TextMeasure ImGuiTextMeasure(const AppFonts& fonts);

// Paints `scene` into `list` with its pixel origin at (x0, y0).
void PaintOverlayScene(ImDrawList* list, float x0, float y0, const OverlayScene& scene, const AppFonts& fonts);

// Lays out `content` in the rectangle [x0,y0]-[x1,y1] (pixels) with `options` and paints it;
// returns the scene (its mapArea tells where an Outside legend left the map).
OverlayScene DrawMapOverlay(ImDrawList* list, float x0, float y0, float x1, float y1, const OverlayContent& content,
                            const OverlayOptions& options, const AppFonts& fonts);

}  // namespace engagemap
