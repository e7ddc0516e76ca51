#include "export/vector_export.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <imgui.h>

#include <cctype>
#include <memory>

#include "core/filter/engagement_views.hpp"
#include "core/io/atomic_file.hpp"
#include "core/timeline/instrument_timeline.hpp"
#include "core/view/view_state.hpp"
#include "export/cairo_painters.hpp"
#include "render/headless_export.hpp"
#include "ui/fonts.hpp"
#include "ui/map_overlay.hpp"

namespace engagemap {
namespace {

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextDeleter {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
};

// The fonts the PNG export lays its overlay out with (ui/fonts.cpp at the export's pixel scale),
// in a private ImGui context: only the font atlas is built, no GL is needed. The vector overlay
// is laid out with their metrics, so card sizes, wraps and text positions equal the PNG's.
class ExportFontMetrics {
public:
    ExportFontMetrics(float pixelScale, const OverlayTypeScale& type) {
        ImGuiContext* previous = ImGui::GetCurrentContext();
        context_ = ImGui::CreateContext();
        ImGui::SetCurrentContext(context_);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        fonts_ = LoadAppFonts(io, pixelScale);
        AddOverlayFonts(io, type, fonts_);
        io.Fonts->Build();
        ImGui::SetCurrentContext(previous);
    }
    ~ExportFontMetrics() {
        ImGuiContext* previous = ImGui::GetCurrentContext();
        ImGui::DestroyContext(context_);
        ImGui::SetCurrentContext(previous == context_ ? nullptr : previous);
    }
    ExportFontMetrics(const ExportFontMetrics&) = delete;
    ExportFontMetrics& operator=(const ExportFontMetrics&) = delete;
    TextMeasure Measure() const { return ImGuiTextMeasure(fonts_); }

private:
    ImGuiContext* context_ = nullptr;
    AppFonts fonts_;
};

// Draws one still into `cr` (map, then overlay). False + *error when the view cannot be shown.
bool PaintStill(cairo_t* cr, const MapDocument& source, const Dataset& dataset, const TimelineExportOptions& options,
                std::string* error) {
    // As the PNG (TimelineFrameRenderer::Init): the countries centred on the view's meridian.
    const std::shared_ptr<const MapDocument> recentred = RecentredDocument(
        std::shared_ptr<const MapDocument>(&source, [](const MapDocument*) {}), options.view.centralMeridian);
    const MapDocument& document = *recentred;
    InstrumentTimeline timeline;
    timeline.SetData(&dataset, &document.countries);
    const std::string& id = options.view.instrumentA;
    if (!id.empty() && !timeline.SelectInstrument(id)) {
        if (error) *error = "unknown instrument '" + id + "'";
        return false;
    }
    // As the PNG export: the instrument's range clamps the date.
    CivilDate day = options.date;
    if (timeline.SelectedInstrument()) {
        timeline.Controller().SetDate(day);
        day = timeline.Controller().Date();
    }
    ViewRequest request;
    if (!ResolveViewState(options.view, dataset, document.countries, day, &request, error)) return false;
    const MapStyle style = MapStyleFor(options.view.theme, options.map.style);
    ViewStyle viewStyle;
    viewStyle.theme = options.view.theme;
    viewStyle.noneColour = style.land;
    const ViewResult view = BuildView(dataset, document.countries, request, viewStyle);
    const float pixelScale = ExportPixelScale(options.map.width, options.map.height);
    if (!options.overlay) {
        const MapView mapView = ExportMapView(options);
        PaintMapCairo(cr, document, view.colours, mapView, options.view.projection, style, pixelScale);
        PaintArcsCairo(cr, ViewStrokes(view), mapView, options.view.projection, pixelScale);
        return true;
    }
    // As the PNG export: the legend placed (and the map refitted) by PlaceExportLegend, text laid
    // out with the PNG's fonts at the room's type scale.
    OverlayContent content = ExportOverlayContent(options, timeline, dataset, request, view, 120, day);
    const OverlayOptions overlay = ExportOverlayOptions(options);
    const ExportFontMetrics metrics(pixelScale, overlay.type);
    const TextMeasure measure = metrics.Measure();
    ProjectedCountries projected;
    projected.Build(document.countries, options.view.projection);
    const ExportLegendLayout layout = PlaceExportLegend(options, overlay, projected, view, content, measure);
    PaintMapCairo(cr, document, view.colours, layout.view, options.view.projection, style, pixelScale);
    PaintArcsCairo(cr, ViewStrokes(view), layout.view, options.view.projection, pixelScale);
    const std::optional<ViewResult> before = ExportLabelsBefore(
        options, dataset, document.countries, request, viewStyle, options.labelsSince.value_or(LabelsChangedSinceDefault(day)));
    content.labels = ExportLabelCandidates(options, layout.overlay, style, document.countries, projected, layout.view, view,
                                           before ? &*before : nullptr);
    const OverlayScene scene = BuildOverlayScene(options.map.width, options.map.height, content, layout.overlay, measure);
    PaintOverlaySceneCairo(cr, scene, measure);
    return true;
}

}  // namespace

bool ExportTimelineVector(const MapDocument& document, const Dataset& dataset,
                          const std::vector<TimelineExportOptions>& pages, const std::string& path, std::string* error) {
    auto fail = [&](const std::string& message) {
        if (error) *error = message;
        return false;
    };
    const std::optional<VectorFormat> format = VectorFormatForPath(path);
    if (!format) return fail("cannot write " + path + ": not an .svg or .pdf file");
    if (pages.empty()) return fail("cannot write " + path + ": nothing to draw");
    if (*format == VectorFormat::Svg && pages.size() != 1)
        return fail("cannot write " + path + ": an SVG holds one picture; write a PDF for several pages");
    for (const auto& page : pages)
        if (page.map.width < 1 || page.map.height < 1 || page.map.width > 16384 || page.map.height > 16384)
            return fail("image size must be between 1x1 and 16384x16384 pixels");

    std::string bytes;
    const double w0 = pages.front().map.width, h0 = pages.front().map.height;
    std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface(
        *format == VectorFormat::Svg ? cairo_svg_surface_create_for_stream(AppendToString, &bytes, w0, h0)
                                     : cairo_pdf_surface_create_for_stream(AppendToString, &bytes, w0, h0));
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        return fail(std::string("cairo: ") + cairo_status_to_string(cairo_surface_status(surface.get())));
    if (*format == VectorFormat::Svg) cairo_svg_surface_set_document_unit(surface.get(), CAIRO_SVG_UNIT_PX);
    else cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "engagemap");
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const TimelineExportOptions& page = pages[i];
        if (*format == VectorFormat::Pdf) cairo_pdf_surface_set_size(surface.get(), page.map.width, page.map.height);
        std::unique_ptr<cairo_t, ContextDeleter> cr(cairo_create(surface.get()));
        std::string message;
        if (!PaintStill(cr.get(), document, dataset, page, &message))
            return fail(pages.size() > 1 ? "page " + std::to_string(i + 1) + ": " + message : message);
        cairo_show_page(cr.get());
        if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS)
            return fail(std::string("cairo: ") + cairo_status_to_string(cairo_status(cr.get())));
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        return fail(std::string("cairo: ") + cairo_status_to_string(cairo_surface_status(surface.get())));
    surface.reset();
    return WriteOutputFile(path, bytes, error);
}

}  // namespace engagemap
