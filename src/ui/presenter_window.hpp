// PresenterWindow: the speaker's screen while the map is projected (--presenter-monitor M). A second
// GLFW window sharing the map window's GL objects (textures) and the one AppState: the current
// slide's title and speaker notes in large type, a preview of the next slide (rendered offscreen
// by the export path, so it is exactly what will be projected), the counter "3 / 7", the time
// since the presentation started and the clock. Keys pressed in it (a clicker paired with the
// laptop) are handed to the map window, which applies them as its own.
//
// It has its own Dear ImGui context (ImGui 1.86 has no multi-viewport); its GLFW callbacks are not
// ImGui's (those would feed whichever context is current), so it takes key presses itself.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/io/png_image.hpp"

struct GLFWwindow;
struct ImGuiContext;

namespace engagemap {

struct AppState;

class PresenterWindow {
public:
    PresenterWindow();
    ~PresenterWindow();
    PresenterWindow(const PresenterWindow&) = delete;
    PresenterWindow& operator=(const PresenterWindow&) = delete;

    // Opens the window on monitor `monitorIndex` (borderless, the monitor's size) sharing `share`'s
    // GL context; when there is no such monitor, as a `width` x `height` window at (x, y) (screen
    // coordinates) and *note says so. Leaves `share`'s context current. False + *error on failure.
    bool Open(GLFWwindow* share, int monitorIndex, int x, int y, int width, int height, std::string* note,
              std::string* error);
    bool IsOpen() const { return window_ != nullptr; }
    bool CloseRequested() const;

    // Key presses (GLFW key codes; Shift+Space as -GLFW_KEY_SPACE) since the last call.
    std::vector<int> TakeKeys();
    // True when key presses are waiting for TakeKeys (the idle loop draws a frame for them).
    bool HasKeys() const;

    // With the map window's context current: the next slide's picture for the preview (empty: the
    // last slide, nothing comes next).
    void SetPreview(const RgbaImage& image);

    // Draws one frame of the presenter screen from `app` and shows it; `elapsedSeconds` since the
    // presentation started, `clock` the wall-clock time as text. Switches to this window's context
    // and back to `share`'s. With `screenshotPath`, also writes the frame as a PNG.
    void DrawFrame(const AppState& app, double elapsedSeconds, const std::string& clock,
                   const std::string& screenshotPath = "");

private:
    struct State;
    GLFWwindow* window_ = nullptr;
    GLFWwindow* share_ = nullptr;
    std::unique_ptr<State> state_;
};

// Reads the bound framebuffer (`width` x `height` pixels, bottom-up) and writes it as a PNG
// (top-down); a failure is reported on stderr.
void WriteFramebufferPng(int width, int height, const std::string& path);

}  // namespace engagemap
