// The export overlay on the CPU: rasterises the ImGui draw lists the overlay painter built
// (ui/map_overlay.cpp) onto an RGBA image, as imgui_impl_opengl3 would draw them with GL. The
// same draw lists as the window and the GL export, so the text, legend and captions match them.
#pragma once

#include <imgui.h>

#include "core/io/png_image.hpp"

namespace engagemap {

// Makes the current ImGui context's font atlas ready for CPU drawing (builds it as an alpha
// texture) and lets draw lists use 32-bit vertex offsets. Call once after adding the fonts.
void PrepareCpuOverlay(ImGuiIO& io);

// Draws `data` (ImGui::GetDrawData() after ImGui::Render(), display origin at the image's top
// left) over `image`, sampling the current context's font atlas.
void RasteriseDrawData(const ImDrawData& data, RgbaImage& image);

}  // namespace engagemap
