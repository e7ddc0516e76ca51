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

// The distinct colours of an image, up to 256, with a lookup from colour to palette index: an
// open-addressing table (RGBA packed in 32 bits); consecutive equal pixels (most of a map) skip
// the lookup.
class PaletteTable {
public:
    PaletteTable() { std::memset(values_, -1, sizeof values_); }
    // Adds the colours of `count` pixels; false as soon as there are more than 256. Runs of one
    // colour (most of a map) cost one compare per pixel.
    bool Add(const uint8_t* rgba, size_t count) {
        uint32_t last = 0;
        for (size_t i = 0; i < count; ++i) {
            const uint32_t c = Pixel(rgba, i);
            if (i > 0 && c == last) continue;
            last = c;
            if (Index(c) < 0) return false;
        }
        return true;
    }
    // Palette indices of `count` pixels (all of whose colours were added).
    void Map(const uint8_t* rgba, size_t count, uint8_t* out) {
        uint32_t last = 0;
        uint8_t index = 0;
        for (size_t i = 0; i < count; ++i) {
            const uint32_t c = Pixel(rgba, i);
            if (i == 0 || c != last) {
                last = c;
                index = static_cast<uint8_t>(Index(c));
            }
            out[i] = index;
        }
    }
    const std::vector<uint32_t>& Colours() const { return palette_; }

private:
    static constexpr size_t kSlots = 1024;  // power of two, > 4 x 256
    static uint32_t Pixel(const uint8_t* rgba, size_t i) {
        uint32_t c;
        std::memcpy(&c, rgba + i * 4, 4);
        return c;
    }
    int Index(uint32_t c) {
        size_t slot = (c * 2654435761u) >> 22 & (kSlots - 1);
        while (values_[slot] >= 0 && keys_[slot] != c) slot = (slot + 1) & (kSlots - 1);
        if (values_[slot] < 0) {
            if (palette_.size() == 256) return -1;
            keys_[slot] = c;
            values_[slot] = static_cast<int16_t>(palette_.size());
            palette_.push_back(c);
        }
        return values_[slot];
    }
    uint32_t keys_[kSlots];
    int16_t values_[kSlots];
    std::vector<uint32_t> palette_;
};

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
    const size_t w = static_cast<size_t>(image.width), h = static_cast<size_t>(image.height);
    const uint8_t* pixels = image.pixels.data();
    PaletteTable table;
    how.palette = table.Add(pixels, w * h);
    if (how.palette) {
        how.colours = table.Colours().size();
        for (uint32_t c : table.Colours())
            if ((c >> 24) != 255) how.alpha = true;
    } else {
        for (size_t i = 0; i < w * h && !how.alpha; ++i) how.alpha = pixels[i * 4 + 3] != 255;
    }
    const std::vector<uint32_t>& palette = table.Colours();

    Ctx ctx(spng_ctx_new(SPNG_CTX_ENCODER));
    if (!ctx) {
        if (error) *error = "cannot create a PNG encoder";
        return false;
    }
    spng_set_option(ctx.get(), SPNG_ENCODE_TO_BUFFER, 1);
    // Level 1 with run-length matching: a map is long runs of one colour; this is ~10x faster than
    // level 6 with the adaptive filter search for a few % more bytes.
    spng_set_option(ctx.get(), SPNG_IMG_COMPRESSION_LEVEL, 1);
    // One fixed filter, no search per row (libspng's adaptive choice cost more than the rest of
    // a truecolour encode): none for palette rows, Sub for truecolour (a run of one colour becomes
    // zeros, which the run-length matcher takes; unfiltered RGB repeats every 3 bytes, not 1).
    spng_set_option(ctx.get(), SPNG_IMG_COMPRESSION_STRATEGY, Z_RLE);
    spng_set_option(ctx.get(), SPNG_FILTER_CHOICE, how.palette ? SPNG_DISABLE_FILTERING : SPNG_FILTER_CHOICE_SUB);
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
    // Row by row: no second copy of the image (palette indices or RGB) is ever held whole.
    rc = spng_encode_image(ctx.get(), nullptr, 0, SPNG_FMT_PNG, SPNG_ENCODE_PROGRESSIVE | SPNG_ENCODE_FINALIZE);
    if (rc) return Fail(error, "PNG encoding", rc);
    const size_t rowBytes = how.palette ? w : (how.alpha ? w * 4 : w * 3);
    std::vector<uint8_t> row(rowBytes);
    for (size_t y = 0; y < h; ++y) {
        const uint8_t* src = pixels + y * w * 4;
        if (how.palette) {
            table.Map(src, w, row.data());
        } else if (how.alpha) {
            std::memcpy(row.data(), src, rowBytes);
        } else {
            for (size_t x = 0; x < w; ++x) std::memcpy(&row[x * 3], src + x * 4, 3);
        }
        rc = spng_encode_row(ctx.get(), row.data(), rowBytes);
        if (rc && !(rc == SPNG_EOI && y + 1 == h)) return Fail(error, "PNG encoding", rc);
    }
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
