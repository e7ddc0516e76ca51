// AppWindow: the interactive application — a GLFW window with an OpenGL 3.3 core context,
// Dear ImGui (fonts scaled to the monitor's content scale), a menu bar and the MapWidget.
#pragma once

#include <string>

#include "core/geo/geodata_loader.hpp"
#include "core/geo/projection.hpp"

namespace engagemap {

struct AppWindowOptions {
    GeodataOptions geodata;           // initial geodata source and layer
    ProjectionKind projection = ProjectionKind::EqualEarth;
    int width = 1600, height = 900;   // initial window size in screen coordinates
    bool fullscreen = false;          // on the primary monitor
    std::string fontPath;             // TTF; empty = DejaVu Sans from fonts-dejavu-core
    int maxFrames = 0;                // > 0: close after this many frames (smoke tests)
    std::string screenshotPath;       // with maxFrames: PNG of the last frame
};

// True when an X11 display is available (GLFW 3.3 on Debian is X11 only).
bool HasDisplay();

// Runs the window until closed. Returns a process exit code; errors go to stderr.
int RunAppWindow(const AppWindowOptions& options);

}  // namespace engagemap
