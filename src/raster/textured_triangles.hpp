// Textured, vertex-coloured, alpha-blended triangles on the CPU: what an ImGui renderer backend
// draws (ImDrawData: indexed triangles with a position, a texture coordinate and a colour per
// vertex, clipped to a rectangle, sampling the font atlas). The export's overlay (title, date,
// legend, captions, footnote, progress bar, labels) goes through this, so a CPU export shows
// the same draw lists as the window and the GL export.
//
// Sampling and blending follow imgui_impl_opengl3: bilinear filtering of an alpha texture
// (RGB white), colour = vertex colour x texel, blend SRC_ALPHA / ONE_MINUS_SRC_ALPHA for RGB and
// ONE / ONE_MINUS_SRC_ALPHA for alpha. Coverage uses the top-left rule (triangle_spans.hpp).
#pragma once

#include <cstdint>

#include "core/io/png_image.hpp"

namespace engagemap::raster {

// One vertex: position in pixels (origin top-left, y down), texture coordinate 0..1, colour as
// 8-bit R, G, B, A (ImGui's IM_COL32 packs R in the low byte: the same memory order).
struct TexturedVertex {
    float x = 0, y = 0;
    float u = 0, v = 0;
    uint8_t rgba[4] = {255, 255, 255, 255};
};

// A single-channel texture (the font atlas' alpha), row-major, top row first.
struct AlphaTexture {
    const uint8_t* alpha = nullptr;
    int width = 0, height = 0;
};

// A clip rectangle in pixels: x0 <= x < x1, y0 <= y < y1 (ImGui's ClipRect, truncated as glScissor does).
struct ClipRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Which code paths DrawTexturedTriangles may take. Both fill solid shapes (one colour and texel)
// with one blend per pixel. Fastest: flat-coloured triangles with axis-aligned texture
// coordinates (glyph quads) sample through per-column and per-row tables; General: they go
// through the general per-pixel path (for tests that hold the fast path to it: same pixels).
enum class TrianglePaths { Fastest, General };

// The rows a call may write: those whose 16-row stripe (y / 16) % count is `index`; {1, 0}: all.
// Threads drawing the same triangles with different indices split the work; every pixel gets
// the same value as from one call drawing all rows.
struct RowStripes {
    int count = 1, index = 0;
    static constexpr int kRows = 16;
    bool Has(int y) const { return count <= 1 || (y / kRows) % count == index; }
};

// Rows [rowBegin, rowEnd) of an RGBA image `width` pixels wide, row rowBegin at `pixels`: a
// whole image, or the band of a frame that an encoder is about to compress.
struct RgbaRows {
    uint8_t* pixels = nullptr;
    int width = 0;                 // pixels
    int rowBegin = 0, rowEnd = 0;  // image rows held
    uint8_t* Row(int y) const {
        return pixels + static_cast<size_t>(y - rowBegin) * static_cast<size_t>(width) * 4;
    }
    static RgbaRows Of(RgbaImage& image) { return RgbaRows{image.pixels.data(), image.width, 0, image.height}; }
};

// Draws triangles (indices[3k], indices[3k+1], indices[3k+2]) of `vertices` into `image`
// (positions in the whole image's pixels; only the rows it holds are written).
void DrawTexturedTriangles(const RgbaRows& image, const TexturedVertex* vertices, const uint32_t* indices,
                           uint32_t indexCount, const AlphaTexture& texture, ClipRect clip,
                           TrianglePaths paths = TrianglePaths::Fastest, RowStripes rows = {});
inline void DrawTexturedTriangles(RgbaImage& image, const TexturedVertex* vertices, const uint32_t* indices,
                                  uint32_t indexCount, const AlphaTexture& texture, ClipRect clip,
                                  TrianglePaths paths = TrianglePaths::Fastest, RowStripes rows = {}) {
    DrawTexturedTriangles(RgbaRows::Of(image), vertices, indices, indexCount, texture, clip, paths, rows);
}

}  // namespace engagemap::raster
