// UserPrefs: what the window remembers between runs — theme, text scale, the last dataset, recent
// storyboards and the window's placement on each monitor — stored as JSON in
// $XDG_CONFIG_HOME/engagemap/prefs.json (default ~/.config/engagemap/prefs.json). Saved atomically
// (a crash leaves the old file or the new one). A file that cannot be read as preferences is
// reported, kept aside as prefs.json.corrupt and replaced with defaults; a single bad value is
// reported and that value alone falls back to its default. Nothing here throws. Exports and other
// command-line runs do not read preferences, so their output depends on the command line only.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/atomic_file.hpp"

namespace engagemap {

// Where a window sat on one monitor, in screen coordinates of the virtual desktop.
struct WindowPlacement {
    int x = 0, y = 0;                 // top-left corner of the content area
    int width = 1600, height = 900;   // content size
    bool fullscreen = false;          // was full screen on that monitor when last closed
    bool operator==(const WindowPlacement&) const = default;
};

inline constexpr float kMinTextScale = 0.75f;  // range of the View > Text size slider
inline constexpr float kMaxTextScale = 3.0f;
inline constexpr std::size_t kMaxRecentStoryboards = 10;

struct UserPrefs {
    std::string theme = "light";                   // "light" or "dark"
    float textScale = 1.0f;                        // user's text size factor, kMinTextScale..kMaxTextScale
    std::string lastDataset;                       // dataset file the window had open; "" = the bundled one
    std::vector<std::string> recentStoryboards;    // most recent first, no duplicates, at most kMaxRecentStoryboards
    std::string lastMonitor;                       // name of the monitor the window was last on
    std::map<std::string, WindowPlacement> windows;  // monitor name -> placement there
    bool operator==(const UserPrefs&) const = default;
};

// Result of reading preferences. `prefs` is always usable (defaults where something was wrong).
struct UserPrefsLoad {
    UserPrefs prefs;
    std::vector<std::string> problems;  // one line each, for stderr and the status bar
    bool corrupt = false;               // the whole file was unusable (not JSON, not prefs)
};

// Parses prefs JSON text. `name` is used in messages (usually the file path).
UserPrefsLoad ParseUserPrefs(std::string_view json, const std::string& name);

// The JSON text for `prefs` (stable key order, ends with a newline).
std::string SerializeUserPrefs(const UserPrefs& prefs);

// Reads `path`. Missing: defaults, no problem. Corrupt: the file is renamed to `path`.corrupt (one
// backup, replacing an older one), defaults are saved in its place, and the problem says both.
UserPrefsLoad LoadUserPrefs(const std::string& path);

// Writes `prefs` to `path` atomically, creating the directory if needed. False + *error on failure.
bool SaveUserPrefs(const std::string& path, const UserPrefs& prefs, std::string* error,
                   const AtomicWriteOptions& options = {});

// $XDG_CONFIG_HOME/engagemap/prefs.json when XDG_CONFIG_HOME is an absolute path, else
// $HOME/.config/engagemap/prefs.json; "" when neither is usable. Null or "" means unset.
std::string UserPrefsPath(const char* xdgConfigHome, const char* home);
// UserPrefsPath for this process's environment.
std::string UserPrefsPath();

// Puts `path` first in the recent storyboards (moving it if listed), keeping at most the maximum.
void AddRecentStoryboard(UserPrefs& prefs, const std::string& path);

}  // namespace engagemap
