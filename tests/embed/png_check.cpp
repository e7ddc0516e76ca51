// engagemap_png_check: checks a picture made by an example built against the installed package.
//   engagemap_png_check FILE --size WxH --colour RRGGBB --min-pixels N
// Passes (exit 0) when FILE is a WxH image, is not blank (more than one colour, and no single
// colour covers over 98% of it) and has at least N pixels within 2 levels per channel of RRGGBB.
// Prints what it found either way.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

#include "core/io/png_image.hpp"

int main(int argc, char** argv) {
    if (argc != 8 || std::strcmp(argv[2], "--size") || std::strcmp(argv[4], "--colour") || std::strcmp(argv[6], "--min-pixels")) {
        std::fprintf(stderr, "usage: engagemap_png_check FILE --size WxH --colour RRGGBB --min-pixels N\n");
        return 2;
    }
    int width = 0, height = 0;
    unsigned colour = 0;
    if (std::sscanf(argv[3], "%dx%d", &width, &height) != 2 || std::sscanf(argv[5], "%6x", &colour) != 1) {
        std::fprintf(stderr, "engagemap_png_check: bad --size or --colour\n");
        return 2;
    }
    const long minPixels = std::atol(argv[7]);
    engagemap::RgbaImage image;
    std::string error;
    if (!engagemap::ReadPng(argv[1], image, &error)) {
        std::fprintf(stderr, "engagemap_png_check: %s\n", error.c_str());
        return 1;
    }
    std::map<unsigned, long> counts;  // RGB -> pixels
    long matching = 0;
    const int want[3] = {static_cast<int>(colour >> 16), static_cast<int>((colour >> 8) & 255), static_cast<int>(colour & 255)};
    for (std::size_t i = 0; i + 3 < image.pixels.size(); i += 4) {
        const std::uint8_t* p = &image.pixels[i];
        counts[(unsigned{p[0]} << 16) | (unsigned{p[1]} << 8) | p[2]]++;
        if (std::abs(p[0] - want[0]) <= 2 && std::abs(p[1] - want[1]) <= 2 && std::abs(p[2] - want[2]) <= 2) ++matching;
    }
    long largest = 0;
    for (const auto& [rgb, n] : counts) largest = std::max(largest, n);
    const long total = static_cast<long>(image.width) * image.height;
    std::printf("%s: %dx%d, %zu colours, largest colour %.1f%%, %ld pixels of #%06X\n", argv[1], image.width, image.height,
                counts.size(), total ? 100.0 * largest / total : 0.0, matching, colour);
    bool ok = true;
    if (image.width != width || image.height != height) ok = false, std::printf("FAIL: expected %dx%d\n", width, height);
    if (counts.size() < 2 || largest > total * 98 / 100) ok = false, std::printf("FAIL: the image is blank\n");
    if (matching < minPixels) ok = false, std::printf("FAIL: fewer than %ld pixels of #%06X\n", minPixels, colour);
    return ok ? 0 : 1;
}
