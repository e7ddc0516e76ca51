// A DEFLATE (RFC 1951) encoder for filtered PNG rows that only finds runs: each byte that repeats
// the one before it at least three times becomes a match at distance 1 (up to 258 bytes), every
// other byte a literal, all in one block with the fixed Huffman codes. It is what zlib does at
// level 1 with Z_RLE, without the dynamic Huffman tables, and ~6x faster on a map: zlib took
// 2.2 ns a byte on a 4K truecolour frame (55 ms for its 25 MB of Sub-filtered rows), most of
// it in zlib's window handling that runs need not; this takes ~9 ms for the same rows, and the
// files are ~35 % larger (1.6 instead of 1.2 MB). libdeflate was measured too: 47-71 ms for the
// same rows, and it cannot end a stream without marking it final, which the banded encoder
// needs (png_codec.cpp). Decoding is ordinary inflate: zlib, libspng, browsers.
//
// A band is one block: Begin, Add its bytes (in pieces, in order), then Finish. A band that is
// not the last ends with a sync flush (an empty stored block, ending on a byte boundary), so the
// bands of an image compressed on several threads concatenate into one stream, as pigz joins
// zlib's. Matches never reach back into an earlier band.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace engagemap {

class RleDeflater {
public:
    // Starts a block appending to `out`; `last`: the stream's final block.
    void Begin(std::string* out, bool last);
    // Encodes `size` more bytes of the band.
    void Add(const uint8_t* data, size_t size);
    // Ends the block: end-of-block code, then a sync flush (not last) or padding to a byte (last).
    void Finish();

private:
    void Put(uint32_t bits, int count);  // `count` (<= 24) bits, least significant first
    void FlushBytes();

    std::string* out_ = nullptr;
    bool last_ = false;
    uint64_t bits_ = 0;  // pending bits, least significant first
    int count_ = 0;      // how many
    bool hasPrevious_ = false;
    uint8_t previous_ = 0;  // the band's last byte so far (runs continue across Add calls)
};

}  // namespace engagemap
