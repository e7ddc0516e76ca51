#include "ui/timeline_export.hpp"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include "core/timeline/instrument_timeline.hpp"
#include "render/headless_gl_context.hpp"
#include "ui/map_overlay.hpp"

namespace engagemap {
namespace {

// Draws `content` with a throw-away headless ImGui context into the bound framebuffer.
void DrawOverlayHeadless(const OverlayContent& content, const MapView& view, float pixelScale) {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGuiContext* context = ImGui::CreateContext();
    ImGui::SetCurrentContext(context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(static_cast<float>(view.ViewportWidth()), static_cast<float>(view.ViewportHeight()));
    io.DeltaTime = 1.0f / 60.0f;
    const AppFonts fonts = LoadAppFonts(io, pixelScale);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    DrawMapOverlay(ImGui::GetForegroundDrawList(), 0, 0, io.DisplaySize.x, io.DisplaySize.y, content, fonts, pixelScale);
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext(context);
    ImGui::SetCurrentContext(previous);
}

}  // namespace

bool RenderTimelineImage(const MapDocument& document, const Dataset& dataset, const TimelineExportOptions& options,
                         RgbaImage& image, std::string* error) {
    InstrumentTimeline timeline;
    timeline.SetData(&dataset, &document.countries);
    if (!options.instrumentId.empty() && !timeline.SelectInstrument(options.instrumentId)) {
        if (error) *error = "unknown instrument '" + options.instrumentId + "'";
        return false;
    }
    // The instrument's range clamps the date; without an instrument (breadth) it is used as is.
    CivilDate date = options.date;
    if (timeline.SelectedInstrument()) {
        timeline.Controller().SetDate(options.date);
        date = timeline.Controller().Date();
    }
    ViewSpec spec = options.view;
    spec.instrumentA = options.instrumentId;
    ViewRequest request;
    if (!ResolveViewSpec(spec, dataset, document.countries, date, &request, error)) return false;

    ExportOptions map = options.map;
    map.style = MapStyleFor(options.theme, map.style);
    ViewStyle viewStyle;
    viewStyle.noneColour = map.style.land;
    const ViewResult view = BuildView(dataset, document.countries, request, viewStyle);
    MapDocument coloured = document;
    coloured.colours = view.colours;
    ExportOverlay overlay;
    if (options.overlay) {
        OverlayContent content = OverlayForView(timeline, dataset, request, view, 120);
        content.theme = options.theme;
        if (const Instrument* inst = timeline.SelectedInstrument()) content.sourceLine = SourceLineFor(dataset, *inst);
        overlay = [content](const MapView& v, float pixelScale) { DrawOverlayHeadless(content, v, pixelScale); };
    }
    return RenderMapImage(coloured, map, image, error, overlay);
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
