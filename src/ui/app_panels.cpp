// [SECTION] Menu bar
// [SECTION] Instrument list, status bar, dataset problems
// [SECTION] Map with overlay; explorer and presentation frames

#include "ui/app_panels.hpp"

#include <imgui.h>

#include <cmath>
#include <optional>

#include "core/io/output_names.hpp"
#include "core/io/png_image.hpp"
#include "render/headless_export.hpp"
#include "core/filter/country_profile.hpp"
#include "core/filter/bilateral_view.hpp"
#include "core/filter/region_filter.hpp"
#include "core/filter/view_table.hpp"
#include "ui/country_profile_window.hpp"
#include "core/geo/land_mask.hpp"
#include "ui/map_overlay.hpp"
#include "ui/presentation_chrome.hpp"
#include "ui/story_panel.hpp"
#include "ui/table_panel.hpp"
#include "ui/video_dialog.hpp"
#include "ui/view_panel.hpp"
#include "ui/window_labels.hpp"
#include "export/timeline_export.hpp"
#include "export/vector_export.hpp"

namespace engagemap {
namespace {

constexpr int kCaptionDays = 120;  // a milestone's caption stays this many timeline days when paused

// While playing, a caption stays about 2.5 s of wall time, however fast the timeline runs.
int CaptionDays(const AppState& app) {
    const auto& c = app.explorer.timeline.Controller();
    return c.Playing() ? std::max(kCaptionDays, static_cast<int>(c.DaysPerSecond() * 2.5)) : kCaptionDays;
}

// File > Export PNG: exactly the shown view (CurrentViewState: kind, instruments, filters, options,
// projection, camera, theme) at the shown date, at 3840x2160.
void ExportCurrentView(AppState& app) {
    const TimelineExportOptions tex = ExportOptionsForCurrentView(app, 3840, 2160);
    ExportOptions ex = tex.map;
    ex.colours = app.explorer.colours;  // the base map as shown (theme colours)
    RgbaImage image;
    std::string error;
    bool ok;
    // The window's context is current: render offscreen with it.
    if (app.session.dataset && !app.explorer.view.colours.empty()) {
        ok = RenderTimelineImage(*app.session.document, *app.session.dataset, tex, image, &error);
    } else {
        ok = RenderMapImage(*app.session.document, ex, image, &error);
    }
    // Named after the view, never over an earlier export (written atomically by WritePng).
    const std::string path = FirstFreePath(app.exportDir, ExportStem(app), ".png");
    if (ok && WritePng(path, image, &error)) app.status = "Exported " + path;
    else app.status = "Export failed: " + error;
}

// File > Export SVG / PDF: the shown view as a vector picture (1920x1080 units: text sized as in a
// 1080p export), named like the PNG.
void ExportCurrentViewVector(AppState& app, const char* extension) {
    const TimelineExportOptions tex = ExportOptionsForCurrentView(app, 1920, 1080);
    const std::string path = FirstFreePath(app.exportDir, ExportStem(app), extension);
    std::string error;
    app.status = ExportTimelineVector(*app.session.document, *app.session.dataset, {tex}, path, &error)
                     ? "Exported " + path
                     : "Export failed: " + error;
}

// File > Export slides as PDF: the storyboard as a handout, one page per slide.
void ExportStoryHandout(AppState& app) {
    ExportOptions map;
    map.width = 1920;
    map.height = 1080;
    map.style = app.map.Style();
    std::vector<TimelineExportOptions> pages;
    for (const Slide& slide : app.session.story.slides)
        pages.push_back(StillOptionsForSlide(slide, map, LatestDatasetDate(*app.session.dataset)));
    const std::string stem = FileStem(app.session.story.title.empty() ? "storyboard" : app.session.story.title);
    const std::string path = FirstFreePath(app.exportDir, stem, ".pdf");
    std::string error;
    app.status = ExportTimelineVector(*app.session.document, *app.session.dataset, pages, path, &error)
                     ? "Exported " + path + " (" + std::to_string(pages.size()) + " pages)"
                     : "Export failed: " + error;
}

// A country chosen in the search box: fly to it, ring it for 3 s, open its profile.
void ApplyCountrySearch(AppState& app, int found, double nowSeconds) {
    Explorer& explorer = app.explorer;
    app.map.FlyTo(found);
    explorer.highlightCountry = found;
    explorer.highlightUntil = nowSeconds + 3.0;
    explorer.profileCountry = found;
    app.status = app.session.document->countries.countries[static_cast<size_t>(found)].name;
}

// "Zoom to filtered area": fits the map to the main landmasses of the countries the region filter
// includes (no French Guiana or far-east Russia in a zoom to Europe).
void ZoomToFilteredArea(AppState& app) {
    if (auto box = FilteredProjectedBox(app.session.document->countries, app.explorer.view.region.included,
                                        app.map.Projection()))
        app.map.FitBox(*box);
}

// What the storyboard panel reported: slides from the current view, showing, saving, presenting.
void ApplyStoryPanelReport(AppState& app, const StoryPanelReport& report) {
    Storyboard& story = app.session.story;
    SlideDeck& deck = app.presentation.deck;
    const double now = ImGui::GetTime();
    if (report.addCurrentView) {
        const size_t at = story.slides.empty() ? 0 : deck.Current() + 1;
        const size_t index = AddSlide(story, SlideFromCurrentView(app), at);
        deck.SetCount(story.slides.size());
        deck.GoTo(index);
    }
    if (report.updateFromView && deck.Current() < story.slides.size()) {
        Slide updated = SlideFromCurrentView(app);
        const Slide& old = story.slides[deck.Current()];
        updated.title = old.title;
        updated.caption = old.caption;
        updated.notes = old.notes;
        updated.range = old.range;
        updated.playSeconds = old.playSeconds;
        if (old.range) updated.date.reset();
        UpdateSlide(story, deck.Current(), updated);
    }
    if (report.showSlide) ApplySlide(app, *report.showSlide, now);
    if (report.save) {
        if (app.session.storyPath.empty()) app.session.storyPath = DefaultStoryboardPath(app.options.datasetPath);
        std::string error;
        app.status = SaveStoryboard(app.session.storyPath, story, &error) ? "Saved " + app.session.storyPath
                                                                         : "Save failed: " + error;
    }
    if (report.present) {
        app.presentation.active = true;
        ApplySlide(app, 0, now);
    }
}

// File > Export Table tab (CSV) and the tab's button: exactly the rows shown, to a new file.
void ExportTableTab(AppState& app) {
    RefreshTableTab(app);  // the rows as they are now, even when the tab is not open
    std::string error;
    const std::string path = ExportTableTabCsv(app, &error);
    app.status = path.empty() ? "Table export failed: " + error
                              : "Wrote " + path + " (" + std::to_string(app.table.model.ShownRows().size()) + " rows)";
}

}  // namespace

// [SECTION] Menu bar
void DrawMenuBar(AppState& app) {
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("Export PNG (3840x2160)")) ExportCurrentView(app);
        const bool dataView = app.session.dataset && !app.explorer.view.colours.empty();
        if (ImGui::MenuItem("Export SVG", nullptr, false, dataView)) ExportCurrentViewVector(app, ".svg");
        if (ImGui::MenuItem("Export PDF", nullptr, false, dataView)) ExportCurrentViewVector(app, ".pdf");
        if (ImGui::MenuItem("Export slides as PDF handout", nullptr, false,
                            app.session.dataset && !app.session.story.slides.empty()))
            ExportStoryHandout(app);
        if (ImGui::MenuItem("Export table (CSV)", nullptr, false, app.session.dataset != nullptr)) {
            std::string error;
            const std::string path = FirstFreePath(app.exportDir, ExportStem(app), ".csv");
            app.status = ExportViewCsv(app, path, &error) ? "Wrote " + path : "CSV export failed: " + error;
        }
        if (ImGui::MenuItem("Export Table tab (CSV)", nullptr, false, app.session.dataset != nullptr)) ExportTableTab(app);
        if (ImGui::MenuItem("Export video (MP4 / GIF / PNG frames)...", nullptr, false, app.explorer.timeline.SelectedInstrument() != nullptr))
            app.showVideoDialog = true;
        if (ImGui::MenuItem("Reload dataset", nullptr, false, !app.options.datasetPath.empty()))
            LoadDatasetFile(app, app.options.datasetPath);
        if (ImGui::BeginMenu("Open recent storyboard", !app.session.recentStoryboards.empty())) {
            for (const std::string& path : app.session.recentStoryboards)
                if (ImGui::MenuItem(path.c_str()) && LoadStoryFile(app, path)) app.showStoryPanel = true;
            ImGui::EndMenu();
        }
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) app.requestQuit = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Presentation mode", "F5", app.presentation.active)) app.presentation.active = !app.presentation.active;
        if (ImGui::MenuItem("Storyboard", nullptr, app.showStoryPanel)) app.showStoryPanel = !app.showStoryPanel;
        if (ImGui::BeginMenu("Clicker steps by")) {
            const struct {
                StepMode mode;
                const char* label;
            } modes[] = {{StepMode::Event, "Event"}, {StepMode::Year, "Year"}, {StepMode::Milestone, "Milestone"}};
            for (const auto& m : modes)
                if (ImGui::MenuItem(m.label, nullptr, app.explorer.stepMode == m.mode)) app.explorer.stepMode = m.mode;
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem("Full screen", "F11")) app.toggleFullscreen = true;
        if (ImGui::MenuItem("Dark theme", nullptr, app.prefs.theme == Theme::Dark))
            SetTheme(app, app.prefs.theme == Theme::Dark ? Theme::Light : Theme::Dark);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
        float userScale = app.prefs.userScale;
        if (ImGui::SliderFloat("Text size", &userScale, 0.75f, 3.0f, "%.2fx")) app.prefs.userScale = userScale;
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
        float meridian = static_cast<float>(app.explorer.viewState.centralMeridian);
        if (ImGui::SliderFloat("Central meridian", &meridian, -180.0f, 180.0f, "%.0f°")) {
            app.explorer.viewState.centralMeridian = std::round(meridian);  // the map is recentred in RecolourMap
            app.explorer.coloursDirty = true;
        }
        DrawLabelsMenu(app);
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
    if (!app.session.datasetErrors.empty() && ImGui::MenuItem("Dataset problems")) app.session.showDatasetErrors = true;
    ImGui::EndMenuBar();
}

// [SECTION] Instrument list, status bar, dataset problems
bool DrawInstrumentList(ViewState& view, const Dataset* dataset, const ViewRequest& shownRequest) {
    bool changed = false;
    if (!dataset) {
        ImGui::TextWrapped("No dataset loaded. The map shows UN M49 regions.");
        return false;
    }
    const struct {
        InstrumentKind kind;
        const char* title;
    } groups[] = {{InstrumentKind::Treaty, "Treaties"}, {InstrumentKind::Forum, "Forums"},
                  {InstrumentKind::Program, "Programmes"}, {InstrumentKind::Assessment, "Assessments"},
                  {InstrumentKind::Bilateral, "Bilateral dialogues"}};
    for (const auto& g : groups) {
        if (!ImGui::CollapsingHeader(g.title, ImGuiTreeNodeFlags_DefaultOpen)) continue;
        for (size_t i = 0; i < dataset->instruments.size(); ++i) {
            const Instrument& inst = dataset->instruments[i];
            if (inst.kind != g.kind || !shownRequest.instruments.Accepts(inst)) continue;
            const bool selected = view.instrumentA == inst.id;
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(inst.shortName.empty() ? inst.name.c_str() : inst.shortName.c_str(), selected)) {
                view.instrumentA = inst.id;  // by id; the timeline follows (SyncTimelineToView)
                view.hub.clear();           // the new instrument's own hub
                changed = true;
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
    return changed;
}

void DrawStatusBar(const MapWidget& map, const CountrySet* countries, const std::string& status) {
    const int hovered = map.HoveredCountry();
    if (hovered >= 0 && countries) {
        const auto& c = countries->countries[static_cast<size_t>(hovered)];
        std::string line = c.name + " (" + c.key + ")";
        if (!c.region.empty()) line.append(" - ").append(c.region);
        line.append("  (click for its profile)");
        ImGui::TextUnformatted(line.c_str());
    } else {
        ImGui::TextUnformatted(status.c_str());
    }
}

void DrawDatasetErrors(bool& open, const std::vector<LoadError>& errors, float contentScale) {
    if (!open || errors.empty()) return;
    ImGui::SetNextWindowSize(ImVec2(700 * contentScale, 300 * contentScale), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Dataset problems", &open)) {
        ImGui::TextWrapped("The dataset was refused; the map keeps the last good data.");
        for (const auto& e : errors) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", e.ToString().c_str());
        }
    }
    ImGui::End();
}

// A slide that cannot be shown covers the whole map with a card saying why: a projector never shows
// the previous slide's map under this slide's title.
static void DrawSlideErrorCard(const AppState& app, ImVec2 pos, ImVec2 size) {
    const OverlayInk ink = OverlayInkFor(app.prefs.theme);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), IM_COL32(ink.card.r, ink.card.g, ink.card.b, ink.card.a));
    const float wrap = size.x * 0.8f;
    const ImVec2 text = ImGui::CalcTextSize(app.presentation.slideError.c_str(), nullptr, false, wrap);
    draw->AddText(nullptr, 0.0f, ImVec2(pos.x + (size.x - text.x) / 2, pos.y + (size.y - text.y) / 2),
                  IM_COL32(ink.cardText.r, ink.cardText.g, ink.cardText.b, ink.cardText.a),
                  app.presentation.slideError.c_str(), nullptr, wrap);
}

// [SECTION] Map with overlay; explorer and presentation frames


// A clicker step's caption (top centre, fading out) and the brief outlines of the countries it changed.
static void DrawStepFeedback(const AppState& app, ScreenRect rect, float framebufferScale, float scale) {
    const Explorer& explorer = app.explorer;
    const double now = ImGui::GetTime();
    ImDrawList* list = ImGui::GetWindowDrawList();
    if (now < explorer.stepOutlineUntil && app.session.document)
        DrawCountryOutlines(list, rect, app.session.document->countries, explorer.stepOutline, app.map.View(),
                            app.map.Projection(), framebufferScale,
                            static_cast<float>(std::min(1.0, (explorer.stepOutlineUntil - now) / 0.5)), scale);
    if (now < explorer.stepCaptionUntil)
        DrawStepCaption(list, rect, explorer.stepCaption,
                        static_cast<float>(std::min(1.0, (explorer.stepCaptionUntil - now) / 0.5)), app.prefs.fonts, scale);
}

// The overlay's text for the window's current view (a slide's title and caption replace the
// generated ones in presentation mode).
static OverlayContent WindowOverlayContent(const AppState& app) {
    OverlayContent content = OverlayForView(app.explorer.timeline, *app.session.dataset, app.explorer.request, app.explorer.view, CaptionDays(app));
    content.theme = app.prefs.theme;
    if (app.presentation.slideActive && app.presentation.active && app.presentation.deck.Current() < app.session.story.slides.size()) {
        const Slide& slide = app.session.story.slides[app.presentation.deck.Current()];
        if (!slide.title.empty()) content.title = slide.title;
        if (!slide.caption.empty()) content.caption = slide.caption;
    }
    if (app.presentation.active && app.explorer.timeline.SelectedInstrument())
        content.footnote = SourceLineFor(*app.session.dataset, *app.explorer.timeline.SelectedInstrument());
    return content;
}

static OverlayOptions WindowOverlayOptions(const AppState& app, float scale) {
    OverlayOptions options;
    options.uiScale = scale;
    options.legend = app.explorer.viewState.legend;
    options.showFootnote = app.explorer.viewState.footnote;
    if (app.presentation.active) {
        // Sized for the room, as an export of the window's size (scale = height / 1080).
        options.type = PresentationTypeScale(app);
    } else {
        options.type = ExplorerTypeScale(scale);
        options.legendMaxWidthFraction = 0.28f;  // the explorer's narrower card
        // Auto in the explorer: a desk window's map has no free ocean for a card at a readable
        // size (it sat on Argentina and Chile, the title on Canada), so the legend and the title
        // block go into a band below the map, which shrinks to leave it.
        if (options.legend == LegendPlacement::Auto) {
            options.legend = LegendPlacement::Outside;
            options.headerInBand = true;
        }
    }
    options.autoMayGoOutside = false;  // the widget's map does not shrink by itself: Outside only when asked
    return options;
}

void DrawMapWithOverlay(AppState& app, float width, float height, float framebufferScale) {
    const float scale = ImGui::GetFontSize() / 17.0f;  // the scale the fonts were built for
    const bool hasView = app.session.dataset && !app.explorer.view.colours.empty();
    const ImVec2 origin = ImGui::GetCursorScreenPos(), avail = ImGui::GetContentRegionAvail();
    const float fullW = width > 0 ? width : avail.x, fullH = height > 0 ? height : avail.y;
    // Outside: the band below the map is laid out first and the map widget takes the rest.
    std::optional<OverlayScene> outside;
    if (hasView && WindowOverlayOptions(app, scale).legend == LegendPlacement::Outside) {
        const OverlayOptions options = WindowOverlayOptions(app, scale);
        OverlayContent content = WindowOverlayContent(app);
        content.labels = WindowLabelCandidates(app, options.type, framebufferScale, scale);
        outside = BuildOverlayScene(static_cast<int>(fullW), static_cast<int>(fullH), content, options,
                                    ImGuiTextMeasure(app.prefs.fonts));
        app.map.Draw("map", fullW, std::max(1.0f, outside->mapArea.Height()), framebufferScale, scale);
    } else {
        app.map.Draw("map", width, height, framebufferScale, scale);
    }
    const ImVec2 mapMin = ImGui::GetItemRectMin(), mapMax = ImGui::GetItemRectMax();
    if (app.map.ClickedCountry() >= 0) app.explorer.profileCountry = app.map.ClickedCountry();
    // A country found by search is ringed for a few seconds.
    if (app.explorer.highlightCountry >= 0 && ImGui::GetTime() < app.explorer.highlightUntil && app.session.document) {
        const LonLat label = app.session.document->countries.countries[static_cast<size_t>(app.explorer.highlightCountry)].label;
        const Vec2 s = app.map.View().ProjectedToScreen(Project(app.map.Projection(), label));
        const ImVec2 at(mapMin.x + static_cast<float>(s.x / framebufferScale), mapMin.y + static_cast<float>(s.y / framebufferScale));
        ImGui::GetWindowDrawList()->AddCircle(at, 14 * scale, IM_COL32(220, 40, 40, 255), 0, 3 * scale);
    }
    if (outside) {
        PaintOverlayScene(ImGui::GetWindowDrawList(), origin.x, origin.y, *outside, app.prefs.fonts);
    } else if (hasView) {
        OverlayOptions options = WindowOverlayOptions(app, scale);
        LandMask land;
        if (options.legend == LegendPlacement::Auto) {
            land = BuildLandMask(app.map.Projected(), app.map.View(), ViewSubjectCountries(app.explorer.view),
                                 LandMaskCellFor(mapMax.y - mapMin.y) * framebufferScale);
            land.cellPx /= framebufferScale;  // the view is in framebuffer pixels, the overlay in logical ones
            options.land = &land;
        }
        OverlayContent content = WindowOverlayContent(app);
        content.labels = WindowLabelCandidates(app, options.type, framebufferScale, scale);
        DrawMapOverlay(ImGui::GetWindowDrawList(), mapMin.x, mapMin.y, mapMax.x, mapMax.y, content, options,
                       app.prefs.fonts);
    }
    if (!(app.presentation.active && app.presentation.slideActive))
        DrawStepFeedback(app, ScreenRect{mapMin.x, mapMin.y, mapMax.x, mapMax.y}, framebufferScale, scale);
    // Hover: country, status and date in the current view, with the source's short name.
    // (Not in presentation mode: a pointer left on the map must not cover a projected slide.)
    const int hovered = app.map.HoveredCountry();
    // Hover of an arc's line (a bilateral view): the pair's dialogues, launch dates, meetings, status
    // and sources, as hovering the partner gives (also for group partners such as the EU).
    if (hovered < 0 && hasView && !app.explorer.view.arcs.empty() && !app.presentation.active &&
        ImGui::IsWindowHovered() && app.explorer.request.instrument >= 0 &&
        ImGui::IsMouseHoveringRect(mapMin, mapMax)) {
        const ImVec2 mouse = ImGui::GetMousePos();
        const Vec2 px{(mouse.x - mapMin.x) * framebufferScale, (mouse.y - mapMin.y) * framebufferScale};
        const int arc = ArcNearPoint(app.explorer.view.arcs, app.map.Projection(), app.map.View(), px, 5.0 * scale * framebufferScale);
        if (arc >= 0) {
            const Instrument& in = app.session.dataset->instruments[static_cast<size_t>(app.explorer.request.instrument)];
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(
                DescribeArc(*app.session.dataset, in, app.explorer.view.arcs[static_cast<size_t>(arc)], app.explorer.request.date).c_str());
            ImGui::EndTooltip();
        }
    }
    if (hovered >= 0 && app.session.document && !app.presentation.active) {
        ImGui::BeginTooltip();
        if (hasView) {
            for (const std::string& line :
                 DescribeCountryInView(*app.session.dataset, app.session.document->countries, app.explorer.request, app.explorer.view, hovered))
                ImGui::TextUnformatted(line.c_str());
        } else {
            ImGui::TextUnformatted(app.session.document->countries.countries[static_cast<size_t>(hovered)].name.c_str());
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
    const bool hasTimeline = app.explorer.timeline.SelectedInstrument() != nullptr;
    // The chart under the map: a sixth of the window, at least enough for legend and three ticks.
    const float chartHeight = std::clamp(ImGui::GetContentRegionAvail().y * 0.17f, 110.0f * scale, 220.0f * scale);
    const float timelineHeight =
        hasTimeline ? ImGui::GetFrameHeightWithSpacing() + 60.0f * scale + chartHeight + 12 * scale : 0;
    const float mapHeight = ImGui::GetContentRegionAvail().y - statusHeight - timelineHeight;

    ImGui::BeginChild("instruments", ImVec2(300 * scale, mapHeight), true);
    Explorer& explorer = app.explorer;
    if (app.session.document) {
        const CountrySet& countries = app.session.document->countries;
        const std::vector<int> found = CountrySuggestions(countries, explorer.search);
        std::vector<std::string> names;
        for (int i : found) names.push_back(countries.countries[static_cast<size_t>(i)].name);
        const int chosen = DrawCountrySearch(explorer.search, names);
        if (chosen >= 0) ApplyCountrySearch(app, found[static_cast<size_t>(chosen)], ImGui::GetTime());
        const ViewPanelReport report = DrawViewPanel(explorer.viewState, app.session.dataset.get(),
                                                     app.session.document->countries, explorer.request, explorer.view);
        if (report.viewChanged) explorer.coloursDirty = true;
        if (report.zoomToFiltered) ZoomToFilteredArea(app);
    }
    ImGui::Separator();
    if (DrawInstrumentList(explorer.viewState, app.session.dataset.get(), explorer.request)) {
        SyncTimelineToView(explorer);
        explorer.coloursDirty = true;
    }
    ImGui::EndChild();
    ImGui::SameLine();
    // The country profile docks at the right of the map while a country is chosen.
    const bool profileOpen = app.explorer.profileCountry >= 0 && app.session.dataset && app.session.document;
    const float profileWidth =
        profileOpen ? std::clamp(ImGui::GetContentRegionAvail().x * 0.36f, 360.0f * scale, 640.0f * scale) : 0.0f;
    const float mainWidth = ImGui::GetContentRegionAvail().x - (profileOpen ? profileWidth + ImGui::GetStyle().ItemSpacing.x : 0.0f);
    ImGui::BeginChild("map-and-table", ImVec2(mainWidth, mapHeight), false, ImGuiWindowFlags_NoScrollbar);
    // Map and Table tabs (as Our World in Data's grapher has): the table mirrors the map's view.
    if (ImGui::BeginTabBar("map-or-table")) {
        const float tabHeight = mapHeight - ImGui::GetFrameHeightWithSpacing();
        const ImGuiTabItemFlags tableFlags = app.selectTableTab ? ImGuiTabItemFlags_SetSelected : 0;
        app.selectTableTab = false;
        if (ImGui::BeginTabItem("Map")) {
            DrawMapWithOverlay(app, 0, tabHeight, framebufferScale);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Table", nullptr, tableFlags)) {
            RefreshTableTab(app);
            if (DrawTablePanel(app.table, tabHeight).exportCsv) ExportTableTab(app);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::EndChild();
    if (profileOpen) {
        ImGui::SameLine();
        DrawCountryProfilePanel(app.explorer.profileCountry, app.session.dataset.get(), &app.session.document->countries,
                                InstrumentsShownInView(*app.session.dataset, app.explorer.request), profileWidth, mapHeight);
    }
    if (hasTimeline) {
        app.timelinePanel.Draw(app.explorer.timeline, scale);
        app.chart.Draw(app.explorer.timeline, chartHeight, scale);
    }
    DrawStatusBar(app.map, app.session.document ? &app.session.document->countries : nullptr, app.status);
    ImGui::End();
    DrawDatasetErrors(app.session.showDatasetErrors, app.session.datasetErrors, app.prefs.contentScale);
    if (app.showStoryPanel) {
        Session& session = app.session;
        std::vector<std::string> problems;
        for (const Slide& slide : session.story.slides) problems.push_back(SlideProblem(app, slide));
        ApplyStoryPanelReport(app, DrawStoryPanel(app.showStoryPanel, session.story, app.presentation.deck,
                                                  session.storyPath, problems, explorer.timeline.Controller()));
    }
    ApplyVideoDialogReport(app, DrawVideoDialog(app.showVideoDialog, app.videoJob.get(), explorer.timeline.Controller(),
                                                ExportStem(app)));
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
    if (!app.presentation.slideError.empty()) DrawSlideErrorCard(app, viewport->Pos, viewport->Size);
    const ScreenRect screen{viewport->Pos.x, viewport->Pos.y, viewport->Pos.x + viewport->Size.x,
                            viewport->Pos.y + viewport->Size.y};
    const float scale = ImGui::GetFontSize() / 17.0f;
    ImDrawList* list = ImGui::GetWindowDrawList();
    const Presentation& p = app.presentation;
    if (!app.session.story.slides.empty() && p.deck.Current() < app.session.story.slides.size()) {
        if (p.showCounter) DrawSlideProgress(list, screen, p.deck, app.prefs.theme, app.prefs.fonts, scale);
        if (p.showNotes)
            DrawNotesCard(list, screen, app.session.story.slides[p.deck.Current()].notes, app.prefs.theme, app.prefs.fonts, scale);
    }
    DrawScreenCover(list, screen, p.cover);  // last: hides everything, the cards too
    ImGui::End();
    ImGui::PopStyleVar(2);
    DrawDatasetErrors(app.session.showDatasetErrors, app.session.datasetErrors, app.prefs.contentScale);
}

}  // namespace engagemap
