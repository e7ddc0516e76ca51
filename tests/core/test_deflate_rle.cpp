// The PNG encoder's run-length DEFLATE (src/core/io/deflate_rle.hpp): what it writes is a valid
// stream that zlib's inflate reads back byte for byte, for every run length and extra-bits
// bucket, for bytes added in any pieces, and for bands joined by sync flushes as the encoder
// joins them; runs compress to almost nothing.
#include <gtest/gtest.h>

#include <zlib.h>

#include <random>
#include <string>
#include <vector>

#include "core/io/deflate_rle.hpp"

namespace engagemap {
namespace {

// Inflates a raw DEFLATE stream (no zlib header); fails the test unless it ends properly.
std::vector<uint8_t> Inflate(const std::string& stream, size_t expectedSize) {
    std::vector<uint8_t> out(expectedSize + 16);
    z_stream z{};
    EXPECT_EQ(inflateInit2(&z, -15), Z_OK);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stream.data()));
    z.avail_in = static_cast<uInt>(stream.size());
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(inflate(&z, Z_FINISH), Z_STREAM_END);
    EXPECT_EQ(z.avail_in, 0u) << "bytes after the final block";
    out.resize(z.total_out);
    inflateEnd(&z);
    return out;
}

// `bands` joined as the encoder joins them: each its own block, all but the last sync-flushed;
// each band's bytes handed over in pieces of `piece` bytes.
std::string Deflate(const std::vector<std::vector<uint8_t>>& bands, size_t piece) {
    std::string out;
    for (size_t b = 0; b < bands.size(); ++b) {
        RleDeflater deflater;
        deflater.Begin(&out, b + 1 == bands.size());
        for (size_t at = 0; at < bands[b].size(); at += piece)
            deflater.Add(bands[b].data() + at, std::min(piece, bands[b].size() - at));
        deflater.Finish();
    }
    return out;
}

std::vector<uint8_t> Joined(const std::vector<std::vector<uint8_t>>& bands) {
    std::vector<uint8_t> all;
    for (const auto& b : bands) all.insert(all.end(), b.begin(), b.end());
    return all;
}

TEST(RleDeflater, EveryRunLengthRoundTrips) {
    std::vector<uint8_t> data;
    // Runs of 1..600 of alternating values (each length bucket and its extra bits, and runs
    // longer than one match), between literals of every byte value.
    for (int n = 1; n <= 600; ++n) {
        data.insert(data.end(), static_cast<size_t>(n), static_cast<uint8_t>(n % 2 ? 0 : 0xff));
        data.push_back(static_cast<uint8_t>(n % 256));
    }
    for (size_t piece : {data.size(), size_t{1}, size_t{7}, size_t{4096}}) {
        const std::string stream = Deflate({data}, piece);
        EXPECT_EQ(Inflate(stream, data.size()), data) << "pieces of " << piece;
    }
}

TEST(RleDeflater, RandomBytesAndEmptyBandsRoundTrip) {
    std::mt19937 rng(11);
    std::vector<std::vector<uint8_t>> bands;
    for (int b = 0; b < 6; ++b) {
        std::vector<uint8_t> band;
        const size_t size = b == 2 ? 0 : 1 + rng() % 50000;  // one empty band
        for (size_t i = 0; i < size; ++i) {
            // Mostly short runs of few values, like filtered map rows; some noise.
            const uint8_t v = static_cast<uint8_t>(rng() % 4 == 0 ? rng() : rng() % 3);
            band.insert(band.end(), 1 + rng() % 9, v);
        }
        bands.push_back(std::move(band));
    }
    const std::vector<uint8_t> all = Joined(bands);
    for (size_t piece : {size_t{1} << 20, size_t{333}}) EXPECT_EQ(Inflate(Deflate(bands, piece), all.size()), all);
    EXPECT_EQ(Inflate(Deflate({{}}, 1), 0), std::vector<uint8_t>());  // an empty stream
}

TEST(RleDeflater, RunsCompressToAlmostNothing) {
    const std::vector<uint8_t> zeros(4 << 20, 0);
    const std::string stream = Deflate({zeros, zeros}, 1 << 20);
    EXPECT_LT(stream.size(), 64u * 1024u) << "8 MiB of zeros: 13 bits per 258 bytes";
    EXPECT_EQ(Inflate(stream, 2 * zeros.size()), Joined({zeros, zeros}));
}

}  // namespace
}  // namespace engagemap
