// The fast paths of DrawTexturedTriangles (solid fills, axis-aligned textured quads such as
// glyphs) against its general per-pixel path: the same pixels, bit for bit.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "raster/textured_triangles.hpp"

namespace engagemap {
namespace {

RgbaImage NoiseImage(int w, int h, std::mt19937& rng) {
    RgbaImage image;
    image.width = w;
    image.height = h;
    image.pixels.resize(static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
    std::uniform_int_distribution<int> byte(0, 255);
    for (uint8_t& p : image.pixels) p = static_cast<uint8_t>(byte(rng));
    return image;
}

// A glyph-like texture: mostly zero with blobs of coverage, and a white texel at (0, 0) as
// ImGui's atlas has for solid shapes.
std::vector<uint8_t> AtlasLike(int w, int h, std::mt19937& rng) {
    std::vector<uint8_t> texels(static_cast<size_t>(w) * static_cast<size_t>(h), 0);
    std::uniform_int_distribution<int> byte(0, 255), coin(0, 2);
    for (uint8_t& t : texels)
        if (coin(rng) == 0) t = static_cast<uint8_t>(byte(rng));
    texels[0] = 255;
    return texels;
}

// Random position: whole pixels, pixel centres, or any fraction (edges through pixel centres
// exercise the top-left rule).
float RandomCoordinate(std::mt19937& rng, float lo, float hi) {
    std::uniform_real_distribution<float> any(lo, hi);
    std::uniform_int_distribution<int> kind(0, 2);
    const float v = any(rng);
    switch (kind(rng)) {
        case 0: return std::floor(v);
        case 1: return std::floor(v) + 0.5f;
        default: return v;
    }
}

// Two triangles forming an axis-aligned rectangle with axis-aligned texture coordinates, in a
// random vertex order and with either diagonal; flat colour (a glyph) or per-vertex colours.
void AddQuad(std::vector<raster::TexturedVertex>& v, std::vector<uint32_t>& idx, std::mt19937& rng, int size,
             bool flatColour) {
    const float x0 = RandomCoordinate(rng, -8, static_cast<float>(size)), y0 = RandomCoordinate(rng, -8, static_cast<float>(size));
    std::uniform_real_distribution<float> extent(0.5f, 24.0f), uv(0.0f, 1.0f);
    const float x1 = x0 + RandomCoordinate(rng, 0.5f, 24.0f), y1 = y0 + extent(rng);
    float u0 = uv(rng), u1 = uv(rng), v0 = uv(rng), v1 = uv(rng);
    if (std::uniform_int_distribution<int>(0, 1)(rng)) {  // a glyph: one texel per pixel
        u0 = std::floor(u0 * 64) / 64;
        v0 = std::floor(v0 * 64) / 64;
        u1 = u0 + (x1 - x0) / 64;
        v1 = v0 + (y1 - y0) / 64;
    }
    const uint32_t base = static_cast<uint32_t>(v.size());
    std::uniform_int_distribution<int> byte(0, 255);
    const uint8_t flat[4] = {static_cast<uint8_t>(byte(rng)), static_cast<uint8_t>(byte(rng)), static_cast<uint8_t>(byte(rng)),
                             static_cast<uint8_t>(byte(rng))};
    const float corners[4][4] = {{x0, y0, u0, v0}, {x1, y0, u1, v0}, {x1, y1, u1, v1}, {x0, y1, u0, v1}};
    for (const auto& c : corners) {
        raster::TexturedVertex t;
        t.x = c[0];
        t.y = c[1];
        t.u = c[2];
        t.v = c[3];
        for (int i = 0; i < 4; ++i) t.rgba[i] = flatColour ? flat[i] : static_cast<uint8_t>(byte(rng));
        v.push_back(t);
    }
    const bool otherDiagonal = std::uniform_int_distribution<int>(0, 1)(rng);
    std::vector<uint32_t> tris = otherDiagonal ? std::vector<uint32_t>{0, 1, 3, 1, 2, 3} : std::vector<uint32_t>{0, 1, 2, 0, 2, 3};
    if (std::uniform_int_distribution<int>(0, 1)(rng)) std::swap(tris[1], tris[2]);  // winding
    std::uniform_int_distribution<int> rotate(0, 2);
    for (int t = 0; t < 2; ++t) {
        const int r = rotate(rng);
        for (int i = 0; i < 3; ++i) idx.push_back(base + tris[static_cast<size_t>(t * 3 + (i + r) % 3)]);
    }
}

TEST(TexturedTrianglesFastPath, RandomQuadsMatchTheGeneralPathExactly) {
    std::mt19937 rng(20261202);
    const int size = 96;
    size_t fastPixelsChanged = 0;
    for (int round = 0; round < 200; ++round) {
        const std::vector<uint8_t> texels = AtlasLike(64, 64, rng);
        const raster::AlphaTexture texture{texels.data(), 64, 64};
        std::vector<raster::TexturedVertex> v;
        std::vector<uint32_t> idx;
        for (int q = 0; q < 12; ++q) AddQuad(v, idx, rng, size, /*flatColour=*/q % 4 != 0);
        // Solid shapes too: texture coordinates all on the white texel.
        for (int q = 0; q < 3; ++q) {
            const size_t first = v.size();
            AddQuad(v, idx, rng, size, q != 0);
            for (size_t i = first; i < v.size(); ++i) v[i].u = v[i].v = 0.5f / 64;
        }
        const raster::ClipRect clip{std::uniform_int_distribution<int>(-4, 20)(rng), std::uniform_int_distribution<int>(-4, 20)(rng),
                                    std::uniform_int_distribution<int>(60, 100)(rng), std::uniform_int_distribution<int>(60, 100)(rng)};
        const RgbaImage background = NoiseImage(size, size, rng);
        RgbaImage fast = background, general = background;
        raster::DrawTexturedTriangles(fast, v.data(), idx.data(), static_cast<uint32_t>(idx.size()), texture, clip,
                                      raster::TrianglePaths::Fastest);
        raster::DrawTexturedTriangles(general, v.data(), idx.data(), static_cast<uint32_t>(idx.size()), texture, clip,
                                      raster::TrianglePaths::General);
        ASSERT_EQ(fast.pixels, general.pixels) << "round " << round;
        for (size_t i = 0; i < fast.pixels.size(); ++i) fastPixelsChanged += fast.pixels[i] != background.pixels[i];
    }
    EXPECT_GT(fastPixelsChanged, 100000u);  // the quads did draw
}

TEST(TexturedTrianglesFastPath, RowStripesTogetherDrawWhatOneCallDraws) {
    std::mt19937 rng(7);
    const int size = 96;
    const std::vector<uint8_t> texels = AtlasLike(64, 64, rng);
    const raster::AlphaTexture texture{texels.data(), 64, 64};
    std::vector<raster::TexturedVertex> v;
    std::vector<uint32_t> idx;
    for (int q = 0; q < 40; ++q) AddQuad(v, idx, rng, size, q % 3 != 0);
    for (int t = 0; t < 20; ++t) {  // and general triangles
        std::uniform_real_distribution<float> at(-10.0f, static_cast<float>(size) + 10), uv(0.0f, 1.0f);
        for (int i = 0; i < 3; ++i) {
            raster::TexturedVertex vertex;
            vertex.x = at(rng);
            vertex.y = at(rng);
            vertex.u = uv(rng);
            vertex.v = uv(rng);
            vertex.rgba[3] = static_cast<uint8_t>(40 * i + 100);
            idx.push_back(static_cast<uint32_t>(v.size()));
            v.push_back(vertex);
        }
    }
    const RgbaImage background = NoiseImage(size, size, rng);
    const raster::ClipRect clip{0, 0, size, size};
    RgbaImage whole = background, striped = background;
    raster::DrawTexturedTriangles(whole, v.data(), idx.data(), static_cast<uint32_t>(idx.size()), texture, clip);
    for (int part = 0; part < 3; ++part)
        raster::DrawTexturedTriangles(striped, v.data(), idx.data(), static_cast<uint32_t>(idx.size()), texture, clip,
                                      raster::TrianglePaths::Fastest, raster::RowStripes{3, part});
    EXPECT_EQ(whole.pixels, striped.pixels);
    RgbaImage oneStripe = background;
    raster::DrawTexturedTriangles(oneStripe, v.data(), idx.data(), static_cast<uint32_t>(idx.size()), texture, clip,
                                  raster::TrianglePaths::Fastest, raster::RowStripes{3, 1});
    for (int y = 0; y < size; ++y) {  // a stripe writes its own rows only
        if ((y / raster::RowStripes::kRows) % 3 == 1) continue;
        const size_t row = static_cast<size_t>(y) * size * 4;
        ASSERT_TRUE(std::equal(oneStripe.pixels.begin() + static_cast<long>(row), oneStripe.pixels.begin() + static_cast<long>(row + size * 4),
                               background.pixels.begin() + static_cast<long>(row)))
            << "row " << y;
    }
}

}  // namespace
}  // namespace engagemap
