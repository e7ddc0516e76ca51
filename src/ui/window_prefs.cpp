#include "ui/window_prefs.hpp"

#include <GLFW/glfw3.h>

#include <cstdio>
#include <filesystem>
#include <system_error>

#include "core/io/data_paths.hpp"
#include "ui/app_state.hpp"

namespace engagemap {
namespace {

bool IsFile(const std::string& path) {
    std::error_code ec;
    return !path.empty() && std::filesystem::is_regular_file(path, ec);
}

// The connected monitor whose area holds the window's centre; the primary monitor otherwise.
GLFWmonitor* MonitorOf(GLFWwindow* window) {
    int x = 0, y = 0, w = 0, h = 0, count = 0;
    glfwGetWindowPos(window, &x, &y);
    glfwGetWindowSize(window, &w, &h);
    const int cx = x + w / 2, cy = y + h / 2;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count; ++i) {
        int mx = 0, my = 0;
        glfwGetMonitorPos(monitors[i], &mx, &my);
        const GLFWvidmode* vm = glfwGetVideoMode(monitors[i]);
        if (vm && cx >= mx && cx < mx + vm->width && cy >= my && cy < my + vm->height) return monitors[i];
    }
    return glfwGetPrimaryMonitor();
}

}  // namespace

WindowPrefs LoadWindowPrefs() {
    WindowPrefs w;
    w.path = UserPrefsPath();
    if (w.path.empty()) return w;
    UserPrefsLoad r = LoadUserPrefs(w.path);
    w.prefs = std::move(r.prefs);
    for (const std::string& p : r.problems) {
        std::fprintf(stderr, "engagemap: preferences: %s\n", p.c_str());
        w.problems += (w.problems.empty() ? "" : "\n") + p;
    }
    return w;
}

AppWindowOptions ApplyUserPrefs(AppWindowOptions options, const UserPrefs& prefs) {
    if (!options.themeGiven) options.view.theme = prefs.theme == "dark" ? Theme::Dark : Theme::Light;
    if (!options.datasetGiven && IsFile(prefs.lastDataset)) options.datasetPath = prefs.lastDataset;
    return options;
}

std::optional<RememberedPlacement> FindRememberedPlacement(const UserPrefs& prefs) {
    auto saved = prefs.windows.find(prefs.lastMonitor);
    if (saved == prefs.windows.end()) return std::nullopt;
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count; ++i) {
        const char* name = glfwGetMonitorName(monitors[i]);
        if (name && prefs.lastMonitor == name) return RememberedPlacement{i, saved->second};
    }
    return std::nullopt;  // that monitor is not connected now: let the window manager decide
}

void SaveWindowPrefs(WindowPrefs& w, const AppState& app, GLFWwindow* window, GLFWmonitor* fullscreenMonitor,
                     const WindowPlacement& windowed) {
    if (w.path.empty()) return;
    UserPrefs& p = w.prefs;
    p.theme = app.prefs.theme == Theme::Dark ? "dark" : "light";
    p.textScale = app.prefs.userScale;
    // The bundled dataset is remembered as "" so that another install or build tree uses its own.
    p.lastDataset = app.options.datasetPath == FindBundledFile("datasets/engagemap.json") ? "" : app.options.datasetPath;
    if (IsFile(app.session.storyPath)) AddRecentStoryboard(p, std::filesystem::absolute(app.session.storyPath).string());
    GLFWmonitor* monitor = fullscreenMonitor ? fullscreenMonitor : MonitorOf(window);
    const char* name = monitor ? glfwGetMonitorName(monitor) : nullptr;
    if (name) {
        p.lastMonitor = name;
        WindowPlacement placement = windowed;
        placement.fullscreen = fullscreenMonitor != nullptr;
        p.windows[name] = placement;
    }
    std::string error;
    if (!SaveUserPrefs(w.path, p, &error)) std::fprintf(stderr, "engagemap: preferences not saved: %s\n", error.c_str());
}

}  // namespace engagemap
