// RGBA8 images and PNG files: written with libspng (png_codec.hpp: a palette PNG when the image
// has at most 256 colours) through the atomic writer; read with libspng for PNG files and GDAL
// for other rasters (so /vsimem/ paths work). Used by the exports and the golden-image tests.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace engagemap {

// Top row first, 4 bytes per pixel (R, G, B, A).
struct RgbaImage {
    int width = 0;   // pixels
    int height = 0;  // pixels
    std::vector<uint8_t> pixels;
};

// Writes a PNG through WriteOutputFile (atomic replace; local or /vsimem/ path). Returns false and
// sets `error` ("cannot write PATH: reason") on failure.
bool WritePng(const std::string& path, const RgbaImage& image, std::string* error = nullptr);

// Reads a PNG (or any raster GDAL reads) as RGBA8. Returns false and sets `error` on failure.
bool ReadPng(const std::string& path, RgbaImage& image, std::string* error = nullptr);

}  // namespace engagemap
