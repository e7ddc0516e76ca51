#include "raster/textured_triangles.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "raster/triangle_spans.hpp"

namespace engagemap::raster {
namespace {

// An attribute's plane over the triangle. Its value at pixel centre (xc, yc) is
// Row(yc) + dx * xc, evaluated per pixel in exactly that order (never stepped along a span), so
// a pixel's value depends only on the plane and the pixel: the axis-aligned path below can then
// tabulate it per column and per row and give bit-identical results.
struct Plane {
    float at0 = 0, dx = 0, dy = 0;
    float Row(float yc) const { return at0 + dy * yc; }
};

Plane PlaneOf(const TexturedVertex& a, const TexturedVertex& b, const TexturedVertex& c, float fa, float fb, float fc,
              float inverseArea) {
    const float dx = ((fb - fa) * (c.y - a.y) - (fc - fa) * (b.y - a.y)) * inverseArea;
    const float dy = ((fc - fa) * (b.x - a.x) - (fb - fa) * (c.x - a.x)) * inverseArea;
    return Plane{fa - dx * a.x - dy * a.y, dx, dy};
}

// The two texels bilinear filtering reads along one axis for a texture coordinate (0..1) and
// the weight of the second; clamped at the texture's edges.
struct Tap {
    int i0 = 0, i1 = 0;
    float w = 0;
};

inline Tap TapOf(float coord, int size) {
    const float f = coord * static_cast<float>(size) - 0.5f;
    const float f0 = std::floor(f);
    const int i = static_cast<int>(f0);
    return Tap{std::clamp(i, 0, size - 1), std::clamp(i + 1, 0, size - 1), f - f0};
}

// Bilinear sample (0..1) from texture rows r0 (tap row.i0) and r1 (row.i1) at column taps `col`.
inline float Bilinear(const uint8_t* r0, const uint8_t* r1, const Tap& col, float rowWeight) {
    const int a = r0[col.i0], b = r0[col.i1], c = r1[col.i0], d = r1[col.i1];
    if ((a | b | c | d) == 0) return 0.0f;  // most of a glyph's quad
    const float top = static_cast<float>(a) + static_cast<float>(b - a) * col.w;
    const float bottom = static_cast<float>(c) + static_cast<float>(d - c) * col.w;
    return (top + (bottom - top) * rowWeight) * (1.0f / 255.0f);
}

inline const uint8_t* RowOf(const AlphaTexture& t, int row) {
    return t.alpha + static_cast<size_t>(row) * static_cast<size_t>(t.width);
}

// Bilinear sample of the alpha texture at (u, v) in 0..1, clamped at the edges; 0..1.
inline float SampleAlpha(const AlphaTexture& t, float u, float v) {
    const Tap row = TapOf(v, t.height);
    return Bilinear(RowOf(t, row.i0), RowOf(t, row.i1), TapOf(u, t.width), row.w);
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

// Fills the triangle's spans with one blend for every pixel: an opaque colour is stored, a
// translucent one applied as a lookup from each old channel value to the new one.
void FillFlat(const RgbaRows& image, const TexturedVertex& a, const TexturedVertex& b, const TexturedVertex& c,
              const float* rgb, float alpha, const ClipRect& clip, RowStripes rows) {
    if (alpha >= 1.0f) {
        uint8_t p[4] = {0, 0, 0, 0};
        Blend(p, rgb, alpha);
        ForEachTriangleSpan(PxPoint{a.x, a.y}, PxPoint{b.x, b.y}, PxPoint{c.x, c.y}, clip.x0, clip.y0, clip.x1, clip.y1,
                            [&](int y, int x0, int x1) {
                                if (!rows.Has(y)) return;
                                uint8_t* q = image.Row(y) + static_cast<size_t>(x0) * 4;
                                for (int x = x0; x < x1; ++x, q += 4) std::memcpy(q, p, 4);
                            });
        return;
    }
    uint8_t lut[4][256];
    for (int value = 0; value < 256; ++value) {
        uint8_t p[4];
        std::memset(p, value, 4);
        Blend(p, rgb, alpha);
        for (int i = 0; i < 4; ++i) lut[i][value] = p[i];
    }
    ForEachTriangleSpan(PxPoint{a.x, a.y}, PxPoint{b.x, b.y}, PxPoint{c.x, c.y}, clip.x0, clip.y0, clip.x1, clip.y1,
                        [&](int y, int x0, int x1) {
                            if (!rows.Has(y)) return;
                            uint8_t* q = image.Row(y) + static_cast<size_t>(x0) * 4;
                            for (int x = x0; x < x1; ++x, q += 4) {
                                q[0] = lut[0][q[0]];
                                q[1] = lut[1][q[1]];
                                q[2] = lut[2][q[2]];
                                q[3] = lut[3][q[3]];
                            }
                        });
}

// A flat-coloured triangle whose texture coordinates follow the axes (u depends on x only, v on y
// only: a glyph's quad, an image): the column taps are computed once per column and the row taps
// once per row, from the same planes and in the same order as the general path, so the pixels
// are bit-identical to it.
void FillAxisAlignedTextured(const RgbaRows& image, const TexturedVertex& a, const TexturedVertex& b, const TexturedVertex& c,
                             const float* rgba, const Plane& u, const Plane& v, const AlphaTexture& texture,
                             const ClipRect& clip, RowStripes rows, std::vector<Tap>& columns) {
    const float minX = std::min({a.x, b.x, c.x}), maxX = std::max({a.x, b.x, c.x});
    // Spans lie within [ceil(minX - 0.5), ceil(maxX - 0.5)) ⊂ [floor(minX), ceil(maxX)].
    const int bx0 = static_cast<int>(std::clamp(std::floor(minX), static_cast<float>(clip.x0), static_cast<float>(clip.x1)));
    const int bx1 = static_cast<int>(std::clamp(std::ceil(maxX) + 1.0f, static_cast<float>(clip.x0), static_cast<float>(clip.x1)));
    if (bx0 >= bx1) return;
    bool tabulated = false;
    bool columnsOnTexels = false;  // every column's tap weight is 0: a glyph drawn at its own size
    uint8_t opaque[4] = {0, 0, 0, 0};
    Blend(opaque, rgba, 1.0f);  // what a fully covered pixel becomes, when rgba is opaque
    ForEachTriangleSpan(PxPoint{a.x, a.y}, PxPoint{b.x, b.y}, PxPoint{c.x, c.y}, clip.x0, clip.y0, clip.x1, clip.y1,
                        [&](int y, int x0, int x1) {
                            if (!rows.Has(y)) return;
                            const float yc = static_cast<float>(y) + 0.5f;
                            const float rowU = u.Row(yc);  // the same for every row: u.dy is 0
                            if (!tabulated) {
                                columns.resize(static_cast<size_t>(bx1 - bx0));
                                columnsOnTexels = true;
                                for (int x = bx0; x < bx1; ++x) {
                                    Tap& tap = columns[static_cast<size_t>(x - bx0)];
                                    tap = TapOf(rowU + u.dx * (static_cast<float>(x) + 0.5f), texture.width);
                                    columnsOnTexels = columnsOnTexels && tap.w == 0.0f;
                                }
                                tabulated = true;
                            }
                            // v.dx is 0: v is the same along the row.
                            const Tap row = TapOf(v.Row(yc) + v.dx * (static_cast<float>(x0) + 0.5f), texture.height);
                            const uint8_t* r0 = RowOf(texture, row.i0);
                            const uint8_t* r1 = RowOf(texture, row.i1);
                            uint8_t* p = image.Row(y);
                            const Tap* col = columns.data() - bx0;
                            if (columnsOnTexels && row.w == 0.0f) {
                                // Pixel centres on texel centres (nearly every glyph pixel): Bilinear's
                                // weights are 0 and it returns the one texel over 255, exactly, so
                                // read just that texel.
                                for (int x = x0; x < x1; ++x) {
                                    const uint8_t texel = r0[col[x].i0];
                                    if (texel == 0) continue;
                                    const float t = static_cast<float>(texel) * (1.0f / 255.0f);
                                    uint8_t* q = p + static_cast<size_t>(x) * 4;
                                    const float a = rgba[3] * t;
                                    if (a >= 1.0f)
                                        std::memcpy(q, opaque, 4);
                                    else
                                        Blend(q, rgba, a);
                                }
                                return;
                            }
                            for (int x = x0; x < x1; ++x) {
                                const float t = Bilinear(r0, r1, col[x], row.w);
                                if (t > 0.0f) Blend(p + static_cast<size_t>(x) * 4, rgba, rgba[3] * t);
                            }
                        });
}

}  // namespace

void DrawTexturedTriangles(const RgbaRows& image, const TexturedVertex* vertices, const uint32_t* indices,
                           uint32_t indexCount, const AlphaTexture& texture, ClipRect clip, TrianglePaths paths,
                           RowStripes rows) {
    clip.x0 = std::max(clip.x0, 0);
    clip.y0 = std::max(clip.y0, 0);
    clip.x1 = std::min(clip.x1, image.width);
    clip.y0 = std::max(clip.y0, image.rowBegin);
    clip.y1 = std::min(clip.y1, image.rowEnd);
    if (clip.x0 >= clip.x1 || clip.y0 >= clip.y1 || !texture.alpha || texture.width <= 0 || texture.height <= 0) return;
    std::vector<Tap> columns;  // FillAxisAlignedTextured's table, reused
    for (uint32_t k = 0; k + 2 < indexCount; k += 3) {
        const TexturedVertex& a = vertices[indices[k]];
        const TexturedVertex& b = vertices[indices[k + 1]];
        const TexturedVertex& c = vertices[indices[k + 2]];
        // Rows outside the clip (a band of the frame) draw nothing: skip before any set-up.
        if (std::max({a.y, b.y, c.y}) < static_cast<float>(clip.y0) - 1.0f ||
            std::min({a.y, b.y, c.y}) > static_cast<float>(clip.y1) + 1.0f)
            continue;
        const float area = (b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y);
        if (area == 0.0f || !std::isfinite(area)) continue;
        const float inv = 1.0f / area;
        const bool flatColour = std::equal(a.rgba, a.rgba + 4, b.rgba) && std::equal(a.rgba, a.rgba + 4, c.rgba);
        const bool flatUv = a.u == b.u && a.u == c.u && a.v == b.v && a.v == c.v;
        float flat[4];
        for (int i = 0; i < 4; ++i) flat[i] = a.rgba[i] / 255.0f;
        if (flatColour && flatUv) {
            // A solid rectangle or shape (the legend card, bars): the same blend for every pixel.
            const float alpha = flat[3] * SampleAlpha(texture, a.u, a.v);
            if (alpha > 0.0f) FillFlat(image, a, b, c, flat, alpha, clip, rows);
            continue;
        }
        const Plane u = PlaneOf(a, b, c, a.u, b.u, c.u, inv);
        const Plane v = PlaneOf(a, b, c, a.v, b.v, c.v, inv);
        if (paths == TrianglePaths::Fastest && flatColour && u.dy == 0.0f && v.dx == 0.0f) {
            FillAxisAlignedTextured(image, a, b, c, flat, u, v, texture, clip, rows, columns);
            continue;
        }
        Plane col[4];
        for (int i = 0; i < 4; ++i) col[i] = PlaneOf(a, b, c, a.rgba[i] / 255.0f, b.rgba[i] / 255.0f, c.rgba[i] / 255.0f, inv);
        const float flatAlpha = flatUv ? SampleAlpha(texture, a.u, a.v) : 0.0f;
        ForEachTriangleSpan(PxPoint{a.x, a.y}, PxPoint{b.x, b.y}, PxPoint{c.x, c.y}, clip.x0, clip.y0, clip.x1, clip.y1,
                            [&](int y, int x0, int x1) {
                                if (!rows.Has(y)) return;
                                uint8_t* row = image.Row(y);
                                const float yc = static_cast<float>(y) + 0.5f;
                                const float rowU = u.Row(yc), rowV = v.Row(yc);
                                float rowCol[4];
                                for (int i = 0; i < 4; ++i) rowCol[i] = col[i].Row(yc);
                                float rgba[4] = {flat[0], flat[1], flat[2], flat[3]};
                                for (int x = x0; x < x1; ++x) {
                                    const float xc = static_cast<float>(x) + 0.5f;
                                    const float t = flatUv ? flatAlpha : SampleAlpha(texture, rowU + u.dx * xc, rowV + v.dx * xc);
                                    if (t <= 0.0f) continue;
                                    if (!flatColour)
                                        for (int i = 0; i < 4; ++i) rgba[i] = rowCol[i] + col[i].dx * xc;
                                    Blend(row + static_cast<size_t>(x) * 4, rgba, rgba[3] * t);
                                }
                            });
    }
}

}  // namespace engagemap::raster
