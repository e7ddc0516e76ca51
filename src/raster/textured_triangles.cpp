#include "raster/textured_triangles.hpp"

#include <algorithm>
#include <cmath>

#include "raster/triangle_spans.hpp"

namespace engagemap::raster {
namespace {

// An attribute's plane over the triangle: value at pixel centre (x, y) = at0 + dx * x + dy * y.
struct Plane {
    float at0 = 0, dx = 0, dy = 0;
    float At(float x, float y) const { return at0 + dx * x + dy * y; }
};

Plane PlaneOf(const TexturedVertex& a, const TexturedVertex& b, const TexturedVertex& c, float fa, float fb, float fc,
              float inverseArea) {
    const float dx = ((fb - fa) * (c.y - a.y) - (fc - fa) * (b.y - a.y)) * inverseArea;
    const float dy = ((fc - fa) * (b.x - a.x) - (fb - fa) * (c.x - a.x)) * inverseArea;
    return Plane{fa - dx * a.x - dy * a.y, dx, dy};
}

// Bilinear sample of the alpha texture at (u, v) in 0..1, clamped at the edges; 0..1.
inline float SampleAlpha(const AlphaTexture& t, float u, float v) {
    const float fx = u * t.width - 0.5f, fy = v * t.height - 0.5f;
    const float x0f = std::floor(fx), y0f = std::floor(fy);
    const float ax = fx - x0f, ay = fy - y0f;
    const int x0 = std::clamp(static_cast<int>(x0f), 0, t.width - 1), x1 = std::clamp(static_cast<int>(x0f) + 1, 0, t.width - 1);
    const int y0 = std::clamp(static_cast<int>(y0f), 0, t.height - 1), y1 = std::clamp(static_cast<int>(y0f) + 1, 0, t.height - 1);
    const uint8_t* r0 = t.alpha + static_cast<size_t>(y0) * static_cast<size_t>(t.width);
    const uint8_t* r1 = t.alpha + static_cast<size_t>(y1) * static_cast<size_t>(t.width);
    if ((r0[x0] | r0[x1] | r1[x0] | r1[x1]) == 0) return 0.0f;  // most of a glyph's quad
    const float top = r0[x0] + (r0[x1] - r0[x0]) * ax;
    const float bottom = r1[x0] + (r1[x1] - r1[x0]) * ax;
    return (top + (bottom - top) * ay) * (1.0f / 255.0f);
}

inline uint8_t ToUnorm(float v) { return static_cast<uint8_t>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); }

// GL blending of a straight-alpha source colour (0..1) over the pixel: RGB SRC_ALPHA /
// ONE_MINUS_SRC_ALPHA, alpha ONE / ONE_MINUS_SRC_ALPHA. An opaque source replaces the pixel.
inline void Blend(uint8_t* p, const float* rgb, float a) {
    if (a >= 1.0f) {
        p[0] = ToUnorm(rgb[0]);
        p[1] = ToUnorm(rgb[1]);
        p[2] = ToUnorm(rgb[2]);
        p[3] = 255;
        return;
    }
    const float keep = (1.0f - a) * (1.0f / 255.0f);
    p[0] = ToUnorm(rgb[0] * a + p[0] * keep);
    p[1] = ToUnorm(rgb[1] * a + p[1] * keep);
    p[2] = ToUnorm(rgb[2] * a + p[2] * keep);
    p[3] = ToUnorm(a + p[3] * keep);
}

}  // namespace

void DrawTexturedTriangles(RgbaImage& image, const TexturedVertex* vertices, const uint32_t* indices,
                           uint32_t indexCount, const AlphaTexture& texture, ClipRect clip) {
    clip.x0 = std::max(clip.x0, 0);
    clip.y0 = std::max(clip.y0, 0);
    clip.x1 = std::min(clip.x1, image.width);
    clip.y1 = std::min(clip.y1, image.height);
    if (clip.x0 >= clip.x1 || clip.y0 >= clip.y1 || !texture.alpha || texture.width <= 0 || texture.height <= 0) return;
    uint8_t* pixels = image.pixels.data();
    const size_t stride = static_cast<size_t>(image.width) * 4;
    for (uint32_t k = 0; k + 2 < indexCount; k += 3) {
        const TexturedVertex& a = vertices[indices[k]];
        const TexturedVertex& b = vertices[indices[k + 1]];
        const TexturedVertex& c = vertices[indices[k + 2]];
        const float area = (b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y);
        if (area == 0.0f || !std::isfinite(area)) continue;
        const float inv = 1.0f / area;
        const bool flatColour = std::equal(a.rgba, a.rgba + 4, b.rgba) && std::equal(a.rgba, a.rgba + 4, c.rgba);
        const bool flatUv = a.u == b.u && a.u == c.u && a.v == b.v && a.v == c.v;
        Plane col[4], u, v;
        for (int i = 0; i < 4; ++i) col[i] = PlaneOf(a, b, c, a.rgba[i] / 255.0f, b.rgba[i] / 255.0f, c.rgba[i] / 255.0f, inv);
        u = PlaneOf(a, b, c, a.u, b.u, c.u, inv);
        v = PlaneOf(a, b, c, a.v, b.v, c.v, inv);
        const float flatAlpha = flatUv ? SampleAlpha(texture, a.u, a.v) : 0.0f;
        float flat[4];
        for (int i = 0; i < 4; ++i) flat[i] = a.rgba[i] / 255.0f;
        if (flatColour && flatUv) {
            // A solid rectangle or shape (the legend card, bars): the same blend for every pixel,
            // as a lookup from each old channel value to the new one.
            const float alpha = flat[3] * flatAlpha;
            if (alpha <= 0.0f) continue;
            uint8_t lut[4][256];
            for (int v = 0; v < 256; ++v) {
                uint8_t p[4] = {static_cast<uint8_t>(v), static_cast<uint8_t>(v), static_cast<uint8_t>(v), static_cast<uint8_t>(v)};
                Blend(p, flat, alpha);
                for (int i = 0; i < 4; ++i) lut[i][v] = p[i];
            }
            ForEachTriangleSpan(PxPoint{a.x, a.y}, PxPoint{b.x, b.y}, PxPoint{c.x, c.y}, clip.x0, clip.y0, clip.x1, clip.y1,
                                [&](int y, int x0, int x1) {
                                    uint8_t* p = pixels + static_cast<size_t>(y) * stride + static_cast<size_t>(x0) * 4;
                                    for (int x = x0; x < x1; ++x, p += 4) {
                                        p[0] = lut[0][p[0]];
                                        p[1] = lut[1][p[1]];
                                        p[2] = lut[2][p[2]];
                                        p[3] = lut[3][p[3]];
                                    }
                                });
            continue;
        }
        ForEachTriangleSpan(PxPoint{a.x, a.y}, PxPoint{b.x, b.y}, PxPoint{c.x, c.y}, clip.x0, clip.y0, clip.x1, clip.y1,
                            [&](int y, int x0, int x1) {
                                uint8_t* row = pixels + static_cast<size_t>(y) * stride;
                                const float yc = y + 0.5f, xc0 = x0 + 0.5f;
                                // Attributes at the span's first pixel centre, then stepped along x.
                                float tu = u.At(xc0, yc), tv = v.At(xc0, yc);
                                float rgba[4];
                                for (int i = 0; i < 4; ++i) rgba[i] = flatColour ? flat[i] : col[i].At(xc0, yc);
                                for (int x = x0; x < x1; ++x) {
                                    const float t = flatUv ? flatAlpha : SampleAlpha(texture, tu, tv);
                                    if (t > 0.0f) Blend(row + static_cast<size_t>(x) * 4, rgba, rgba[3] * t);
                                    tu += u.dx;
                                    tv += v.dx;
                                    if (!flatColour)
                                        for (int i = 0; i < 4; ++i) rgba[i] += col[i].dx;
                                }
                            });
    }
}

}  // namespace engagemap::raster
