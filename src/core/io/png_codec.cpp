#include "core/io/png_codec.hpp"

#include "core/io/deflate_rle.hpp"

#include <libdeflate.h>
#include <spng.h>
#include <zlib.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
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
    void Map(const uint8_t* rgba, size_t count, uint8_t* out) const {
        uint32_t last = 0;
        uint8_t index = 0;
        for (size_t i = 0; i < count; ++i) {
            const uint32_t c = Pixel(rgba, i);
            if (i == 0 || c != last) {
                last = c;
                index = static_cast<uint8_t>(Find(c));
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
    // The colour's index, added when new (-1 when the palette is full).
    int Index(uint32_t c) {
        const int found = Find(c);
        if (found >= 0 || palette_.size() == 256) return found;
        size_t slot = (c * 2654435761u) >> 22 & (kSlots - 1);
        while (values_[slot] >= 0) slot = (slot + 1) & (kSlots - 1);
        keys_[slot] = c;
        values_[slot] = static_cast<int16_t>(palette_.size());
        palette_.push_back(c);
        return values_[slot];
    }
    // The colour's index, or -1 when it is not in the palette.
    int Find(uint32_t c) const {
        size_t slot = (c * 2654435761u) >> 22 & (kSlots - 1);
        while (values_[slot] >= 0 && keys_[slot] != c) slot = (slot + 1) & (kSlots - 1);
        return values_[slot];
    }
    uint32_t keys_[kSlots];
    int16_t values_[kSlots];
    std::vector<uint32_t> palette_;
};

constexpr char kSignature[8] = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n'};
constexpr size_t kBands = 8;               // fixed, so the bytes do not depend on the machine
constexpr size_t kMaxChunk = 1u << 30;     // IDAT chunk size limit (PNG allows 2^31 - 1)

// One band of rows, deflated: its raw deflate bytes, the Adler-32 and length of its input.
struct BandOutput {
    std::string deflated;
    uLong adler = 0;
    size_t length = 0;
};

void PutBigEndian(std::string& out, uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xff));
}

// A chunk: length, type, data, CRC-32 of type and data.
void PutChunk(std::string& out, const char* type, std::string_view data) {
    PutBigEndian(out, static_cast<uint32_t>(data.size()));
    const size_t typeAt = out.size();
    out.append(type, 4);
    out.append(data);
    const uLong crc = crc32(0, reinterpret_cast<const Bytef*>(out.data() + typeAt), static_cast<uInt>(4 + data.size()));
    PutBigEndian(out, static_cast<uint32_t>(crc));
}

// Four bytes minus four bytes, each modulo 256 (no borrow between bytes).
inline uint32_t SubtractBytes(uint32_t a, uint32_t b) {
    return ((a | 0x80808080u) - (b & 0x7f7f7f7fu)) ^ ((a ^ ~b) & 0x80808080u);
}

// One row as PNG scanline bytes (filter type first): palette indices unfiltered; RGB or RGBA with
// the Sub filter (each byte minus the same channel of the pixel to its left), a pixel at a time
// as one 32-bit word. `out` has room for one byte more than the scanline (an RGB pixel is
// stored as four bytes, the fourth overwritten by the next pixel or ignored).
void FilterRow(const PaletteTable& table, const uint8_t* src, size_t w, const PngEncoding& how, uint8_t* out) {
    if (how.palette) {
        out[0] = 0;
        table.Map(src, w, out + 1);
        return;
    }
    out[0] = 1;
    const size_t channels = how.alpha ? 4 : 3;
    uint8_t* row = out + 1;
    uint32_t left = 0;
    for (size_t x = 0; x < w; ++x) {
        uint32_t pixel;
        std::memcpy(&pixel, src + x * 4, 4);
        const uint32_t difference = SubtractBytes(pixel, left);
        std::memcpy(row + x * channels, &difference, 4);
        left = pixel;
    }
}

// True when some pixel's alpha is not 255.
bool AnyTranslucent(const uint8_t* rgba, size_t count) {
    constexpr size_t kChunk = 4096;  // pixels between checks: a vectorised AND, an early exit
    for (size_t at = 0; at < count; at += kChunk) {
        const size_t n = std::min(kChunk, count - at);
        uint32_t all = 0xffffffffu;
        for (size_t i = 0; i < n; ++i) {
            uint32_t pixel;
            std::memcpy(&pixel, rgba + (at + i) * 4, 4);
            all &= pixel;
        }
        uint8_t channels[4];
        std::memcpy(channels, &all, 4);  // the AND of every pixel, channel by channel
        if (channels[3] != 0xff) return true;
    }
    return false;
}

}  // namespace

bool LooksLikePng(std::string_view bytes) {
    return bytes.size() >= 8 && std::memcmp(bytes.data(), kSignature, 8) == 0;
}

namespace {

// Where rows [y, y + n) of the image are, as RGBA8: in the image itself, or drawn by a source
// into `scratch` (n x width x 4 bytes).
using RowsAt = std::function<const uint8_t*(size_t y, size_t n, std::vector<uint8_t>& scratch)>;

// The PNG file for an image `w` x `h` encoded as `how` says (palette: `table` maps its colours).
// The image data: each row filtered (none for palette rows; Sub for truecolour, so a run of one
// colour becomes zeros), deflated as runs (RleDeflater: what zlib's level 1 with Z_RLE finds,
// ~6x faster), in fixed bands of rows compressed on separate threads and joined (pigz's method:
// every band but the last ends with a sync flush on a byte boundary; one zlib header, the
// Adler-32 of the bands combined). libspng, used before, compresses on one thread only.
std::string EncodeRows(size_t w, size_t h, const PngEncoding& how, const PaletteTable& table, const RowsAt& rowsAt) {
    const std::vector<uint32_t>& palette = table.Colours();
    const size_t rowBytes = how.palette ? w : (how.alpha ? w * 4 : w * 3);
    const size_t bands = std::min<size_t>(h, w * h >= (1u << 20) ? kBands : 1);
    std::vector<BandOutput> outputs(bands);
    auto compressBand = [&](size_t band) {
        BandOutput& o = outputs[band];
        const size_t y0 = h * band / bands, y1 = h * (band + 1) / bands;
        const size_t chunkRows = std::max<size_t>(1, (1u << 20) / (rowBytes + 1));
        std::vector<uint8_t> rows, scratch;
        RleDeflater deflater;
        deflater.Begin(&o.deflated, band + 1 == bands);
        o.adler = 1;  // Adler-32 of nothing
        for (size_t y = y0; y < y1;) {
            const size_t n = std::min(chunkRows, y1 - y);
            const size_t bytes = n * (rowBytes + 1);
            const uint8_t* pixels = rowsAt(y, n, scratch);
            rows.resize(bytes + 1);  // + 1: FilterRow's slack
            for (size_t k = 0; k < n; ++k) FilterRow(table, pixels + k * w * 4, w, how, rows.data() + k * (rowBytes + 1));
            o.adler = libdeflate_adler32(static_cast<uint32_t>(o.adler), rows.data(), bytes);
            o.length += bytes;
            deflater.Add(rows.data(), bytes);
            y += n;
        }
        deflater.Finish();
    };
    // Bands taken in turn by whichever thread is free (their cost varies: text, hatching).
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t band; (band = next.fetch_add(1)) < bands;) compressBand(band);
    };
    std::vector<std::thread> workers;
    const size_t threads = std::min<size_t>(bands, std::max(1u, std::thread::hardware_concurrency()));
    for (size_t t = 1; t < threads; ++t) workers.emplace_back(work);
    work();
    for (std::thread& t : workers) t.join();

    std::string png(kSignature, 8);
    std::string ihdr;
    PutBigEndian(ihdr, static_cast<uint32_t>(w));
    PutBigEndian(ihdr, static_cast<uint32_t>(h));
    ihdr.push_back(8);  // bit depth
    ihdr.push_back(static_cast<char>(how.palette ? 3 : (how.alpha ? 6 : 2)));
    ihdr.append(3, '\0');  // deflate, adaptive filtering, no interlace
    PutChunk(png, "IHDR", ihdr);
    if (how.palette) {
        std::string plte, trns;
        for (uint32_t c : palette) {
            plte.push_back(static_cast<char>(c & 0xff));
            plte.push_back(static_cast<char>((c >> 8) & 0xff));
            plte.push_back(static_cast<char>((c >> 16) & 0xff));
            trns.push_back(static_cast<char>(c >> 24));
        }
        PutChunk(png, "PLTE", plte);
        if (how.alpha) PutChunk(png, "tRNS", trns);
    }
    std::string idat = "\x78\x01";  // zlib header: deflate, 32 KiB window, fastest level
    uLong adler = adler32(0, nullptr, 0);
    for (const BandOutput& o : outputs) {
        idat += o.deflated;
        adler = adler32_combine(adler, o.adler, static_cast<z_off_t>(o.length));
    }
    PutBigEndian(idat, static_cast<uint32_t>(adler));
    for (size_t at = 0; at < idat.size(); at += kMaxChunk)
        PutChunk(png, "IDAT", std::string_view(idat).substr(at, kMaxChunk));
    PutChunk(png, "IEND", {});
    return png;
}

}  // namespace

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
        how.alpha = AnyTranslucent(pixels, w * h);
    }
    *out = EncodeRows(w, h, how, table, [&](size_t y, size_t, std::vector<uint8_t>&) { return pixels + y * w * 4; });
    if (encoding) *encoding = how;
    return true;
}

bool EncodeTruecolourPng(int width, int height, bool alpha, const PngRowSource& source, std::string* out,
                         std::string* error) {
    if (width <= 0 || height <= 0 || width > (1 << 16) || height > (1 << 16)) {
        if (error) *error = "invalid image size";
        return false;
    }
    PngEncoding how;
    how.alpha = alpha;
    const size_t w = static_cast<size_t>(width);
    *out = EncodeRows(w, static_cast<size_t>(height), how, PaletteTable(),
                      [&](size_t y, size_t n, std::vector<uint8_t>& scratch) {
                          scratch.resize(n * w * 4);
                          source(static_cast<int>(y), static_cast<int>(n), scratch.data());
                          return scratch.data();
                      });
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
