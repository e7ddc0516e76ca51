#include "core/io/png_codec.hpp"

#include <spng.h>
#include <zlib.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace engagemap {
namespace {

struct CtxFree {
    void operator()(spng_ctx* c) const { spng_ctx_free(c); }
};
using Ctx = std::unique_ptr<spng_ctx, CtxFree>;

bool Fail(std::string* error, const std::string& what, int code) {
    if (error) *error = what + ": " + spng_strerror(code);
    return false;
}

// Maps every pixel to a palette index. False when the image has more than 256 colours.
// An open-addressing table of the colours seen so far (RGBA packed in 32 bits); consecutive equal
// pixels (most of a map) skip the lookup.
bool BuildPalette(const RgbaImage& image, std::vector<uint32_t>& palette, std::vector<uint8_t>& indices) {
    constexpr size_t kSlots = 1024;  // power of two, > 4 x 256
    uint32_t keys[kSlots];
    int16_t values[kSlots];
    std::memset(values, -1, sizeof values);
    const size_t n = static_cast<size_t>(image.width) * static_cast<size_t>(image.height);
    indices.resize(n);
    palette.clear();
    const uint8_t* p = image.pixels.data();
    uint32_t last = 0;
    uint8_t lastIndex = 0;
    bool haveLast = false;
    for (size_t i = 0; i < n; ++i) {
        uint32_t c;
        std::memcpy(&c, p + i * 4, 4);
        if (haveLast && c == last) {
            indices[i] = lastIndex;
            continue;
        }
        size_t slot = (c * 2654435761u) >> 22 & (kSlots - 1);
        while (values[slot] >= 0 && keys[slot] != c) slot = (slot + 1) & (kSlots - 1);
        if (values[slot] < 0) {
            if (palette.size() == 256) return false;
            keys[slot] = c;
            values[slot] = static_cast<int16_t>(palette.size());
            palette.push_back(c);
        }
        last = c;
        lastIndex = static_cast<uint8_t>(values[slot]);
        haveLast = true;
        indices[i] = lastIndex;
    }
    return true;
}

}  // namespace

bool LooksLikePng(std::string_view bytes) {
    static const char kSignature[8] = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n'};
    return bytes.size() >= 8 && std::memcmp(bytes.data(), kSignature, 8) == 0;
}

bool EncodePng(const RgbaImage& image, std::string* out, std::string* error, PngEncoding* encoding) {
    if (image.width <= 0 || image.height <= 0 ||
        image.pixels.size() != static_cast<size_t>(image.width) * static_cast<size_t>(image.height) * 4) {
        if (error) *error = "invalid image size";
        return false;
    }
    PngEncoding how;
    std::vector<uint32_t> palette;
    std::vector<uint8_t> data;
    how.palette = BuildPalette(image, palette, data);
    if (how.palette) {
        how.colours = palette.size();
        for (uint32_t c : palette)
            if ((c >> 24) != 255) how.alpha = true;
    } else {
        const size_t n = static_cast<size_t>(image.width) * static_cast<size_t>(image.height);
        for (size_t i = 0; i < n && !how.alpha; ++i) how.alpha = image.pixels[i * 4 + 3] != 255;
        if (how.alpha) {
            data.assign(image.pixels.begin(), image.pixels.end());
        } else {
            data.resize(n * 3);
            for (size_t i = 0; i < n; ++i) std::memcpy(&data[i * 3], &image.pixels[i * 4], 3);
        }
    }

    Ctx ctx(spng_ctx_new(SPNG_CTX_ENCODER));
    if (!ctx) {
        if (error) *error = "cannot create a PNG encoder";
        return false;
    }
    spng_set_option(ctx.get(), SPNG_ENCODE_TO_BUFFER, 1);
    // Level 1 with run-length matching: a map is long runs of one colour; this is ~10x faster than
    // level 6 with the adaptive filter search for a few % more bytes.
    spng_set_option(ctx.get(), SPNG_IMG_COMPRESSION_LEVEL, 1);
    spng_set_option(ctx.get(), SPNG_IMG_COMPRESSION_STRATEGY, how.palette ? Z_RLE : Z_FILTERED);
    spng_set_option(ctx.get(), SPNG_FILTER_CHOICE,
                    how.palette ? SPNG_DISABLE_FILTERING : (SPNG_FILTER_CHOICE_SUB | SPNG_FILTER_CHOICE_UP));
    spng_ihdr ihdr{};
    ihdr.width = static_cast<uint32_t>(image.width);
    ihdr.height = static_cast<uint32_t>(image.height);
    ihdr.bit_depth = 8;
    ihdr.color_type = how.palette ? SPNG_COLOR_TYPE_INDEXED
                                  : (how.alpha ? SPNG_COLOR_TYPE_TRUECOLOR_ALPHA : SPNG_COLOR_TYPE_TRUECOLOR);
    int rc = spng_set_ihdr(ctx.get(), &ihdr);
    if (rc) return Fail(error, "PNG header", rc);
    if (how.palette) {
        spng_plte plte{};
        spng_trns trns{};
        plte.n_entries = static_cast<uint32_t>(palette.size());
        for (size_t i = 0; i < palette.size(); ++i) {
            const uint32_t c = palette[i];
            plte.entries[i].red = static_cast<uint8_t>(c);
            plte.entries[i].green = static_cast<uint8_t>(c >> 8);
            plte.entries[i].blue = static_cast<uint8_t>(c >> 16);
            trns.type3_alpha[i] = static_cast<uint8_t>(c >> 24);
        }
        trns.n_type3_entries = static_cast<uint32_t>(palette.size());
        if ((rc = spng_set_plte(ctx.get(), &plte))) return Fail(error, "PNG palette", rc);
        if (how.alpha && (rc = spng_set_trns(ctx.get(), &trns))) return Fail(error, "PNG transparency", rc);
    }
    rc = spng_encode_image(ctx.get(), data.data(), data.size(), SPNG_FMT_PNG, SPNG_ENCODE_FINALIZE);
    if (rc) return Fail(error, "PNG encoding", rc);
    size_t length = 0;
    void* buffer = spng_get_png_buffer(ctx.get(), &length, &rc);
    if (!buffer) return Fail(error, "PNG encoding", rc);
    out->assign(static_cast<const char*>(buffer), length);
    std::free(buffer);
    if (encoding) *encoding = how;
    return true;
}

bool DecodePng(std::string_view bytes, RgbaImage& image, std::string* error) {
    Ctx ctx(spng_ctx_new(0));
    if (!ctx) {
        if (error) *error = "cannot create a PNG decoder";
        return false;
    }
    // Large images are fine (a 16384 x 16384 export), but refuse absurd headers.
    spng_set_image_limits(ctx.get(), 1u << 16, 1u << 16);
    int rc = spng_set_png_buffer(ctx.get(), bytes.data(), bytes.size());
    if (rc) return Fail(error, "not a PNG", rc);
    spng_ihdr ihdr{};
    if ((rc = spng_get_ihdr(ctx.get(), &ihdr))) return Fail(error, "not a PNG", rc);
    size_t size = 0;
    if ((rc = spng_decoded_image_size(ctx.get(), SPNG_FMT_RGBA8, &size))) return Fail(error, "PNG", rc);
    image.width = static_cast<int>(ihdr.width);
    image.height = static_cast<int>(ihdr.height);
    image.pixels.resize(size);
    if ((rc = spng_decode_image(ctx.get(), image.pixels.data(), size, SPNG_FMT_RGBA8, SPNG_DECODE_TRNS)))
        return Fail(error, "PNG", rc);
    return true;
}

}  // namespace engagemap
