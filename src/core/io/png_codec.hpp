// PNG encoding and decoding in memory, no GDAL. Decoding with libspng (Debian libspng-dev).
//
// Encoding picks the smallest exact form: an image of at most 256 distinct colours (a map has a
// few dozen) is written as a palette image (colour type 3, with a tRNS chunk only when some
// colour is not opaque), unfiltered; anything with more colours falls back to RGB (all opaque)
// or RGBA with the Sub filter. Both are lossless: decoding gives back every pixel exactly. The
// encoder writes the PNG chunks itself and deflates fixed bands of rows on several threads as
// runs (deflate_rle.hpp; joined as pigz joins zlib's), because libspng's encoder compresses on
// one thread only and zlib's run-length strategy was most of a 4K export; the bytes do not
// depend on the machine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/io/png_image.hpp"

namespace engagemap {

// How an image was encoded.
struct PngEncoding {
    bool palette = false;   // colour type 3
    bool alpha = false;     // tRNS (palette) or RGBA (truecolour)
    size_t colours = 0;     // distinct colours (when palette); 0 when more than 256
};

// Encodes `image` (RGBA8, top row first) as PNG bytes into `out`. False + *error on an invalid
// image or an encoder failure.
bool EncodePng(const RgbaImage& image, std::string* out, std::string* error, PngEncoding* encoding = nullptr);

// Produces rows [y0, y0 + n) of an image as RGBA8, top row first, into `out` (n x width x 4
// bytes). Called from several threads at once, for disjoint rows.
using PngRowSource = std::function<void(int y0, int n, uint8_t* out)>;

// Encodes an image drawn a band of rows at a time and never held whole (a 4K frame is 33 MB of
// fresh memory) as truecolour: RGB when `alpha` is false (every pixel must then be opaque), else
// RGBA; the bytes EncodePng writes for the same pixels when it chooses truecolour. False +
// *error for an invalid size.
bool EncodeTruecolourPng(int width, int height, bool alpha, const PngRowSource& rows, std::string* out,
                         std::string* error);

// Decodes PNG bytes (any colour type and bit depth) into RGBA8. False + *error when they are not
// a valid PNG.
bool DecodePng(std::string_view bytes, RgbaImage& image, std::string* error);

// True when `bytes` start with the PNG signature.
bool LooksLikePng(std::string_view bytes);

}  // namespace engagemap
