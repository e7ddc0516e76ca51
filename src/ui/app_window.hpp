// AppWindow: the interactive application — a GLFW window with an OpenGL 3.3 core context,
// Dear ImGui (fonts scaled to the monitor's content scale), a menu bar, the instrument list,
// the MapWidget with its overlay, and the timeline with the cumulative chart.
#pragma once

#include <string>

#include "core/data/civil_date.hpp"
#include "core/geo/geodata_loader.hpp"
#include "core/geo/projection.hpp"

namespace engagemap {

struct AppWindowOptions {
    GeodataOptions geodata;           // initial geodata source and layer
    std::string datasetPath;          // engagement dataset (JSON); empty = base map only
    std::string instrumentId;         // initially selected instrument; empty = "budapest" if present
    std::string date;                 // initial date YYYY-MM-DD; empty = the instrument's latest date
    ProjectionKind projection = ProjectionKind::EqualEarth;
    int width = 1600, height = 900;   // initial window size in screen coordinates
    bool fullscreen = false;          // on the primary monitor
    int maxFrames = 0;                // > 0: close after this many frames (smoke tests)
    std::string screenshotPath;       // with maxFrames: PNG of the last frame
};

// True when an X11 display is available (GLFW 3.3 on Debian is X11 only).
bool HasDisplay();

// Runs the window until closed. Returns a process exit code; errors go to stderr.
int RunAppWindow(const AppWindowOptions& options);

}  // namespace engagemap
