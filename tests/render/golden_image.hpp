// Golden-image comparison for render tests. Images are compared with a small tolerance so that
// harmless rasteriser differences pass while a missing country or a streak fails.
// Set ENGAGEMAP_UPDATE_GOLDEN=1 to (re)write the golden files instead of comparing.
#pragma once

#include <string>

#include "core/io/png_image.hpp"

namespace engagemap::test {

struct ImageDiff {
    double meanAbsDiff = 0;      // mean |a-b| over all channels, 0..255
    double badPixelFraction = 0; // fraction of pixels with any channel differing by > 32
};

ImageDiff CompareImages(const RgbaImage& a, const RgbaImage& b);

// Compares `image` with tests/render/golden/<name>.png; writes the actual image next to the
// build's working directory as <name>.actual.png when it differs. Returns "" on success,
// else a message for the test failure.
std::string CheckGolden(const std::string& name, const RgbaImage& image);

}  // namespace engagemap::test
