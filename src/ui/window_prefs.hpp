// The window's side of the user preferences (core/prefs/user_prefs.hpp): read when the window opens,
// filling in what the command line left open (theme, dataset, placement), and written back when it
// closes (theme, text scale, dataset, storyboard, where the window sat on which monitor). Only the
// window uses preferences; exports depend on the command line alone.
#pragma once

#include <optional>
#include <string>

#include "core/prefs/user_prefs.hpp"
#include "ui/app_window.hpp"

struct GLFWwindow;
struct GLFWmonitor;

namespace engagemap {

struct AppState;

// The preferences of this window session and where they are saved ("" = nowhere: no HOME).
struct WindowPrefs {
    std::string path;
    UserPrefs prefs;
    std::string problems;  // what was wrong with the file, one line each; "" when all was fine
};

// Reads the preferences file; problems also go to stderr.
WindowPrefs LoadWindowPrefs();

// `options` with the preferences applied where the command line gave nothing: theme; the last
// dataset when it still exists.
AppWindowOptions ApplyUserPrefs(AppWindowOptions options, const UserPrefs& prefs);

// Where to put the window: the placement remembered for the monitor it was last on, when that
// monitor is connected (matched by name). Needs glfwInit.
struct RememberedPlacement {
    int monitorIndex = 0;
    WindowPlacement placement;
};
std::optional<RememberedPlacement> FindRememberedPlacement(const UserPrefs& prefs);

// Records the session into `prefs` and saves it (a failure goes to stderr): the theme and text
// scale, a dataset other than the bundled one, the storyboard file if it exists, and the window's
// placement under the name of its monitor. `fullscreenMonitor` is the monitor the window fills, or
// null when windowed; `windowed` is the windowed geometry (restored when leaving full screen).
void SaveWindowPrefs(WindowPrefs& prefs, const AppState& app, GLFWwindow* window, GLFWmonitor* fullscreenMonitor,
                     const WindowPlacement& windowed);

}  // namespace engagemap
