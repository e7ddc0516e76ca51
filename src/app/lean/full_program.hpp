// The lean `engagemap` program and the full one. `engagemap` is built without GDAL, OpenGL,
// GLFW or cairo (their ~130 shared libraries take ~110 ms to load before main on the machines
// exports run on), so that the common export — a PNG of the bundled geodata on the CPU renderer —
// starts in a few milliseconds. Whatever needs one of those libraries (the window, geodata without
// a matching snapshot, /vsi… paths, the GL renderer, SVG/PDF, recentred maps, dataset import…)
// is handed to the full program, `engagemap-full`, with the same arguments: the process is
// replaced (execv), so its output, exit status and signals are the full program's own.
// See src/app/lean/lean_platform.cpp for the hand-over points and docs/performance.md.
#pragma once

#include <string>

namespace engagemap {

// Where the full program is: $ENGAGEMAP_FULL_PROGRAM when set, else engagemap-full next to this
// executable (the build tree), else the installed one (ENGAGEMAP_FULL_PROGRAM_RELPATH from the
// bin directory: ../libexec/engagemap/engagemap-full). "" when none is found.
std::string FullProgramPath();

// Replaces this process with the full program run on this process's own arguments (read from
// /proc/self/cmdline, so nothing the command line parser changed is lost). `why` names what needed
// it (shown with ENGAGEMAP_LEAN_TRACE=1). Never returns: if the program cannot be run, says so and
// exits with 70 (EX_SOFTWARE).
[[noreturn]] void RunFullProgram(const char* why);

}  // namespace engagemap
