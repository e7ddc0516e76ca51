#include "ui/presenter_window.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdio>

#include "ui/app_state.hpp"
#include "ui/fonts.hpp"

namespace engagemap {

struct PresenterWindow::State {
    ImGuiContext* imgui = nullptr;
    AppFonts fonts;
    std::vector<int> keys;       // filled by the key callback
    GLuint preview = 0;          // texture in the shared namespace
    int previewWidth = 0, previewHeight = 0;
    bool hasPreview = false;
};

namespace {

void OnPresenterKey(GLFWwindow* window, int key, int, int action, int mods) {
    if (action != GLFW_PRESS) return;
    auto* keys = static_cast<std::vector<int>*>(glfwGetWindowUserPointer(window));
    if (keys) keys->push_back(key == GLFW_KEY_SPACE && (mods & GLFW_MOD_SHIFT) ? -GLFW_KEY_SPACE : key);
}

// Runs `f` with `window`'s GL context and `imgui` current, then restores `back`'s and the previous
// ImGui context.
template <typename F>
void WithContext(GLFWwindow* window, ImGuiContext* imgui, GLFWwindow* back, F&& f) {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    glfwMakeContextCurrent(window);
    ImGui::SetCurrentContext(imgui);
    f();
    ImGui::SetCurrentContext(previous);
    glfwMakeContextCurrent(back);
}

}  // namespace

void WriteFramebufferPng(int width, int height, const std::string& path) {
    RgbaImage shot;
    shot.width = width;
    shot.height = height;
    shot.pixels.resize(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, shot.pixels.data());
    const size_t row = static_cast<size_t>(width) * 4;
    for (int y = 0; y < height / 2; ++y)
        std::swap_ranges(shot.pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<size_t>(y)),
                         shot.pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<size_t>(y + 1)),
                         shot.pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<size_t>(height - 1 - y)));
    std::string error;
    if (!WritePng(path, shot, &error)) std::fprintf(stderr, "engagemap: screenshot failed: %s\n", error.c_str());
}

PresenterWindow::PresenterWindow() = default;

PresenterWindow::~PresenterWindow() {
    if (!window_) return;
    WithContext(window_, state_->imgui, share_, [&] {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext(state_->imgui);
    });
    if (state_->preview) glDeleteTextures(1, &state_->preview);  // shared: deleted from the map's context
    glfwDestroyWindow(window_);
}

bool PresenterWindow::Open(GLFWwindow* share, int monitorIndex, int x, int y, int width, int height,
                           std::string* note, std::string* error) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    GLFWmonitor* monitor = monitorIndex >= 0 && monitorIndex < count ? monitors[monitorIndex] : nullptr;
    if (monitor) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        glfwGetMonitorPos(monitor, &x, &y);
        width = mode->width;
        height = mode->height;
        glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
    } else if (note) {
        *note = "presenter view: there is no monitor " + std::to_string(monitorIndex) + " (" + std::to_string(count) +
                " found); it opens as a window";
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_FALSE);
    GLFWwindow* window = glfwCreateWindow(width, height, "engagemap presenter", nullptr, share);
    glfwDefaultWindowHints();
    if (!window) {
        if (error) *error = "cannot open the presenter window";
        return false;
    }
    glfwSetWindowPos(window, x, y);
    auto state = std::make_unique<State>();
    glfwSetWindowUserPointer(window, &state->keys);
    glfwSetKeyCallback(window, OnPresenterKey);
    state->imgui = ImGui::CreateContext();
    bool ok = false;
    WithContext(window, state->imgui, share, [&] {
        glfwSwapInterval(0);  // the map window paces the loop
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        ok = ImGui_ImplGlfw_InitForOpenGL(window, false) && ImGui_ImplOpenGL3_Init("#version 330 core");
        // Large type, readable from a lectern: the notes at 1.6x the panel size.
        state->fonts = LoadAppFonts(io, 1.6f);
        io.Fonts->Build();
        ImGui::StyleColorsDark();
    });
    if (!ok) {
        if (error) *error = "cannot set up the presenter window's renderer";
        glfwDestroyWindow(window);
        return false;
    }
    window_ = window;
    share_ = share;
    state_ = std::move(state);
    return true;
}

bool PresenterWindow::CloseRequested() const { return window_ && glfwWindowShouldClose(window_); }

std::vector<int> PresenterWindow::TakeKeys() {
    if (!state_) return {};
    std::vector<int> keys;
    keys.swap(state_->keys);
    return keys;
}

bool PresenterWindow::HasKeys() const { return state_ && !state_->keys.empty(); }

void PresenterWindow::SetPreview(const RgbaImage& image) {
    if (!state_) return;
    state_->hasPreview = !image.pixels.empty();
    if (!state_->hasPreview) return;
    if (!state_->preview) glGenTextures(1, &state_->preview);
    glBindTexture(GL_TEXTURE_2D, state_->preview);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.pixels.data());
    glBindTexture(GL_TEXTURE_2D, 0);
    glFlush();  // the other context samples it next
    state_->previewWidth = image.width;
    state_->previewHeight = image.height;
}

void PresenterWindow::DrawFrame(const AppState& app, double elapsedSeconds, const std::string& clock,
                                const std::string& screenshotPath) {
    if (!window_) return;
    WithContext(window_, state_->imgui, share_, [&] {
        State& s = *state_;
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        const ImGuiViewport* viewport = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(viewport->Pos);
        ImGui::SetNextWindowSize(viewport->Size);
        ImGui::Begin("presenter", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
        const auto& slides = app.session.story.slides;
        const SlideDeck& deck = app.presentation.deck;
        // Top line: counter, elapsed time, clock; and what the audience sees now.
        ImGui::PushFont(s.fonts.heading);
        ImGui::Text("%s", slides.empty() ? "No storyboard" : ("Slide " + CounterText(deck)).c_str());
        ImGui::SameLine(viewport->Size.x * 0.45f);
        ImGui::Text("%s", FormatElapsed(elapsedSeconds).c_str());
        ImGui::SameLine(viewport->Size.x * 0.75f);
        ImGui::Text("%s", clock.c_str());
        ImGui::PopFont();
        if (app.presentation.cover != ScreenCover::None)
            ImGui::TextColored(ImVec4(1.0f, 0.6f, 0.2f, 1.0f), "%s",
                               app.presentation.cover == ScreenCover::Black ? "Screen blacked out (B)" : "Screen white (W)");
        ImGui::Separator();
        const float column = viewport->Size.x * 0.55f;
        ImGui::BeginChild("now", ImVec2(column, 0), false);
        if (!slides.empty() && deck.Current() < slides.size()) {
            const Slide& slide = slides[deck.Current()];
            ImGui::PushFont(s.fonts.heading);
            ImGui::TextWrapped("%s", slide.title.empty() ? "(untitled slide)" : slide.title.c_str());
            ImGui::PopFont();
            ImGui::Spacing();
            ImGui::PushFont(s.fonts.legend);
            ImGui::TextWrapped("%s", slide.notes.empty() ? "(no notes)" : slide.notes.c_str());
            ImGui::PopFont();
        }
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("next", ImVec2(0, 0), false);
        ImGui::PushFont(s.fonts.legend);
        if (!slides.empty() && deck.Current() + 1 < slides.size()) {
            const Slide& next = slides[deck.Current() + 1];
            ImGui::TextWrapped("Next: %s", next.title.empty() ? "(untitled slide)" : next.title.c_str());
            if (s.hasPreview && s.previewWidth > 0) {
                const float w = ImGui::GetContentRegionAvail().x;
                const float h = w * static_cast<float>(s.previewHeight) / static_cast<float>(s.previewWidth);
                ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(s.preview)), ImVec2(w, h));
            }
        } else if (!slides.empty()) {
            ImGui::TextWrapped("Last slide: nothing comes next.");
        }
        ImGui::PopFont();
        ImGui::EndChild();
        ImGui::End();
        ImGui::Render();
        int fbWidth = 0, fbHeight = 0;
        glfwGetFramebufferSize(window_, &fbWidth, &fbHeight);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glViewport(0, 0, fbWidth, fbHeight);
        glClearColor(0.08f, 0.09f, 0.11f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (!screenshotPath.empty()) WriteFramebufferPng(fbWidth, fbHeight, screenshotPath);
        glfwSwapBuffers(window_);
    });
}

}  // namespace engagemap
