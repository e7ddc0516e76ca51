// Colours as stored in the renderer's per-country colour table.
#pragma once

#include <cstdint>
#include <vector>

namespace engagemap {

// 8-bit sRGB colour with straight alpha.
struct Rgba8 {
    uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Rgba8&) const = default;
};

// From 0xRRGGBB.
constexpr Rgba8 RgbHex(uint32_t hex, uint8_t alpha = 255) {
    return Rgba8{static_cast<uint8_t>(hex >> 16), static_cast<uint8_t>(hex >> 8),
                 static_cast<uint8_t>(hex), alpha};
}

}  // namespace engagemap
