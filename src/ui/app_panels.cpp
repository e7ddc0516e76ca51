// [SECTION] Menu bar
// [SECTION] Instrument list, status bar, dataset problems
// [SECTION] Map with overlay; explorer and presentation frames

#include "ui/app_panels.hpp"

#include <imgui.h>

#include "core/io/png_image.hpp"
#include "render/headless_export.hpp"
#include "core/filter/view_table.hpp"
#include "ui/country_profile_window.hpp"
#include "ui/map_overlay.hpp"
#include "ui/story_panel.hpp"
#include "ui/video_dialog.hpp"
#include "ui/view_panel.hpp"
#include "export/timeline_export.hpp"

namespace engagemap {
namespace {

constexpr int kCaptionDays = 120;  // a milestone's caption stays this many timeline days when paused

// While playing, a caption stays about 2.5 s of wall time, however fast the timeline runs.
int CaptionDays(const AppState& app) {
    const auto& c = app.timeline.Controller();
    return c.Playing() ? std::max(kCaptionDays, static_cast<int>(c.DaysPerSecond() * 2.5)) : kCaptionDays;
}

// File > Export PNG: exactly the shown view (CurrentViewState: kind, instruments, filters, options,
// projection, camera, theme) at the shown date, at 3840x2160.
void ExportCurrentView(AppState& app) {
    const TimelineExportOptions tex = ExportOptionsForCurrentView(app, 3840, 2160);
    const ExportOptions& ex = tex.map;
    RgbaImage image;
    std::string error;
    bool ok;
    // The window's context is current: render offscreen with it.
    if (app.dataset && !app.view.colours.empty()) {
        ok = RenderTimelineImage(*app.document, *app.dataset, tex, image, &error);
    } else {
        ok = RenderMapImage(*app.document, ex, image, &error);
    }
    if (ok && WritePng(app.exportPath, image, &error)) app.status = "Exported " + app.exportPath;
    else app.status = "Export failed: " + error;
}

}  // namespace

// [SECTION] Menu bar
void DrawMenuBar(AppState& app) {
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("Export PNG (3840x2160)")) ExportCurrentView(app);
        if (ImGui::MenuItem("Export table (CSV)", nullptr, false, app.dataset != nullptr)) {
            std::string error;
            const std::string path = "engagemap-view.csv";
            app.status = ExportViewCsv(app, path, &error) ? "Wrote " + path : "CSV export failed: " + error;
        }
        if (ImGui::MenuItem("Export video (MP4 / PNG frames)...", nullptr, false, app.timeline.SelectedInstrument() != nullptr))
            app.showVideoDialog = true;
        if (ImGui::MenuItem("Reload dataset", nullptr, false, !app.options.datasetPath.empty()))
            LoadDatasetFile(app, app.options.datasetPath);
        if (ImGui::BeginMenu("Open recent storyboard", !app.recentStoryboards.empty())) {
            for (const std::string& path : app.recentStoryboards)
                if (ImGui::MenuItem(path.c_str()) && LoadStoryFile(app, path)) app.showStoryPanel = true;
            ImGui::EndMenu();
        }
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) app.requestQuit = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Presentation mode", "F5", app.presentation)) app.presentation = !app.presentation;
        if (ImGui::MenuItem("Storyboard", nullptr, app.showStoryPanel)) app.showStoryPanel = !app.showStoryPanel;
        if (ImGui::MenuItem("Full screen", "F11")) app.toggleFullscreen = true;
        if (ImGui::MenuItem("Dark theme", nullptr, app.theme == Theme::Dark))
            SetTheme(app, app.theme == Theme::Dark ? Theme::Light : Theme::Dark);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
        float userScale = app.userScale;
        if (ImGui::SliderFloat("Text size", &userScale, 0.75f, 3.0f, "%.2fx")) app.userScale = userScale;
        ImGui::Separator();
        ImGui::TextDisabled("Projection");
        for (ProjectionKind kind : kAllProjections)
            if (ImGui::MenuItem(ProjectionName(kind), nullptr, app.map.Projection() == kind))
                app.map.SetProjection(kind);
        ImGui::Separator();
        ImGui::TextDisabled("Boundaries (Natural Earth)");
        for (const char* scale : {"110m", "50m", "10m"}) {
            const std::string layer = LayerForScale(scale);
            const std::string label = std::string("1:") + scale;
            if (ImGui::MenuItem(label.c_str(), nullptr, app.options.geodata.layer == layer)) SwitchLayer(app, layer);
        }
        ImGui::Separator();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
        ImGui::SliderFloat("Border width (px)", &app.map.Style().borderWidthPx, 1.0f, 4.0f, "%.1f");
        if (ImGui::MenuItem("Fit world", "0")) app.map.FitWorld();
        ImGui::EndMenu();
    }
    if (!app.datasetErrors.empty() && ImGui::MenuItem("Dataset problems")) app.showDatasetErrors = true;
    ImGui::EndMenuBar();
}

// [SECTION] Instrument list, status bar, dataset problems
void DrawInstrumentList(AppState& app) {
    if (!app.dataset) {
        ImGui::TextWrapped("No dataset loaded. The map shows UN M49 regions.");
        return;
    }
    const struct {
        InstrumentKind kind;
        const char* title;
    } groups[] = {{InstrumentKind::Treaty, "Treaties"}, {InstrumentKind::Forum, "Forums"},
                  {InstrumentKind::Program, "Programmes"}, {InstrumentKind::Assessment, "Assessments"}};
    for (const auto& g : groups) {
        if (!ImGui::CollapsingHeader(g.title, ImGuiTreeNodeFlags_DefaultOpen)) continue;
        for (size_t i = 0; i < app.dataset->instruments.size(); ++i) {
            const Instrument& inst = app.dataset->instruments[i];
            if (inst.kind != g.kind || !app.request.instruments.Accepts(inst)) continue;
            const bool selected = app.timeline.InstrumentIndex() == static_cast<int>(i);
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(inst.shortName.empty() ? inst.name.c_str() : inst.shortName.c_str(), selected)) {
                app.timeline.SelectInstrument(static_cast<int>(i));
                app.coloursDirty = true;
            }
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
                ImGui::TextUnformatted(inst.name.c_str());
                if (!inst.coverage.note.empty()) ImGui::TextDisabled("%s", inst.coverage.note.c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::PopID();
        }
    }
}

void DrawStatusBar(AppState& app) {
    const int hovered = app.map.HoveredCountry();
    if (hovered >= 0 && app.document) {
        const auto& c = app.document->countries.countries[static_cast<size_t>(hovered)];
        std::string line = c.name + " (" + c.key + ")";
        if (!c.region.empty()) line.append(" - ").append(c.region);
        line.append("  (click for its profile)");
        ImGui::TextUnformatted(line.c_str());
    } else {
        ImGui::TextUnformatted(app.status.c_str());
    }
}

void DrawDatasetErrors(AppState& app) {
    if (!app.showDatasetErrors || app.datasetErrors.empty()) return;
    ImGui::SetNextWindowSize(ImVec2(700 * app.contentScale, 300 * app.contentScale), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Dataset problems", &app.showDatasetErrors)) {
        ImGui::TextWrapped("The dataset was refused; the map keeps the last good data.");
        for (const auto& e : app.datasetErrors) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", e.ToString().c_str());
        }
    }
    ImGui::End();
}

// A slide that cannot be shown covers the whole map with a card saying why: a projector never shows
// the previous slide's map under this slide's title.
static void DrawSlideErrorCard(const AppState& app, ImVec2 pos, ImVec2 size) {
    const OverlayInk ink = OverlayInkFor(app.theme);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), ink.card);
    const float wrap = size.x * 0.8f;
    const ImVec2 text = ImGui::CalcTextSize(app.slideError.c_str(), nullptr, false, wrap);
    draw->AddText(nullptr, 0.0f, ImVec2(pos.x + (size.x - text.x) / 2, pos.y + (size.y - text.y) / 2), ink.cardText,
                  app.slideError.c_str(), nullptr, wrap);
}

// [SECTION] Map with overlay; explorer and presentation frames


void DrawMapWithOverlay(AppState& app, float width, float height, float framebufferScale) {
    const float scale = ImGui::GetFontSize() / 17.0f;  // the scale the fonts were built for
    app.map.Draw("map", width, height, framebufferScale, scale);
    const ImVec2 mapMin = ImGui::GetItemRectMin(), mapMax = ImGui::GetItemRectMax();
    if (app.map.ClickedCountry() >= 0) app.profileCountry = app.map.ClickedCountry();
    // A country found by search is ringed for a few seconds.
    if (app.highlightCountry >= 0 && ImGui::GetTime() < app.highlightUntil && app.document) {
        const LonLat label = app.document->countries.countries[static_cast<size_t>(app.highlightCountry)].label;
        const Vec2 s = app.map.View().ProjectedToScreen(Project(app.map.Projection(), label));
        const ImVec2 at(mapMin.x + static_cast<float>(s.x / framebufferScale), mapMin.y + static_cast<float>(s.y / framebufferScale));
        ImGui::GetWindowDrawList()->AddCircle(at, 14 * scale, IM_COL32(220, 40, 40, 255), 0, 3 * scale);
    }
    const bool hasView = app.dataset && !app.view.colours.empty();
    if (hasView) {
        OverlayContent content = OverlayForView(app.timeline, *app.dataset, app.request, app.view, CaptionDays(app));
        content.theme = app.theme;
        content.compact = !app.presentation;
        // A storyboard slide's own title and caption replace the generated ones.
        if (app.slideActive && app.presentation && app.deck.Current() < app.story.slides.size()) {
            const Slide& slide = app.story.slides[app.deck.Current()];
            if (!slide.title.empty()) content.title = slide.title;
            if (!slide.caption.empty()) content.caption = slide.caption;
        }
        if (app.presentation && app.timeline.SelectedInstrument())
            content.sourceLine = SourceLineFor(*app.dataset, *app.timeline.SelectedInstrument());
        DrawMapOverlay(ImGui::GetWindowDrawList(), mapMin.x, mapMin.y, mapMax.x, mapMax.y, content, app.fonts, scale);
    }
    // Hover: country, status and date in the current view, with the source's short name.
    // (Not in presentation mode: a pointer left on the map must not cover a projected slide.)
    const int hovered = app.map.HoveredCountry();
    if (hovered >= 0 && app.document && !app.presentation) {
        ImGui::BeginTooltip();
        if (hasView) {
            for (const std::string& line :
                 DescribeCountryInView(*app.dataset, app.document->countries, app.request, app.view, hovered))
                ImGui::TextUnformatted(line.c_str());
        } else {
            ImGui::TextUnformatted(app.document->countries.countries[static_cast<size_t>(hovered)].name.c_str());
        }
        ImGui::EndTooltip();
    }
}

void DrawExplorer(AppState& app, float framebufferScale) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("engagemap", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
    DrawMenuBar(app);
    const float scale = ImGui::GetFontSize() / 17.0f;
    const float statusHeight = ImGui::GetFrameHeightWithSpacing();
    const bool hasTimeline = app.timeline.SelectedInstrument() != nullptr;
    const float chartHeight = 90.0f * scale;
    const float timelineHeight =
        hasTimeline ? ImGui::GetFrameHeightWithSpacing() + 60.0f * scale + chartHeight + 12 * scale : 0;
    const float mapHeight = ImGui::GetContentRegionAvail().y - statusHeight - timelineHeight;

    ImGui::BeginChild("instruments", ImVec2(300 * scale, mapHeight), true);
    if (DrawViewPanel(app)) app.coloursDirty = true;
    ImGui::Separator();
    DrawInstrumentList(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginGroup();
    DrawMapWithOverlay(app, 0, mapHeight, framebufferScale);
    ImGui::EndGroup();
    if (hasTimeline) {
        app.timelinePanel.Draw(app.timeline, scale);
        app.chart.Draw(app.timeline, chartHeight, scale);
    }
    DrawStatusBar(app);
    ImGui::End();
    DrawDatasetErrors(app);
    DrawCountryProfileWindow(app);
    DrawStoryPanel(app);
    DrawVideoDialog(app);
}

void DrawPresentation(AppState& app, float framebufferScale) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("presentation", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    DrawMapWithOverlay(app, viewport->Size.x, viewport->Size.y, framebufferScale);
    if (!app.slideError.empty()) DrawSlideErrorCard(app, viewport->Pos, viewport->Size);
    ImGui::End();
    ImGui::PopStyleVar(2);
    DrawDatasetErrors(app);
}

}  // namespace engagemap
