// The export overlay on the CPU: rasterises the ImGui draw lists the overlay painter built
// (ui/map_overlay.cpp) onto an RGBA image, as imgui_impl_opengl3 would draw them with GL. The
// same draw lists as the window and the GL export, so the text, legend and captions match them.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <vector>

#include "core/io/png_image.hpp"
#include "raster/textured_triangles.hpp"

namespace engagemap {

// Lets the context's draw lists use vertex offsets (large lists), as a renderer backend declares.
// Call once before the first frame; the font atlas is read as an alpha texture when drawing.
void PrepareCpuOverlay(ImGuiIO& io);

// One frame's overlay, copied out of ImGui's draw data so that it can be drawn later, band by
// band (an export that encodes its frame as it draws it): each draw command's triangles and
// clip rectangle, in order, and the font atlas they sample.
class CpuOverlay {
public:
    // Copies `data` (ImGui::GetDrawData() after ImGui::Render(), display origin at the image's top
    // left); the current context's font atlas must not change until the last Draw.
    void Capture(const ImDrawData& data);
    bool Empty() const { return batches_.empty(); }
    // Draws the captured overlay over the rows `image` holds, as imgui_impl_opengl3 would.
    void Draw(const raster::RgbaRows& image, raster::RowStripes stripes = {}) const;

private:
    struct Batch {
        size_t list = 0;
        std::vector<uint32_t> indices;
        raster::ClipRect clip;
    };
    std::vector<std::vector<raster::TexturedVertex>> vertices_;  // per draw list
    std::vector<Batch> batches_;
    raster::AlphaTexture texture_;
};

// Draws `data` over `image` (Capture, then Draw with the rows split over threads).
void RasteriseDrawData(const ImDrawData& data, RgbaImage& image);

}  // namespace engagemap
