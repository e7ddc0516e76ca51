#include "export/timeline_export.hpp"

#include "core/geo/recentre.hpp"

#include "core/geo/land_mask.hpp"
#include "core/io/atomic_file.hpp"
#include "core/timeline/video_captions.hpp"
#include "render/headless_gl_context.hpp"
#include "ui/map_overlay.hpp"
#include "export/video_export.hpp"

#include <algorithm>

namespace engagemap {

// A still is a one-frame video: one code path builds the view, colours and overlay for both, so
// exports and video frames cannot drift apart.
namespace {

// A still as a one-frame video (the caption of a milestone shows for 120 days after it).
VideoExportOptions StillVideo(const TimelineExportOptions& options) {
    VideoExportOptions still;
    still.frame = options;
    still.from = still.to = options.date;
    still.captionDays = 120;
    return still;
}

}  // namespace

bool RenderTimelineImage(const MapDocument& document, const Dataset& dataset, const TimelineExportOptions& options,
                         RgbaImage& image, std::string* error) {
    TimelineFrameRenderer renderer;
    if (!renderer.Init(document, dataset, StillVideo(options), error)) return false;
    return renderer.Render(options.date, image, error);
}

bool RenderTimelinePng(const MapDocument& document, const Dataset& dataset, const TimelineExportOptions& options,
                       std::string* png, std::string* error, TimelineFrameRenderer* renderer) {
    TimelineFrameRenderer own;
    if (!renderer) renderer = &own;
    if (!renderer->Init(document, dataset, StillVideo(options), error)) return false;
    return renderer->RenderPng(options.date, png, error);
}

MapView ExportMapView(const TimelineExportOptions& options) {
    ExportOptions map = options.map;
    map.projection = options.view.projection;
    map.focus = RecentredBox(map.focus, options.view.centralMeridian);  // the map is drawn centred there
    const float pixelScale = ExportPixelScale(map.width, map.height);
    const std::optional<SlideCamera>& camera = options.view.camera;
    return camera ? CameraView(*camera, map.projection, map.width, map.height, 8.0 * pixelScale) : ExportView(map);
}

OverlayContent ExportOverlayContent(const TimelineExportOptions& options, const InstrumentTimeline& timeline,
                                    const Dataset& dataset, const ViewRequest& request, const ViewResult& view,
                                    int captionDays, const CivilDate& day) {
    OverlayContent content = OverlayForView(timeline, dataset, request, view, captionDays);
    content.theme = options.view.theme;
    if (const Instrument* instrument = timeline.SelectedInstrument()) content.footnote = SourceLineFor(dataset, *instrument);
    if (!options.title.empty()) content.title = options.title;
    // Only the shown instruments' milestones, each with its date (video_captions.hpp).
    const Milestone* milestone =
        CaptionOn(CaptionMilestones(dataset, ShownInstrumentIds(dataset, request)), day, captionDays);
    content.caption = milestone ? DatedCaption(*milestone) : std::string();
    if (!options.caption.empty()) content.caption = options.caption;
    return content;
}

OverlayOptions ExportOverlayOptions(const TimelineExportOptions& options) {
    OverlayOptions overlay;
    overlay.type = TypeScaleForOutput(static_cast<float>(options.map.height), static_cast<float>(options.view.textScale));
    overlay.uiScale = ExportPixelScale(options.map.width, options.map.height);
    overlay.showFootnote = options.view.footnote;
    return overlay;
}

ExportLegendLayout PlaceExportLegend(const TimelineExportOptions& options, OverlayOptions overlay,
                                     const ProjectedCountries& projected, const ViewResult& subject,
                                     const OverlayContent& subjectContent, const TextMeasure& measure) {
    ExportLegendLayout layout;
    layout.view = ExportMapView(options);
    overlay.legend = options.view.legend;
    overlay.land = nullptr;
    layout.overlay = overlay;
    if (overlay.legend != LegendPlacement::Auto && overlay.legend != LegendPlacement::Outside) return layout;
    const ExportOptions& map = options.map;
    auto land = std::make_shared<LandMask>(BuildLandMask(projected, layout.view, ViewSubjectCountries(subject),
                                                         LandMaskCellFor(static_cast<float>(map.height))));
    overlay.land = land.get();
    const OverlayScene scene = BuildOverlayScene(map.width, map.height, subjectContent, overlay, measure);
    if (scene.legendPlacement != LegendPlacement::Outside) {
        layout.overlay = overlay;
        layout.land = std::move(land);
        return layout;
    }
    overlay.legend = LegendPlacement::Outside;
    overlay.land = nullptr;
    overlay.outsideBandPx = static_cast<float>(map.height) - scene.mapArea.y1;
    layout.overlay = overlay;
    // The map fitted to the rest of the output, then shifted so that rest is at the top left.
    TimelineExportOptions fitted = options;
    fitted.map.width = std::max(1, static_cast<int>(scene.mapArea.Width()));
    fitted.map.height = std::max(1, static_cast<int>(scene.mapArea.Height()));
    const MapView sub = ExportMapView(fitted);
    const double mapW = fitted.map.width, mapH = fitted.map.height;
    const Vec2 c = sub.Center();
    layout.view.SetCenterAndScale({c.x + (map.width - mapW) / (2 * sub.Scale()), c.y - (map.height - mapH) / (2 * sub.Scale())},
                                  sub.Scale());
    return layout;
}

std::optional<ViewResult> ExportLabelsBefore(const TimelineExportOptions& options, const Dataset& dataset,
                                             const CountrySet& countries, ViewRequest request, const ViewStyle& style,
                                             const CivilDate& since) {
    if (options.view.labels.mode != LabelSelection::Mode::Changed) return std::nullopt;
    request.date = since;
    return BuildView(dataset, countries, request, style);
}

std::vector<LabelCandidate> ExportLabelCandidates(const TimelineExportOptions& options, const OverlayOptions& overlay,
                                                  const MapStyle& style, const CountrySet& countries,
                                                  const ProjectedCountries& projected, const MapView& view,
                                                  const ViewResult& now, const ViewResult* before) {
    if (options.view.labels.Empty()) return {};
    // As the renderer sizes markers (map_renderer.cpp): at least 1x.
    const float pixelScale = std::max(1.0f, ExportPixelScale(options.map.width, options.map.height));
    LabelCandidateStyle labelStyle;
    labelStyle.labelPx = overlay.type.labelPx;
    labelStyle.smallExtentPx = std::max(style.markerMinExtentPx, 2 * style.markerRadiusPx) * pixelScale;
    labelStyle.markerRadiusPx = style.markerRadiusPx * pixelScale;
    return BuildLabelCandidates(LabelledCountries(options.view.labels, countries, now, before), countries, projected, view,
                                labelStyle);
}

TimelineExportOptions StillOptionsForSlide(const Slide& slide, const ExportOptions& map, const CivilDate& fallbackDate) {
    TimelineExportOptions options;
    options.map = map;
    options.view = slide.view;
    options.title = slide.title;
    options.caption = slide.caption;
    options.date = SlideStillDate(slide).value_or(fallbackDate);
    if (slide.range) options.labelsSince = slide.range->from;
    return options;
}

bool ExportTimelinePng(const MapDocument& document, const Dataset& dataset, const TimelineExportOptions& options,
                       const std::string& path, std::string* error, TimelineFrameRenderer* renderer) {
    std::unique_ptr<HeadlessGlContext> context;
    if (options.map.renderer == ExportRenderer::Gl) {
        if (!(context = HeadlessGlContext::Create(error))) return false;
        renderer = nullptr;  // its GL objects must go before the context does
    }
    std::string png;
    if (!RenderTimelinePng(document, dataset, options, &png, error, renderer)) return false;
    return WriteOutputFile(path, png, error);
}

}  // namespace engagemap
