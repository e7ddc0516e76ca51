// engagemap/engagemap.hpp — the whole public API of engagemap, a GPU-rendered world map of
// countries' engagement in international cyber policy with a timeline, for embedding in other
// applications. See share/doc/engagemap/docs/embedding.md for a walk-through.
//
// Libraries (CMake: find_package(engagemap CONFIG REQUIRED)):
//   engagemap::core   version.hpp, common.hpp, data.hpp, view.hpp, timeline.hpp   (GDAL; no GL, no ImGui)
//   engagemap::render the OpenGL renderer (no public header of its own; used by ui)
//   engagemap::ui     map_widget.hpp (Dear ImGui hosts), headless_renderer.hpp (images, no window)
// Everything is in namespace engagemap::embed. Nothing throws; failures return false/nullopt with
// a message, loaders return located Problems.
#pragma once

#include "engagemap/version.hpp"
#include "engagemap/common.hpp"
#include "engagemap/data.hpp"
#include "engagemap/view.hpp"
#include "engagemap/timeline.hpp"
#include "engagemap/map_widget.hpp"
#include "engagemap/headless_renderer.hpp"
