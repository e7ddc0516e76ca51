#include "core/io/deflate_rle.hpp"

#include <algorithm>
#include <cstring>

namespace engagemap {
namespace {

// The fixed Huffman codes (RFC 1951, 3.2.6), bit-reversed for a least-significant-first stream,
// and each match length's symbol and extra bits (3.2.5).
struct FixedCodes {
    uint32_t code[286];
    int length[286];
    uint16_t lengthSymbol[259];
    uint16_t lengthExtra[259];
    uint8_t lengthExtraBits[259];

    static uint32_t Reversed(uint32_t code, int bits) {
        uint32_t r = 0;
        for (int i = 0; i < bits; ++i, code >>= 1) r = (r << 1) | (code & 1);
        return r;
    }

    FixedCodes() {
        for (int s = 0; s < 286; ++s) {
            int bits = 8;
            uint32_t c = 0x30 + static_cast<uint32_t>(s);  // 0..143: 8 bits from 00110000
            if (s >= 144 && s < 256) bits = 9, c = 0x190 + static_cast<uint32_t>(s - 144);
            if (s >= 256 && s < 280) bits = 7, c = static_cast<uint32_t>(s - 256);
            if (s >= 280) bits = 8, c = 0xC0 + static_cast<uint32_t>(s - 280);
            code[s] = Reversed(c, bits);
            length[s] = bits;
        }
        static const int kBase[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                      31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
        static const int kExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        for (int n = 3; n <= 258; ++n) {
            int k = 28;  // 258 has a symbol of its own (285)
            if (n < 258) {
                k = 0;
                while (k + 1 < 28 && kBase[k + 1] <= n) ++k;
            }
            lengthSymbol[n] = static_cast<uint16_t>(257 + k);
            lengthExtra[n] = static_cast<uint16_t>(n - kBase[k]);
            lengthExtraBits[n] = static_cast<uint8_t>(kExtra[k]);
        }
    }
};

const FixedCodes& Codes() {
    static const FixedCodes codes;
    return codes;
}

constexpr int kEndOfBlock = 256;
constexpr size_t kMaxMatch = 258;

}  // namespace

void RleDeflater::Begin(std::string* out, bool last) {
    out_ = out;
    last_ = last;
    bits_ = 0;
    count_ = 0;
    hasPrevious_ = false;
    Put(last ? 1 : 0, 1);  // BFINAL
    Put(1, 2);             // BTYPE 01: fixed Huffman codes
}

void RleDeflater::Put(uint32_t bits, int count) {
    bits_ |= static_cast<uint64_t>(bits) << count_;
    count_ += count;
    if (count_ >= 32) FlushBytes();
}

void RleDeflater::FlushBytes() {
    while (count_ >= 8) {
        out_->push_back(static_cast<char>(bits_ & 0xff));
        bits_ >>= 8;
        count_ -= 8;
    }
}

void RleDeflater::Add(const uint8_t* data, size_t size) {
    const FixedCodes& c = Codes();
    size_t i = 0;
    while (i < size) {
        // A run of the previous byte, three or more long: one match at distance 1.
        if (hasPrevious_ && size - i >= 3 && data[i] == previous_ && data[i + 1] == previous_ && data[i + 2] == previous_) {
            const size_t limit = std::min(kMaxMatch, size - i);
            size_t run = 3;
            uint64_t pattern;
            std::memset(&pattern, previous_, sizeof pattern);
            while (run + 8 <= limit) {
                uint64_t word;
                std::memcpy(&word, data + i + run, sizeof word);
                if (word != pattern) break;
                run += 8;
            }
            while (run < limit && data[i + run] == previous_) ++run;
            const int symbol = c.lengthSymbol[run];
            Put(c.code[symbol], c.length[symbol]);
            if (c.lengthExtraBits[run]) Put(c.lengthExtra[run], c.lengthExtraBits[run]);
            Put(0, 5);  // distance code 0: distance 1, no extra bits
            i += run;
            continue;
        }
        previous_ = data[i];
        hasPrevious_ = true;
        Put(c.code[previous_], c.length[previous_]);
        ++i;
    }
}

void RleDeflater::Finish() {
    const FixedCodes& c = Codes();
    Put(c.code[kEndOfBlock], c.length[kEndOfBlock]);
    if (!last_) Put(0, 3);  // an empty stored block (BFINAL 0, BTYPE 00) ...
    FlushBytes();
    if (count_ > 0) out_->push_back(static_cast<char>(bits_ & 0xff));  // ... padded to a byte
    bits_ = 0;
    count_ = 0;
    if (!last_) out_->append("\x00\x00\xff\xff", 4);  // ... of length 0: the sync flush
}

}  // namespace engagemap
