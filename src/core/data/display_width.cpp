#include "core/data/display_width.hpp"

namespace engagemap {

size_t DisplayWidth(std::string_view text) {
    size_t width = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;
    return width;
}

std::string PadRight(std::string_view text, size_t width) {
    std::string out(text);
    const size_t have = DisplayWidth(text);
    if (have < width) out.append(width - have, ' ');
    return out;
}

}  // namespace engagemap
