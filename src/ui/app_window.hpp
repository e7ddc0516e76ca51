// AppWindow: the interactive application — a GLFW window with an OpenGL 3.3 core context,
// Dear ImGui (FreeType fonts scaled to the monitor's content scale and a user scale), the
// explorer (menu bar, instrument list, map with overlay, timeline, cumulative chart) and
// presentation mode (F5: map, title, date, legend, caption and source line only).
//
// Keys: F5 presentation mode, Esc leaves it, F11 full screen, Ctrl +/- text size, Ctrl+Q quit;
// Space play/pause, Left/Right previous/next event, Shift+Left/Right a year, Home/End; a clicker's
// PageDown/PageUp steps by the step mode (event, year or milestone) with a caption of what changed.
// Presentation mode: B or . blacks the screen out, W whitens it, N shows the speaker notes over
// the map, C hides/shows the slide counter and progress dots.
#pragma once

#include <string>

#include "core/data/civil_date.hpp"
#include "core/timeline/timeline_stepper.hpp"
#include "core/view/view_state.hpp"
#include "core/geo/geodata_loader.hpp"
#include "core/geo/projection.hpp"
#include "ui/theme.hpp"

namespace engagemap {

struct AppWindowOptions {
    GeodataOptions geodata;           // initial geodata source and layer
    std::string datasetPath;          // engagement dataset (JSON); empty = base map only
    ViewState view;                   // initial view (instrument A empty = "budapest" if present),
                                      // projection and theme
    std::string date;                 // initial date YYYY-MM-DD; empty = the instrument's latest date
    std::string storyPath;            // storyboard to present; empty = none
    int startSlide = 0;               // 0-based slide to start on
    bool startSlideGiven = false;     // startSlide was asked for: refused when out of range
    int width = 1600, height = 900;   // initial window size in screen coordinates
    bool fullscreen = false;          // borderless, at the monitor's native resolution
    int monitor = 0;                  // monitor index for full screen (0 = primary)
    bool presentation = false;        // start in presentation mode (F5 toggles)
    StepMode stepMode = StepMode::Event;  // what a clicker step moves without a storyboard (View menu too)
    int presenterMonitor = -1;        // >= 0: the presenter screen (notes, next slide, timer) on this monitor
    int maxFrames = 0;                // > 0: close after this many frames (smoke tests)
    std::string screenshotPath;       // with maxFrames: PNG of the last frame (the presenter
                                      // window's in PresenterScreenshotPath(screenshotPath))
    std::string profileCountry;       // ISO3 or name: open with this country's profile docked
    bool tableTab = false;            // open on the Table tab instead of the map
    std::string tableFrom, tableTo;   // the Table tab's date range (YYYY-MM-DD); given: range mode
    // Set on the command line: the user preferences (ui/window_prefs.hpp) do not override these.
    bool themeGiven = false, datasetGiven = false, placementGiven = false;
};

// "shot.png" -> "shot-presenter.png": where --screenshot writes the presenter window's last frame.
std::string PresenterScreenshotPath(const std::string& screenshotPath);

// True when an X11 display is available (GLFW 3.3 on Debian is X11 only).
bool HasDisplay();

// Runs the window until closed. Returns a process exit code; errors go to stderr.
int RunAppWindow(const AppWindowOptions& options);

}  // namespace engagemap
