#include "golden_image.hpp"

#include <cmath>
#include <cstdlib>
#include <filesystem>

namespace engagemap::test {

ImageDiff CompareImages(const RgbaImage& a, const RgbaImage& b) {
    ImageDiff d;
    if (a.width != b.width || a.height != b.height) {
        d.meanAbsDiff = 255;
        d.badPixelFraction = 1;
        return d;
    }
    const size_t pixels = static_cast<size_t>(a.width) * a.height;
    double sum = 0;
    size_t bad = 0;
    for (size_t i = 0; i < pixels; ++i) {
        int worst = 0;
        for (int c = 0; c < 4; ++c) {
            const int diff = std::abs(int(a.pixels[i * 4 + c]) - int(b.pixels[i * 4 + c]));
            sum += diff;
            worst = std::max(worst, diff);
        }
        if (worst > 32) ++bad;
    }
    d.meanAbsDiff = sum / (pixels * 4.0);
    d.badPixelFraction = static_cast<double>(bad) / pixels;
    return d;
}

std::string CheckGolden(const std::string& name, const RgbaImage& image) {
    const std::string golden = std::string(ENGAGEMAP_GOLDEN_DIR) + "/" + name + ".png";
    const char* update = std::getenv("ENGAGEMAP_UPDATE_GOLDEN");
    std::string error;
    if (update && std::string(update) == "1") {
        if (!WritePng(golden, image, &error)) return "cannot write golden " + golden + ": " + error;
        return {};
    }
    RgbaImage expected;
    if (!ReadPng(golden, expected, &error))
        return "no golden image (" + error + "); run with ENGAGEMAP_UPDATE_GOLDEN=1 to create it";
    const ImageDiff d = CompareImages(image, expected);
    // Tolerance: llvmpipe is deterministic, so these only absorb edge-pixel differences.
    if (d.meanAbsDiff <= 0.5 && d.badPixelFraction <= 0.002) return {};
    const std::string actual = std::filesystem::absolute(name + ".actual.png").string();
    WritePng(actual, image, nullptr);
    return name + ": differs from golden (mean abs diff " + std::to_string(d.meanAbsDiff) + ", bad pixels " +
           std::to_string(d.badPixelFraction * 100) + "%); actual written to " + actual;
}

}  // namespace engagemap::test
