#include "export/timeline_export.hpp"

#include "render/headless_gl_context.hpp"
#include "ui/map_overlay.hpp"
#include "export/video_export.hpp"

namespace engagemap {

// A still is a one-frame video: one code path builds the view, colours and overlay for both, so
// exports and video frames cannot drift apart.
bool RenderTimelineImage(const MapDocument& document, const Dataset& dataset, const TimelineExportOptions& options,
                         RgbaImage& image, std::string* error) {
    VideoExportOptions still;
    still.frame = options;
    still.from = still.to = options.date;
    still.captionDays = 120;  // a milestone's caption shows for 120 days after it
    TimelineFrameRenderer renderer;
    if (!renderer.Init(document, dataset, still, error)) return false;
    return renderer.Render(options.date, image, error);
}

MapView ExportMapView(const TimelineExportOptions& options) {
    ExportOptions map = options.map;
    map.projection = options.view.projection;
    const float pixelScale = ExportPixelScale(map.width, map.height);
    const std::optional<SlideCamera>& camera = options.view.camera;
    return camera ? CameraView(*camera, map.projection, map.width, map.height, 8.0 * pixelScale) : ExportView(map);
}

OverlayContent ExportOverlayContent(const TimelineExportOptions& options, const InstrumentTimeline& timeline,
                                    const Dataset& dataset, const ViewRequest& request, const ViewResult& view,
                                    int captionDays) {
    OverlayContent content = OverlayForView(timeline, dataset, request, view, captionDays);
    content.theme = options.view.theme;
    if (const Instrument* instrument = timeline.SelectedInstrument()) content.footnote = SourceLineFor(dataset, *instrument);
    if (!options.title.empty()) content.title = options.title;
    if (!options.caption.empty()) content.caption = options.caption;
    return content;
}

OverlayOptions ExportOverlayOptions(float pixelScale) {
    OverlayOptions options;
    options.type = ExplorerTypeScale(pixelScale);
    options.type.legendPx = 21 * pixelScale;  // the larger legend font of presentations
    options.uiScale = pixelScale;
    return options;
}

TimelineExportOptions StillOptionsForSlide(const Slide& slide, const ExportOptions& map, const CivilDate& fallbackDate) {
    TimelineExportOptions options;
    options.map = map;
    options.view = slide.view;
    options.title = slide.title;
    options.caption = slide.caption;
    options.date = SlideStillDate(slide).value_or(fallbackDate);
    return options;
}

bool ExportTimelinePng(const MapDocument& document, const Dataset& dataset, const TimelineExportOptions& options,
                       const std::string& path, std::string* error) {
    auto context = HeadlessGlContext::Create(error);
    if (!context) return false;
    RgbaImage image;
    if (!RenderTimelineImage(document, dataset, options, image, error)) return false;
    return WritePng(path, image, error);
}

}  // namespace engagemap
