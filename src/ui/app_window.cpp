// [SECTION] GLFW + ImGui set-up
// [SECTION] Menu bar (File, View)
// [SECTION] Main loop
#include "ui/app_window.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "core/app/map_document.hpp"
#include "core/io/png_image.hpp"
#include "render/headless_export.hpp"
#include "ui/map_widget.hpp"

namespace engagemap {
namespace {

void GlfwErrorCallback(int code, const char* description) {
    std::fprintf(stderr, "engagemap: GLFW error %d: %s\n", code, description);
}

std::string DefaultFont() {
    const char* candidates[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                "/usr/share/fonts/TTF/DejaVuSans.ttf"};
    for (const char* c : candidates)
        if (FILE* f = std::fopen(c, "rb")) {
            std::fclose(f);
            return c;
        }
    return {};
}

// Everything the UI shows, owned here; panels only read it and call methods.
struct AppState {
    AppWindowOptions options;
    std::unique_ptr<MapDocument> document;
    MapWidget map;
    std::string status;        // last message for the status bar
    std::string exportPath = "engagemap-export.png";
    bool requestQuit = false;
};

// [SECTION] Menu bar (File, View)
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
    app.status = "Loaded " + std::to_string(app.document->countries.countries.size()) + " countries from " + layer;
}

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
            // The window's context is current: render offscreen with it.
            if (RenderMapImage(*app.document, ex, image, &error) && WritePng(app.exportPath, image, &error))
                app.status = "Exported " + app.exportPath;
            else
                app.status = "Export failed: " + error;
        }
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
    ImGui::EndMenuBar();
}

void DrawStatusBar(AppState& app) {
    const int hovered = app.map.HoveredCountry();
    if (hovered >= 0 && app.document) {
        const auto& c = app.document->countries.countries[static_cast<size_t>(hovered)];
        ImGui::Text("%s (%s) — %s%s%s", c.name.c_str(), c.key.c_str(), c.region.c_str(),
                    c.subregion.empty() ? "" : " / ", c.subregion.c_str());
    } else {
        ImGui::TextUnformatted(app.status.c_str());
    }
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

    float contentScale = 1.0f;
    {
        float sx = 1, sy = 1;
        glfwGetWindowContentScale(window, &sx, &sy);
        contentScale = std::max(1.0f, std::max(sx, sy));
    }
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    ImGui::StyleColorsLight();
    ImGui::GetStyle().ScaleAllSizes(contentScale);
    const std::string font = options.fontPath.empty() ? DefaultFont() : options.fontPath;
    // Latin (incl. Extended-A/B for country names), general punctuation, arrows and shapes.
    static const ImWchar kGlyphRanges[] = {0x0020, 0x024F, 0x2000, 0x206F, 0x2190, 0x21FF, 0x25A0, 0x25FF, 0};
    if (font.empty() || !io.Fonts->AddFontFromFileTTF(font.c_str(), 17.0f * contentScale, nullptr, kGlyphRanges)) {
        std::fprintf(stderr, "engagemap: font not found (%s); using ImGui's built-in font\n", font.c_str());
        ImFontConfig config;
        config.SizePixels = 13.0f * contentScale;
        io.Fonts->AddFontDefault(&config);
    }
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    std::string error;
    if (!app.map.Init(&error)) {
        std::fprintf(stderr, "engagemap: %s\n", error.c_str());
        return 1;
    }
    app.map.SetProjection(options.projection);
    app.map.SetDocument(app.document.get());
    app.status = std::to_string(app.document->countries.countries.size()) + " countries from " +
                 app.options.geodata.path + " (" + app.options.geodata.layer + ")";

    // [SECTION] Main loop
    int frame = 0;
    while (!glfwWindowShouldClose(window) && !app.requestQuit) {
        glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q)) app.requestQuit = true;

        const ImGuiViewport* viewport = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(viewport->WorkPos);
        ImGui::SetNextWindowSize(viewport->WorkSize);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
        ImGui::Begin("engagemap", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar |
                         ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
        ImGui::PopStyleVar();
        DrawMenuBar(app);
        const float statusHeight = ImGui::GetFrameHeightWithSpacing();
        app.map.Draw("map", 0, ImGui::GetContentRegionAvail().y - statusHeight, io.DisplayFramebufferScale.x,
                     contentScale);
        ImGui::SetCursorPosX(ImGui::GetStyle().ItemSpacing.x);
        DrawStatusBar(app);
        ImGui::End();

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
            if (!options.screenshotPath.empty()) {
                RgbaImage shot;
                shot.width = fbWidth;
                shot.height = fbHeight;
                shot.pixels.resize(static_cast<size_t>(fbWidth) * fbHeight * 4);
                glPixelStorei(GL_PACK_ALIGNMENT, 1);
                glReadPixels(0, 0, fbWidth, fbHeight, GL_RGBA, GL_UNSIGNED_BYTE, shot.pixels.data());
                const size_t row = static_cast<size_t>(fbWidth) * 4;
                for (int y = 0; y < fbHeight / 2; ++y)
                    std::swap_ranges(shot.pixels.begin() + row * y, shot.pixels.begin() + row * (y + 1),
                                     shot.pixels.begin() + row * (fbHeight - 1 - y));
                if (!WritePng(options.screenshotPath, shot, &error))
                    std::fprintf(stderr, "engagemap: screenshot failed: %s\n", error.c_str());
            }
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
