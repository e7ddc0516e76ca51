// [SECTION] Window modes (full screen on a chosen monitor)
// [SECTION] Fonts and style rebuild
// [SECTION] GLFW + ImGui set-up
// [SECTION] Main loop
#include "ui/app_window.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>

#include "core/io/png_image.hpp"
#include "ui/app_panels.hpp"
#include "ui/app_state.hpp"
#include "ui/frame_pacing.hpp"
#include "export/timeline_export.hpp"
#include "ui/presenter_window.hpp"
#include "ui/video_dialog.hpp"
#include "export/video_export.hpp"
#include "ui/window_prefs.hpp"

namespace engagemap {
namespace {

void GlfwErrorCallback(int code, const char* description) {
    std::fprintf(stderr, "engagemap: GLFW error %d: %s\n", code, description);
}

// [SECTION] Window modes (full screen on a chosen monitor)
// Borderless full screen at the monitor's native mode; the windowed position and size are
// remembered so that switching back restores them.
struct WindowMode {
    int monitorIndex = 0;
    bool fullscreen = false;
    int x = 100, y = 100, width = 1600, height = 900;  // windowed geometry to restore
};

GLFWmonitor* MonitorAt(int index) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (count <= 0) return nullptr;
    return monitors[std::clamp(index, 0, count - 1)];
}

void SetFullscreen(GLFWwindow* window, WindowMode& mode, bool fullscreen) {
    if (fullscreen == mode.fullscreen) return;
    GLFWmonitor* monitor = MonitorAt(mode.monitorIndex);
    if (fullscreen && monitor) {
        glfwGetWindowPos(window, &mode.x, &mode.y);
        glfwGetWindowSize(window, &mode.width, &mode.height);
        const GLFWvidmode* vm = glfwGetVideoMode(monitor);
        glfwSetWindowMonitor(window, monitor, 0, 0, vm->width, vm->height, vm->refreshRate);
        mode.fullscreen = true;
    } else if (!fullscreen) {
        glfwSetWindowMonitor(window, nullptr, mode.x, mode.y, mode.width, mode.height, GLFW_DONT_CARE);
        mode.fullscreen = false;
    }
}

// [SECTION] Fonts and style rebuild
// Rebuilds the font atlas (FreeType rasterizer) and the style when the text scale changed by
// more than 2%. Must run between frames.
void RebuildFontsIfNeeded(AppState& app, float scale, const OverlayTypeScale& overlay) {
    const bool sameScale = app.prefs.fontScale > 0 && std::fabs(scale - app.prefs.fontScale) < 0.02f * app.prefs.fontScale;
    if (sameScale && app.prefs.fontOverlayType.legendPx == overlay.legendPx &&
        app.prefs.fontOverlayType.datePx == overlay.datePx)
        return;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    app.prefs.fonts = LoadAppFonts(io, scale);
    // The overlay's sizes in presentation mode (sized from the window height, as an export of the
    // window's size), so legend, title and date are drawn from fonts of exactly their size.
    AddOverlayFonts(io, overlay, app.prefs.fonts);
    AddOverlayFonts(io, ExplorerTypeScale(scale), app.prefs.fonts);  // the explorer's label sizes too
    io.Fonts->Build();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ApplyImGuiTheme(app.prefs.theme, scale);
    app.prefs.fontScale = scale;
    app.prefs.fontOverlayType = overlay;
}

// Keys presentation mode acts on (GLFW codes), in the map window or the presenter window.
constexpr int kPresentationKeys[] = {GLFW_KEY_PAGE_DOWN, GLFW_KEY_PAGE_UP, GLFW_KEY_RIGHT, GLFW_KEY_LEFT,
                                     GLFW_KEY_SPACE,     GLFW_KEY_HOME,    GLFW_KEY_END,   GLFW_KEY_B,
                                     GLFW_KEY_PERIOD,    GLFW_KEY_W,       GLFW_KEY_N,     GLFW_KEY_C,
                                     GLFW_KEY_ESCAPE};

// One key pressed in presentation mode. With a storyboard, what clickers send steps the slides;
// without one, they step through time by the step mode (Space plays). B or . blacks out, W whitens
// (again: back), N shows the notes over the map, C the counter and dots; Esc leaves.
void HandlePresentationKey(AppState& app, int key, bool shift, double now) {
    Presentation& p = app.presentation;
    switch (key) {
        case GLFW_KEY_B:
        case GLFW_KEY_PERIOD: p.cover = ToggleCover(p.cover, ScreenCover::Black); return;
        case GLFW_KEY_W: p.cover = ToggleCover(p.cover, ScreenCover::White); return;
        case GLFW_KEY_N: p.showNotes = !p.showNotes; return;
        case GLFW_KEY_C: p.showCounter = !p.showCounter; return;
        case GLFW_KEY_ESCAPE: p.active = false; return;
        default: break;
    }
    if (!app.session.story.slides.empty()) {
        const struct {
            int key;
            ClickerKey clicker;
        } keys[] = {{GLFW_KEY_PAGE_DOWN, ClickerKey::PageDown}, {GLFW_KEY_PAGE_UP, ClickerKey::PageUp},
                    {GLFW_KEY_RIGHT, ClickerKey::Right}, {GLFW_KEY_LEFT, ClickerKey::Left},
                    {GLFW_KEY_SPACE, shift ? ClickerKey::ShiftSpace : ClickerKey::Space},
                    {GLFW_KEY_HOME, ClickerKey::Home}, {GLFW_KEY_END, ClickerKey::End}};
        for (const auto& k : keys)
            if (k.key == key && p.deck.HandleKey(k.clicker)) ApplySlide(app, p.deck.Current(), now);
        return;
    }
    if (!app.explorer.timeline.SelectedInstrument()) return;
    if (key == GLFW_KEY_PAGE_DOWN || key == GLFW_KEY_RIGHT) StepTime(app, true, now);
    if (key == GLFW_KEY_PAGE_UP || key == GLFW_KEY_LEFT) StepTime(app, false, now);
    if (key == GLFW_KEY_SPACE) app.explorer.timeline.Controller().TogglePlay();
}

void HandleGlobalKeys(AppState& app) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q)) app.requestQuit = true;
    if (ImGui::IsKeyPressed(GLFW_KEY_F5, false)) {
        app.presentation.active = !app.presentation.active;
        if (app.presentation.active && !app.session.story.slides.empty()) ApplySlide(app, app.presentation.deck.Current(), ImGui::GetTime());
    }
    if (app.presentation.active && (!app.session.story.slides.empty() || app.explorer.timeline.SelectedInstrument())) {
        for (int key : kPresentationKeys)
            if (ImGui::IsKeyPressed(key, false)) HandlePresentationKey(app, key, io.KeyShift, ImGui::GetTime());
        return;
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false) && app.presentation.active) app.presentation.active = false;
    if (ImGui::IsKeyPressed(GLFW_KEY_F11, false)) app.toggleFullscreen = true;
    if (io.KeyCtrl && (ImGui::IsKeyPressed(GLFW_KEY_EQUAL) || ImGui::IsKeyPressed(GLFW_KEY_KP_ADD)))
        app.prefs.userScale = std::min(3.0f, app.prefs.userScale * 1.1f);
    if (io.KeyCtrl && (ImGui::IsKeyPressed(GLFW_KEY_MINUS) || ImGui::IsKeyPressed(GLFW_KEY_KP_SUBTRACT)))
        app.prefs.userScale = std::max(0.75f, app.prefs.userScale / 1.1f);
    // Presentation clickers send PageDown/PageUp: step through events like Right/Left.
    if (app.explorer.timeline.SelectedInstrument()) {
        if (ImGui::IsKeyPressed(GLFW_KEY_PAGE_DOWN)) StepTime(app, true, ImGui::GetTime());
        if (ImGui::IsKeyPressed(GLFW_KEY_PAGE_UP)) StepTime(app, false, ImGui::GetTime());
        app.timelinePanel.HandleKeys(app.explorer.timeline);
    }
}


// When the map window last saw input or a window event (glfwGetTime() seconds) and how many: the
// idle loop sleeps in glfwWaitEventsTimeout and draws a frame only after one of these (or a timer).
// Installed before ImGui's GLFW backend, which chains the callbacks it also sets.
struct InputClock {
    double lastEventSeconds = 0;
    unsigned long long events = 0;
};

void NoteInput(GLFWwindow* window) {
    auto* clock = static_cast<InputClock*>(glfwGetWindowUserPointer(window));
    clock->lastEventSeconds = glfwGetTime();
    clock->events++;
}

void InstallInputClock(GLFWwindow* window, InputClock* clock) {
    glfwSetWindowUserPointer(window, clock);
    glfwSetCursorPosCallback(window, [](GLFWwindow* w, double, double) { NoteInput(w); });
    glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int, int, int) { NoteInput(w); });
    glfwSetScrollCallback(window, [](GLFWwindow* w, double, double) { NoteInput(w); });
    glfwSetKeyCallback(window, [](GLFWwindow* w, int, int, int, int) { NoteInput(w); });
    glfwSetCharCallback(window, [](GLFWwindow* w, unsigned) { NoteInput(w); });
    glfwSetCursorEnterCallback(window, [](GLFWwindow* w, int) { NoteInput(w); });
    glfwSetWindowFocusCallback(window, [](GLFWwindow* w, int) { NoteInput(w); });
    glfwSetFramebufferSizeCallback(window, [](GLFWwindow* w, int, int) { NoteInput(w); });
    glfwSetWindowRefreshCallback(window, [](GLFWwindow* w) { NoteInput(w); });
    glfwSetWindowContentScaleCallback(window, [](GLFWwindow* w, float, float) { NoteInput(w); });
    glfwSetWindowIconifyCallback(window, [](GLFWwindow* w, int) { NoteInput(w); });
}

// What the window animates now, on glfwGetTime()'s clock (`imguiToGlfw` converts the ImGui::GetTime()
// values the state stores). A dataset file being watched and the presenter screen's clock wake
// the loop without animating.
FrameActivity CurrentActivity(const AppState& app, const InputClock& input, double nowGlfw, double imguiToGlfw,
                              double presenterTickAt) {
    const double nowImGui = nowGlfw - imguiToGlfw;
    FrameActivity a;
    a.nowSeconds = nowGlfw;
    a.lastInputSeconds = input.lastEventSeconds;
    a.playing = app.explorer.timeline.SelectedInstrument() && app.explorer.timeline.Controller().Playing();
    a.fading = app.map.FadingAt(nowImGui);
    a.slideAnimating = SlideAnimating(app, nowImGui);
    a.exporting = app.videoJob != nullptr;
    a.forcedFrames = app.options.maxFrames > 0;
    for (double until : {app.explorer.stepCaptionUntil, app.explorer.stepOutlineUntil, app.explorer.highlightUntil})
        a.visibleUntil.push_back(until + imguiToGlfw);
    if (!app.session.datasetWatcher.Path().empty())
        a.wakeAt.push_back(nowGlfw + app.session.datasetWatcher.pollSeconds);
    if (presenterTickAt > 0) a.wakeAt.push_back(presenterTickAt);
    return a;
}

}  // namespace

std::string PresenterScreenshotPath(const std::string& screenshotPath) {
    const std::size_t slash = screenshotPath.find_last_of('/');
    const std::size_t dot = screenshotPath.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return screenshotPath + "-presenter";
    return screenshotPath.substr(0, dot) + "-presenter" + screenshotPath.substr(dot);
}

bool HasDisplay() {
    const char* display = std::getenv("DISPLAY");
    return display && *display;
}

// [SECTION] GLFW + ImGui set-up
int RunAppWindow(const AppWindowOptions& requested) {
    if (!HasDisplay()) {
        std::fprintf(stderr,
                     "engagemap: no display (DISPLAY is not set), so no window can open.\n"
                     "  Render the map headless instead:  engagemap --export map.png --size 3840x2160\n"
                     "  or run under a virtual display:    xvfb-run -s '-screen 0 1920x1080x24' engagemap\n");
        return 2;
    }
    WindowPrefs prefs = LoadWindowPrefs();
    const AppWindowOptions options = ApplyUserPrefs(requested, prefs.prefs);
    auto appOwner = std::make_unique<AppState>();  // destroyed before the GL context goes away
    AppState& app = *appOwner;
    app.options = options;
    app.presentation.active = options.presentation;
    app.explorer.stepMode = options.stepMode;
    app.prefs.userScale = prefs.prefs.textScale;
    app.session.recentStoryboards = prefs.prefs.recentStoryboards;
    app.status = prefs.problems;
    app.selectTableTab = options.tableTab;
    if (!options.tableFrom.empty()) app.table.from = options.tableFrom;
    if (!options.tableTo.empty()) app.table.to = options.tableTo;
    app.table.range = !options.tableFrom.empty() || !options.tableTo.empty();
    {
        std::vector<LoadError> errors;
        app.session.document = LoadMapDocument(options.geodata, &errors);
        if (!app.session.document) {
            for (const auto& e : errors) std::fprintf(stderr, "engagemap: %s\n", e.ToString().c_str());
            return 1;
        }
        for (const auto& w : app.session.document->warnings) std::fprintf(stderr, "engagemap: warning: %s\n", w.ToString().c_str());
    }
    if (!options.profileCountry.empty()) {
        app.explorer.profileCountry = FindCountry(app.session.document->countries, options.profileCountry);
        if (app.explorer.profileCountry < 0)
            std::fprintf(stderr, "engagemap: --profile: no country matches '%s'\n", options.profileCountry.c_str());
    }
    if (!options.datasetPath.empty()) {
        LoadDatasetFile(app, options.datasetPath);
        if (app.session.dataset) {
            const std::string& wanted = options.view.instrumentA;
            const std::string id = wanted.empty() ? "budapest" : wanted;
            app.explorer.viewState = options.view;
            app.explorer.viewState.instrumentA.clear();
            if (!SelectInstrumentA(app.explorer, *app.session.dataset, id) && !wanted.empty())
                std::fprintf(stderr, "engagemap: unknown instrument '%s'\n", id.c_str());
            if (auto date = ParseCivilDate(options.date)) app.explorer.timeline.Controller().SetDate(*date);
            ViewRequest request;
            std::string error;
            if (!ResolveViewState(app.explorer.viewState, *app.session.dataset, app.session.document->countries, app.explorer.timeline.Controller().Date(),
                                  &request, &error))
                std::fprintf(stderr, "engagemap: %s\n", error.c_str());
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
    WindowMode mode;
    mode.monitorIndex = options.monitor;
    mode.width = options.width;
    mode.height = options.height;
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, "engagemap", nullptr, nullptr);
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
    if (auto saved = options.placementGiven ? std::nullopt : FindRememberedPlacement(prefs.prefs)) {
        glfwSetWindowPos(window, saved->placement.x, saved->placement.y);
        glfwSetWindowSize(window, saved->placement.width, saved->placement.height);
        mode.monitorIndex = saved->monitorIndex;
        if (saved->placement.fullscreen) SetFullscreen(window, mode, true);
    }
    if (options.fullscreen) SetFullscreen(window, mode, true);
    {
        float sx = 1, sy = 1;
        glfwGetWindowContentScale(window, &sx, &sy);
        app.prefs.contentScale = std::max(1.0f, std::max(sx, sy));
    }
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    InputClock input;
    input.lastEventSeconds = glfwGetTime();  // the first frames settle as after input
    InstallInputClock(window, &input);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    SetTheme(app, options.view.theme);

    std::string error;
    if (!app.map.Init(&error)) {
        std::fprintf(stderr, "engagemap: %s\n", error.c_str());
        return 1;
    }
    app.map.SetProjection(options.view.projection);
    app.map.SetDocument(app.session.document.get());
    if (!options.datasetPath.empty()) app.session.datasetWatcher.Watch(options.datasetPath, glfwGetTime());
    if (!options.datasetPath.empty()) app.session.storyPath = DefaultStoryboardPath(options.datasetPath);
    if (!options.storyPath.empty() && LoadStoryFile(app, options.storyPath) && options.startSlideGiven &&
        static_cast<std::size_t>(options.startSlide) >= app.session.story.slides.size()) {
        std::fprintf(stderr, "engagemap: --slide %d: %s has %zu slide(s)\n", options.startSlide + 1,
                     options.storyPath.c_str(), app.session.story.slides.size());
        return 1;
    }
    if (!options.storyPath.empty() && !app.session.story.slides.empty()) {
        app.presentation.active = true;
        ApplySlide(app, std::min<std::size_t>(static_cast<std::size_t>(std::max(0, options.startSlide)), app.session.story.slides.size() - 1), 0.0);
    }
    if (app.status.empty())
        app.status = std::to_string(app.session.document->countries.countries.size()) + " countries from " +
                     app.options.geodata.path + " (" + app.options.geodata.layer + ")";

    // The presenter screen (--presenter-monitor): next to the map window when that monitor is missing.
    auto presenter = std::make_unique<PresenterWindow>();  // closed before the map window goes
    std::size_t previewFor = SIZE_MAX;                      // slide the preview shows; SIZE_MAX: none yet
    const double presentationStart = glfwGetTime();
    if (options.presenterMonitor >= 0) {
        int x = 0, y = 0, w = 0, h = 0;
        glfwGetWindowPos(window, &x, &y);
        glfwGetWindowSize(window, &w, &h);
        std::string note;
        if (!presenter->Open(window, options.presenterMonitor, x + w, y, 1280, 720, &note, &error))
            std::fprintf(stderr, "engagemap: %s\n", error.c_str());
        if (!note.empty()) std::fprintf(stderr, "engagemap: %s\n", note.c_str());
    }

    // [SECTION] Main loop
    // Frames are drawn while something animates (FramePacing); otherwise the loop sleeps until
    // input, the dataset watcher's next poll or the presenter clock's next second.
    int frame = 0;
    unsigned long long eventsDrawn = 0;   // input.events when the last frame was drawn
    double imguiToGlfw = glfwGetTime();   // glfwGetTime() - ImGui::GetTime(), set at each frame
    double presenterTickAt = 0;           // glfwGetTime() of the presenter clock's next second; 0: none
    bool reloadPending = false;           // the watched dataset changed: reload in the next frame
    while (!glfwWindowShouldClose(window) && !app.requestQuit) {
        bool drawFrame = frame == 0;
        if (frame == 0) {
            glfwPollEvents();
        } else {
            const FrameWait wait =
                DecideFrameWait(CurrentActivity(app, input, glfwGetTime(), imguiToGlfw, presenterTickAt));
            if (wait.poll) glfwPollEvents();
            else glfwWaitEventsTimeout(wait.timeoutSeconds);
            drawFrame = wait.poll;
        }
        const double wokeAt = glfwGetTime();
        if (!app.session.datasetWatcher.Path().empty() && app.session.datasetWatcher.Poll(wokeAt)) reloadPending = true;
        drawFrame = drawFrame || reloadPending || input.events != eventsDrawn || presenter->HasKeys() ||
                    (presenterTickAt > 0 && wokeAt >= presenterTickAt);
        if (glfwWindowShouldClose(window)) break;
        if (!drawFrame) continue;  // woken only to poll the watched file: nothing to draw
        eventsDrawn = input.events;
        int fbWidth = 0, fbHeight = 0;
        glfwGetFramebufferSize(window, &fbWidth, &fbHeight);
        RebuildFontsIfNeeded(app, TextScale(app, static_cast<float>(fbHeight)), PresentationTypeScale(app));
        StepVideoExport(app);  // one frame of a running video export, outside NewFrame/Render
        if (presenter->IsOpen()) {
            // Keys pressed on the presenter screen act as on the map; its next-slide preview is
            // rendered (offscreen, by the export path) when the slide changes.
            for (int key : presenter->TakeKeys())
                if (app.presentation.active) HandlePresentationKey(app, std::abs(key), key < 0, ImGui::GetTime());
            const std::size_t next = app.presentation.deck.Current() + 1;
            if (next != previewFor && app.session.dataset) {
                RgbaImage preview;
                if (next < app.session.story.slides.size()) {
                    ExportOptions map;
                    map.width = 1920;  // the projected size: text sized as the audience sees it
                    map.height = 1080;
                    map.style = app.map.Style();
                    const TimelineExportOptions still = StillOptionsForSlide(
                        app.session.story.slides[next], map, LatestDatasetDate(*app.session.dataset));
                    std::string previewError;
                    if (!RenderTimelineImage(*app.session.document, *app.session.dataset, still, preview, &previewError))
                        preview = {};
                }
                presenter->SetPreview(preview);
                previewFor = next;
            }
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        imguiToGlfw = glfwGetTime() - ImGui::GetTime();

        // Models first: a changed dataset file, keys and the play clock; the map follows.
        app.map.SetClock(ImGui::GetTime());
        if (reloadPending) {
            reloadPending = false;
            LoadDatasetFile(app, app.options.datasetPath);
            if (app.session.datasetErrors.empty()) app.status = "Reloaded " + app.options.datasetPath;
        }
        HandleGlobalKeys(app);
        if (app.toggleFullscreen) {
            SetFullscreen(window, mode, !mode.fullscreen);
            app.toggleFullscreen = false;
        }
        AnimateSlide(app, ImGui::GetTime());
        if (app.explorer.timeline.SelectedInstrument()) app.explorer.timeline.Controller().Advance(io.DeltaTime);
        // The timeline pushes date changes (Explorer::dateChanged); the view panels report theirs.
        if (app.explorer.coloursDirty || app.explorer.dateChanged) RecolourMap(app, !app.explorer.coloursDirty);

        if (app.presentation.active) DrawPresentation(app, io.DisplayFramebufferScale.x);
        else DrawExplorer(app, io.DisplayFramebufferScale.x);

        ImGui::Render();
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glViewport(0, 0, fbWidth, fbHeight);
        const Rgba8 bg = app.map.Style().background;
        glClearColor(bg.r / 255.f, bg.g / 255.f, bg.b / 255.f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

        ++frame;
        const bool lastFrame = options.maxFrames > 0 && frame >= options.maxFrames;
        if (presenter->IsOpen()) {
            const double shown = glfwGetTime() - presentationStart;
            presenterTickAt = presentationStart + std::floor(shown) + 1.0;  // the elapsed timer's next second
            const std::time_t now = std::time(nullptr);
            char clock[16];
            std::strftime(clock, sizeof clock, "%H:%M", std::localtime(&now));
            presenter->DrawFrame(app, glfwGetTime() - presentationStart, clock,
                                 lastFrame && !options.screenshotPath.empty() ? PresenterScreenshotPath(options.screenshotPath)
                                                                              : "");
            if (presenter->CloseRequested()) {
                presenter = std::make_unique<PresenterWindow>();
                presenterTickAt = 0;
            }
        }
        if (lastFrame) {
            if (!options.screenshotPath.empty()) WriteFramebufferPng(fbWidth, fbHeight, options.screenshotPath);
            break;
        }
        glfwSwapBuffers(window);
    }

    WindowPlacement windowed{mode.x, mode.y, mode.width, mode.height, mode.fullscreen};
    if (!mode.fullscreen) {
        glfwGetWindowPos(window, &windowed.x, &windowed.y);
        glfwGetWindowSize(window, &windowed.width, &windowed.height);
    }
    SaveWindowPrefs(prefs, app, window, mode.fullscreen ? MonitorAt(mode.monitorIndex) : nullptr, windowed);
    presenter.reset();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    appOwner.reset();  // release GL objects while the context is current
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}

}  // namespace engagemap
