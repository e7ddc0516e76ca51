// The export overlay on the CPU: rasterises the ImGui draw lists the overlay painter built
// (ui/map_overlay.cpp) onto an RGBA image, as imgui_impl_opengl3 would draw them with GL. The
// same draw lists as the window and the GL export, so the text, legend and captions match them.
#pragma once

#include <imgui.h>

#include "core/io/png_image.hpp"

namespace engagemap {

// Lets the context's draw lists use vertex offsets (large lists), as a renderer backend declares.
// Call once before the first frame; the font atlas is read as an alpha texture when drawing.
void PrepareCpuOverlay(ImGuiIO& io);

// Draws `data` (ImGui::GetDrawData() after ImGui::Render(), display origin at the image's top
// left) over `image`, sampling the current context's font atlas.
void RasteriseDrawData(const ImDrawData& data, RgbaImage& image);

}  // namespace engagemap
