// Timeline export: a headless PNG of a view (one instrument's status, breadth of engagement, or
// two instruments compared; optionally filtered by region, pillar and kind) at one date, with
// the same overlay the window shows (title, large date, legend with counts and notes,
// milestone caption, source line), drawn with Dear ImGui on the EGL context.
// `engagemap --export F --instrument ID --date YYYY-MM-DD [--view breadth|compare ...]`.
#pragma once

#include <memory>
#include <string>

#include "core/document/map_document.hpp"
#include "core/data/dataset.hpp"
#include "core/story/storyboard.hpp"
#include "core/timeline/instrument_timeline.hpp"
#include "core/geo/hit_test.hpp"
#include "core/style/overlay_scene.hpp"
#include "core/view/view_state.hpp"
#include "render/headless_export.hpp"
#include "ui/theme.hpp"

namespace engagemap {

struct TimelineExportOptions {
    ExportOptions map;         // size, base style, focus box (used when view.camera is unset), MSAA;
                               // map.projection is not used: the view's projection is
    ViewState view;            // what is shown: kind, instruments, filters, options, projection,
                               // camera, theme (instrument A is optional for breadth)
    CivilDate date;            // clamped to instrument A's range
    bool overlay = true;       // title, date, legend, caption, source line
    std::string title;         // replaces the generated title when not empty (a slide's title)
    std::string caption;       // replaces milestone captions when not empty (a slide's caption)
    // What "changed" labels (view.labels) compare the date with: a slide's range start; unset, a
    // year before the date (a video compares with its first date).
    std::optional<CivilDate> labelsSince;
};

// The map view of an export: the view's camera when it has one, else the whole world or map.focus
// (ExportView), at map.width x map.height with the view's projection. Used by every export (PNG,
// video, SVG/PDF), so they show the same area.
MapView ExportMapView(const TimelineExportOptions& options);

// The overlay's type scale, line widths and footnote switch in an export of `options.map`'s size:
// text sized for a room from the output height (TypeScaleForOutput with the view's text scale).
// The legend's placement is left to PlaceExportLegend.
OverlayOptions ExportOverlayOptions(const TimelineExportOptions& options);

// Where an export's legend goes and where its map is drawn (pixels of the output).
struct ExportLegendLayout {
    OverlayOptions overlay;               // ExportOverlayOptions with the legend placed
    MapView view;                         // the map's view: ExportMapView, refitted above an Outside band
    std::shared_ptr<const LandMask> land; // what overlay.land points at (Auto), kept alive with it
};

// Places the legend as options.view.legend asks: a corner or none as is; Auto on the emptiest
// ocean, never over the countries `subject` is about; Outside (asked, or Auto finding no free
// ocean) as a band below the map with the map refitted into the rest of the output. `projected`:
// the export's countries in its projection; `subjectContent`: the overlay text the legend is
// sized for (a video passes its last date's view and text, so the legend never moves).
// Every export (PNG, video, SVG/PDF) places its legend through this one function.
ExportLegendLayout PlaceExportLegend(const TimelineExportOptions& options, OverlayOptions overlay,
                                     const ProjectedCountries& projected, const ViewResult& subject,
                                     const OverlayContent& subjectContent, const TextMeasure& measure);

// What the overlay of an export says on `day`: the view's title, date, legend, the caption of a
// milestone of the shown instruments passed within `captionDays` (with its date), the
// instrument's source line, with options.title / caption replacing the generated ones; in
// options.view.theme. Used by every export (PNG and video frames, SVG/PDF).
OverlayContent ExportOverlayContent(const TimelineExportOptions& options, const InstrumentTimeline& timeline,
                                    const Dataset& dataset, const ViewRequest& request, const ViewResult& view,
                                    int captionDays, const CivilDate& day);

// The view "changed" labels compare with, at `since` (request's other fields as given); nullopt
// unless options.view.labels asks for changed labels.
std::optional<ViewResult> ExportLabelsBefore(const TimelineExportOptions& options, const Dataset& dataset,
                                             const CountrySet& countries, ViewRequest request, const ViewStyle& style,
                                             const CivilDate& since);

// The country labels of an export: options.view.labels resolved on `now` (and `before`),
// projected with `view`, sized from overlay.type.labelPx; small states by `style`'s marker sizes.
// Every export (PNG and video frames, SVG/PDF) labels through this one function.
std::vector<LabelCandidate> ExportLabelCandidates(const TimelineExportOptions& options, const OverlayOptions& overlay,
                                                  const MapStyle& style, const CountrySet& countries,
                                                  const ProjectedCountries& projected, const MapView& view,
                                                  const ViewResult& now, const ViewResult* before);

// A still of `slide`, as the command line's --story export writes it: the slide's view, title and
// caption at its date, or at the end of its range (`fallbackDate` when it has neither), with
// `map`'s size, style and MSAA.
TimelineExportOptions StillOptionsForSlide(const Slide& slide, const ExportOptions& map, const CivilDate& fallbackDate);

class TimelineFrameRenderer;

// Renders (GL: in its own headless context; CPU: none needed) and writes the PNG. Returns false
// with a message (unknown instrument, GL, file). With `renderer` (and the CPU renderer), that one
// is set up and drawn with and outlives the call: a command line that ends the process once the
// file is written then skips tearing it down.
bool ExportTimelinePng(const MapDocument& document, const Dataset& dataset, const TimelineExportOptions& options,
                       const std::string& path, std::string* error, TimelineFrameRenderer* renderer = nullptr);

// Renders into `image`: with options.map.renderer == Gl using the GL context current on this
// thread, with Cpu on the CPU (no context). Used by golden tests.
bool RenderTimelineImage(const MapDocument& document, const Dataset& dataset, const TimelineExportOptions& options,
                         RgbaImage& image, std::string* error);
// The same picture as PNG bytes (the CPU encodes it as it draws it, never holding it whole).
bool RenderTimelinePng(const MapDocument& document, const Dataset& dataset, const TimelineExportOptions& options,
                       std::string* png, std::string* error, TimelineFrameRenderer* renderer = nullptr);

}  // namespace engagemap
