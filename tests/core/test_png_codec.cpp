// Palette PNGs (libspng): exact round trips for palette, RGB and RGBA encodings, and a failed
// write that keeps the previous file.
#include <gtest/gtest.h>

#include <atomic>
#include <cstring>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "core/io/atomic_file.hpp"
#include "core/io/png_codec.hpp"
#include "core/io/png_image.hpp"
#include "scratch_dir.hpp"

namespace engagemap {
namespace {

// w x h, with `colours` distinct colours in runs (like a map), optionally some transparent.
RgbaImage Stripes(int w, int h, int colours, bool alpha) {
    RgbaImage image;
    image.width = w;
    image.height = h;
    image.pixels.resize(static_cast<size_t>(w * h) * 4);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const int k = (x / 3 + y * 7) % colours;
            uint8_t* p = &image.pixels[static_cast<size_t>(y * w + x) * 4];
            p[0] = static_cast<uint8_t>(k * 37);
            p[1] = static_cast<uint8_t>(k / 7 * 11);
            p[2] = static_cast<uint8_t>(k % 256);
            p[3] = alpha && k % 5 == 0 ? static_cast<uint8_t>(k % 200) : 255;
        }
    return image;
}

void ExpectSame(const RgbaImage& a, const RgbaImage& b) {
    ASSERT_EQ(a.width, b.width);
    ASSERT_EQ(a.height, b.height);
    ASSERT_EQ(a.pixels.size(), b.pixels.size());
    EXPECT_TRUE(a.pixels == b.pixels);
}

TEST(PngCodec, FewColoursArePaletteAndLossless) {
    const RgbaImage image = Stripes(257, 131, 44, false);
    std::string bytes, error;
    PngEncoding how;
    ASSERT_TRUE(EncodePng(image, &bytes, &error, &how)) << error;
    EXPECT_TRUE(how.palette);
    EXPECT_FALSE(how.alpha);
    EXPECT_EQ(how.colours, 44u);
    EXPECT_EQ(static_cast<uint8_t>(bytes[25]), 3);  // IHDR colour type: indexed
    RgbaImage back;
    ASSERT_TRUE(DecodePng(bytes, back, &error)) << error;
    ExpectSame(image, back);
}

TEST(PngCodec, ExactlyTwoHundredFiftySixColoursStillPalette) {
    const RgbaImage image = Stripes(300, 40, 256, true);
    std::string bytes, error;
    PngEncoding how;
    ASSERT_TRUE(EncodePng(image, &bytes, &error, &how)) << error;
    EXPECT_TRUE(how.palette);
    EXPECT_TRUE(how.alpha);  // tRNS
    EXPECT_EQ(how.colours, 256u);
    RgbaImage back;
    ASSERT_TRUE(DecodePng(bytes, back, &error)) << error;
    ExpectSame(image, back);
}

TEST(PngCodec, MoreThanTwoHundredFiftySixColoursFallBackToTruecolour) {
    for (bool alpha : {false, true}) {
        const RgbaImage image = Stripes(300, 40, 700, alpha);
        std::string bytes, error;
        PngEncoding how;
        ASSERT_TRUE(EncodePng(image, &bytes, &error, &how)) << error;
        EXPECT_FALSE(how.palette);
        EXPECT_EQ(how.alpha, alpha);
        EXPECT_EQ(static_cast<uint8_t>(bytes[25]), alpha ? 6 : 2);  // RGBA or RGB
        RgbaImage back;
        ASSERT_TRUE(DecodePng(bytes, back, &error)) << error;
        ExpectSame(image, back);
    }
}

// An image drawn a band at a time (EncodeTruecolourPng, the CPU export's path) is written with
// exactly the bytes EncodePng writes for the whole image, whichever rows the source is asked for;
// big enough for several bands on several threads.
TEST(PngCodec, RowSourceWritesTheBytesOfTheWholeImage) {
    for (bool alpha : {false, true}) {
        const RgbaImage image = Stripes(1500, 900, 4000, alpha);
        std::string whole, banded, error;
        PngEncoding how;
        ASSERT_TRUE(EncodePng(image, &whole, &error, &how)) << error;
        ASSERT_FALSE(how.palette);
        std::atomic<int> rowsAsked{0};
        ASSERT_TRUE(EncodeTruecolourPng(
            image.width, image.height, alpha,
            [&](int y0, int n, uint8_t* out) {
                rowsAsked += n;
                std::memcpy(out, image.pixels.data() + static_cast<size_t>(y0) * image.width * 4,
                            static_cast<size_t>(n) * image.width * 4);
            },
            &banded, &error))
            << error;
        EXPECT_EQ(rowsAsked.load(), image.height) << "each row drawn once";
        EXPECT_TRUE(banded == whole) << (alpha ? "RGBA" : "RGB");
    }
    std::string bytes, error;
    EXPECT_FALSE(EncodeTruecolourPng(0, 10, false, [](int, int, uint8_t*) {}, &bytes, &error));
    EXPECT_FALSE(error.empty());
}

TEST(PngCodec, WritePngReadsBackThroughReadPng) {
    const test::ScratchDir dir("png_codec");
    const std::string path = (dir.Path() / "map.png").string();
    const RgbaImage image = Stripes(64, 48, 12, false);
    std::string error;
    ASSERT_TRUE(WritePng(path, image, &error)) << error;
    RgbaImage back;
    ASSERT_TRUE(ReadPng(path, back, &error)) << error;
    ExpectSame(image, back);
    // And through GDAL's /vsimem/ (tests, in-memory pipelines).
    ASSERT_TRUE(WritePng("/vsimem/png_codec_test.png", image, &error)) << error;
    ASSERT_TRUE(ReadPng("/vsimem/png_codec_test.png", back, &error)) << error;
    ExpectSame(image, back);
}

TEST(PngCodec, FailedWriteKeepsTheOldFile) {
    const test::ScratchDir dir("png_codec_fail");
    const std::string path = (dir.Path() / "kept.png").string();
    {
        std::ofstream(path) << "previous";
    }
    setenv("ENGAGEMAP_INJECT_WRITE_FAULT", "write", 1);
    std::string error;
    const bool ok = WritePng(path, Stripes(32, 32, 5, false), &error);
    unsetenv("ENGAGEMAP_INJECT_WRITE_FAULT");
    EXPECT_FALSE(ok);
    EXPECT_NE(error.find("kept.png"), std::string::npos) << error;
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_EQ(text.str(), "previous");
}

TEST(PngCodec, RejectsGarbage) {
    RgbaImage image;
    std::string error;
    EXPECT_FALSE(DecodePng("not a png at all", image, &error));
    EXPECT_FALSE(error.empty());
    EXPECT_FALSE(LooksLikePng("GIF89a"));
    RgbaImage empty;
    std::string bytes;
    EXPECT_FALSE(EncodePng(empty, &bytes, &error));
}

}  // namespace
}  // namespace engagemap
