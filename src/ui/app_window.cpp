// [SECTION] App state and loading
// [SECTION] Panels: menu bar, instrument list, status bar, dataset problems
// [SECTION] GLFW + ImGui set-up
// [SECTION] Main loop
#include "ui/app_window.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>

#include "core/app/map_document.hpp"
#include "core/data/dataset_loader.hpp"
#include "core/io/file_watcher.hpp"
#include "core/io/png_image.hpp"
#include "core/timeline/instrument_timeline.hpp"
#include "render/headless_export.hpp"
#include "ui/cumulative_chart.hpp"
#include "ui/fonts.hpp"
#include "ui/map_overlay.hpp"
#include "ui/map_widget.hpp"
#include "ui/timeline_export.hpp"
#include "ui/timeline_panel.hpp"

namespace engagemap {
namespace {

// [SECTION] App state and loading
// Everything the UI shows, owned here; panels read it and call methods on the models.
struct AppState {
    AppWindowOptions options;
    std::unique_ptr<MapDocument> document;
    std::unique_ptr<Dataset> dataset;
    std::vector<LoadError> datasetErrors;  // of the last load attempt; the old data stays
    bool showDatasetErrors = false;
    FileWatcher datasetWatcher;            // hot reload when the dataset file changes on disk
    InstrumentTimeline timeline;
    TimelinePanel timelinePanel;
    CumulativeChart chart;
    MapWidget map;
    AppFonts fonts;
    float scale = 1.0f;
    std::string status;        // last message for the status bar
    std::string exportPath = "engagemap-export.png";
    bool requestQuit = false;
    bool coloursDirty = true;
};

constexpr double kFadeSeconds = 0.25;   // status changes fade in a quarter second
constexpr int kCaptionDays = 120;       // a milestone's caption stays on the map this long (timeline days)

void RecolourMap(AppState& app, bool fade) {
    if (!app.document) return;
    if (app.timeline.SelectedInstrument())
        app.document->colours = app.timeline.Colours(app.map.Style().land);
    else
        app.document->colours.clear();
    if (fade) app.map.FadeToColours(kFadeSeconds);
    else app.map.ColoursChanged();
    app.coloursDirty = false;
}

void LoadDatasetFile(AppState& app, const std::string& path) {
    std::set<std::string> known;
    for (const auto& c : app.document->countries.countries) known.insert(c.key);
    DatasetLoadOptions options;
    options.knownCountries = &known;
    DatasetLoadResult result = LoadDataset(path, options);
    app.datasetErrors = result.errors;
    if (!result.Ok()) {
        app.showDatasetErrors = true;
        app.status = path + ": " + std::to_string(result.errors.size()) + " error(s); keeping the previous data";
        for (const auto& e : result.errors) std::fprintf(stderr, "engagemap: %s\n", e.ToString().c_str());
        return;
    }
    // Swap in the new data; the timeline keeps its instrument (by id) and date.
    auto dataset = std::make_unique<Dataset>(std::move(result.dataset));
    app.timeline.SetData(dataset.get(), &app.document->countries);
    app.dataset = std::move(dataset);
    app.showDatasetErrors = false;
    app.status = "Loaded " + std::to_string(app.dataset->instruments.size()) + " instruments from " + path;
    app.coloursDirty = true;
}

void SwitchLayer(AppState& app, const std::string& layer) {
    GeodataOptions geo = app.options.geodata;
    geo.layer = layer;
    std::vector<LoadError> errors;
    auto doc = LoadMapDocument(geo, &errors);
    if (!doc) {
        app.status = errors.empty() ? "cannot load " + layer : errors.front().ToString();
        return;  // keep the current document
    }
    app.options.geodata = geo;
    app.document = std::move(doc);
    app.map.SetDocument(app.document.get());
    app.timeline.SetData(app.dataset.get(), &app.document->countries);
    app.coloursDirty = true;
    app.status = "Loaded " + std::to_string(app.document->countries.countries.size()) + " countries from " + layer;
}

// [SECTION] Panels: menu bar, instrument list, status bar, dataset problems
void DrawMenuBar(AppState& app) {
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("Export PNG (3840x2160)")) {
            ExportOptions ex;
            ex.width = 3840;
            ex.height = 2160;
            ex.projection = app.map.Projection();
            ex.style = app.map.Style();
            RgbaImage image;
            std::string error;
            bool ok;
            // The window's context is current: render offscreen with it.
            if (app.dataset && app.timeline.SelectedInstrument()) {
                TimelineExportOptions tex;
                tex.map = ex;
                tex.instrumentId = app.timeline.SelectedInstrument()->id;
                tex.date = app.timeline.Controller().Date();
                ok = RenderTimelineImage(*app.document, *app.dataset, tex, image, &error);
            } else {
                ok = RenderMapImage(*app.document, ex, image, &error);
            }
            if (ok && WritePng(app.exportPath, image, &error)) app.status = "Exported " + app.exportPath;
            else app.status = "Export failed: " + error;
        }
        if (ImGui::MenuItem("Reload dataset", nullptr, false, !app.options.datasetPath.empty()))
            LoadDatasetFile(app, app.options.datasetPath);
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) app.requestQuit = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
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

void DrawInstrumentList(AppState& app) {
    if (!app.dataset) {
        ImGui::TextWrapped("No dataset loaded. The map shows UN M49 regions.");
        return;
    }
    const struct {
        InstrumentKind kind;
        const char* title;
    } groups[] = {{InstrumentKind::Treaty, "Treaties"}, {InstrumentKind::Forum, "Forums"},
                  {InstrumentKind::Program, "Programmes"}};
    for (const auto& g : groups) {
        if (!ImGui::CollapsingHeader(g.title, ImGuiTreeNodeFlags_DefaultOpen)) continue;
        for (size_t i = 0; i < app.dataset->instruments.size(); ++i) {
            const Instrument& inst = app.dataset->instruments[i];
            if (inst.kind != g.kind) continue;
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
        if (!c.region.empty()) line += " - " + c.region;
        if (const Instrument* inst = app.timeline.SelectedInstrument()) {
            const auto statuses = app.timeline.Statuses();
            if (static_cast<size_t>(hovered) < statuses.size())
                line += " - " + inst->id + ": " + DescribeStatus(statuses[static_cast<size_t>(hovered)]);
        }
        ImGui::TextUnformatted(line.c_str());
    } else {
        ImGui::TextUnformatted(app.status.c_str());
    }
}

void DrawDatasetErrors(AppState& app) {
    if (!app.showDatasetErrors || app.datasetErrors.empty()) return;
    ImGui::SetNextWindowSize(ImVec2(700 * app.scale, 300 * app.scale), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Dataset problems", &app.showDatasetErrors)) {
        ImGui::TextWrapped("The dataset was refused; the map keeps the last good data.");
        for (const auto& e : app.datasetErrors) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", e.ToString().c_str());
        }
    }
    ImGui::End();
}

void GlfwErrorCallback(int code, const char* description) {
    std::fprintf(stderr, "engagemap: GLFW error %d: %s\n", code, description);
}

void WriteScreenshot(int width, int height, const std::string& path) {
    RgbaImage shot;
    shot.width = width;
    shot.height = height;
    shot.pixels.resize(static_cast<size_t>(width) * height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, shot.pixels.data());
    const size_t row = static_cast<size_t>(width) * 4;
    for (int y = 0; y < height / 2; ++y)
        std::swap_ranges(shot.pixels.begin() + row * y, shot.pixels.begin() + row * (y + 1),
                         shot.pixels.begin() + row * (height - 1 - y));
    std::string error;
    if (!WritePng(path, shot, &error)) std::fprintf(stderr, "engagemap: screenshot failed: %s\n", error.c_str());
}

}  // namespace

bool HasDisplay() {
    const char* display = std::getenv("DISPLAY");
    return display && *display;
}

// [SECTION] GLFW + ImGui set-up
int RunAppWindow(const AppWindowOptions& options) {
    if (!HasDisplay()) {
        std::fprintf(stderr,
                     "engagemap: no display (DISPLAY is not set), so no window can open.\n"
                     "  Render the map headless instead:  engagemap --export map.png --size 3840x2160\n"
                     "  or run under a virtual display:    xvfb-run -s '-screen 0 1920x1080x24' engagemap\n");
        return 2;
    }
    auto appOwner = std::make_unique<AppState>();  // destroyed before the GL context goes away
    AppState& app = *appOwner;
    app.options = options;
    {
        std::vector<LoadError> errors;
        app.document = LoadMapDocument(options.geodata, &errors);
        if (!app.document) {
            for (const auto& e : errors) std::fprintf(stderr, "engagemap: %s\n", e.ToString().c_str());
            return 1;
        }
        for (const auto& w : app.document->warnings) std::fprintf(stderr, "engagemap: warning: %s\n", w.ToString().c_str());
    }
    if (!options.datasetPath.empty()) {
        LoadDatasetFile(app, options.datasetPath);
        if (app.dataset) {
            const std::string id = options.instrumentId.empty() ? "budapest" : options.instrumentId;
            if (!app.timeline.SelectInstrument(id) && !options.instrumentId.empty())
                std::fprintf(stderr, "engagemap: unknown instrument '%s'\n", id.c_str());
            if (auto date = ParseCivilDate(options.date)) app.timeline.Controller().SetDate(*date);
        }
    }

    glfwSetErrorCallback(GlfwErrorCallback);
    if (!glfwInit()) {
        std::fprintf(stderr, "engagemap: cannot initialise GLFW (is the X display reachable?)\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    GLFWmonitor* monitor = options.fullscreen ? glfwGetPrimaryMonitor() : nullptr;
    int width = options.width, height = options.height;
    if (monitor) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        width = mode->width;
        height = mode->height;
    }
    GLFWwindow* window = glfwCreateWindow(width, height, "engagemap", monitor, nullptr);
    if (!window) {
        std::fprintf(stderr, "engagemap: cannot create an OpenGL 3.3 core window\n");
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    if (!gladLoadGL(glfwGetProcAddress)) {
        std::fprintf(stderr, "engagemap: cannot load OpenGL functions\n");
        glfwDestroyWindow(window);
        glfwTerminate();
        return 1;
    }
    {
        float sx = 1, sy = 1;
        glfwGetWindowContentScale(window, &sx, &sy);
        app.scale = std::max(1.0f, std::max(sx, sy));
    }
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    ImGui::StyleColorsLight();
    ImGui::GetStyle().ScaleAllSizes(app.scale);
    app.fonts = LoadAppFonts(io, app.scale);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    std::string error;
    if (!app.map.Init(&error)) {
        std::fprintf(stderr, "engagemap: %s\n", error.c_str());
        return 1;
    }
    app.map.SetProjection(options.projection);
    app.map.SetDocument(app.document.get());
    if (!options.datasetPath.empty()) app.datasetWatcher.Watch(options.datasetPath, ImGui::GetTime());
    if (app.status.empty())
        app.status = std::to_string(app.document->countries.countries.size()) + " countries from " +
                     app.options.geodata.path + " (" + app.options.geodata.layer + ")";

    // [SECTION] Main loop
    int frame = 0;
    std::int64_t shownDay = app.timeline.Controller().CurrentDay();
    while (!glfwWindowShouldClose(window) && !app.requestQuit) {
        glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q)) app.requestQuit = true;

        // Models first: a changed dataset file, keys and the play clock; the map follows.
        app.map.SetClock(ImGui::GetTime());
        if (app.datasetWatcher.Poll(ImGui::GetTime())) {
            LoadDatasetFile(app, app.options.datasetPath);
            if (app.datasetErrors.empty()) app.status = "Reloaded " + app.options.datasetPath;
        }
        if (app.timeline.SelectedInstrument()) {
            app.timelinePanel.HandleKeys(app.timeline);
            app.timeline.Controller().Advance(io.DeltaTime);
        }

        const ImGuiViewport* viewport = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(viewport->WorkPos);
        ImGui::SetNextWindowSize(viewport->WorkSize);
        ImGui::Begin("engagemap", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar |
                         ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
        DrawMenuBar(app);
        const float statusHeight = ImGui::GetFrameHeightWithSpacing();
        const bool hasTimeline = app.timeline.SelectedInstrument() != nullptr;
        const float chartHeight = 90.0f * app.scale;
        const float timelineHeight = hasTimeline ? ImGui::GetFrameHeightWithSpacing() + 60.0f * app.scale + chartHeight + 12 * app.scale : 0;
        const float mapHeight = ImGui::GetContentRegionAvail().y - statusHeight - timelineHeight;

        ImGui::BeginChild("instruments", ImVec2(260 * app.scale, mapHeight), true);
        DrawInstrumentList(app);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginGroup();
        if (app.coloursDirty || app.timeline.Controller().CurrentDay() != shownDay) {
            RecolourMap(app, !app.coloursDirty);
            shownDay = app.timeline.Controller().CurrentDay();
        }
        app.map.Draw("map", 0, mapHeight, io.DisplayFramebufferScale.x, app.scale);
        if (hasTimeline) {
            const ImVec2 mapMin = ImGui::GetItemRectMin(), mapMax = ImGui::GetItemRectMax();
            DrawMapOverlay(ImGui::GetWindowDrawList(), mapMin.x, mapMin.y, mapMax.x, mapMax.y,
                           OverlayForTimeline(app.timeline, kCaptionDays), app.fonts, app.scale);
        }
        ImGui::EndGroup();
        if (hasTimeline) {
            app.timelinePanel.Draw(app.timeline, app.scale);
            app.chart.Draw(app.timeline, chartHeight, app.scale);
        }
        DrawStatusBar(app);
        ImGui::End();
        DrawDatasetErrors(app);

        ImGui::Render();
        int fbWidth = 0, fbHeight = 0;
        glfwGetFramebufferSize(window, &fbWidth, &fbHeight);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glViewport(0, 0, fbWidth, fbHeight);
        glClearColor(0.95f, 0.95f, 0.95f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

        ++frame;
        if (options.maxFrames > 0 && frame >= options.maxFrames) {
            if (!options.screenshotPath.empty()) WriteScreenshot(fbWidth, fbHeight, options.screenshotPath);
            break;
        }
        glfwSwapBuffers(window);
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    appOwner.reset();  // release GL objects while the context is current
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}

}  // namespace engagemap
