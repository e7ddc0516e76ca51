// The browser's DejaVuSansRegular()/DejaVuSansBold() (ui/embedded_fonts.hpp). The desktop library
// assembles the font files into .rodata with .incbin, which the WebAssembly object format has no
// section for; here emscripten embeds the same Debian font files into the module's virtual file
// system (--embed-file in web/CMakeLists.txt) and they are read once, on first use, and kept.
#include "ui/embedded_fonts.hpp"

#include <fstream>
#include <iterator>
#include <vector>

namespace engagemap {
namespace {

FontBytes ReadOnce(const char* path, std::vector<unsigned char>& bytes) {
    if (bytes.empty()) {
        std::ifstream in(path, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return {bytes.empty() ? nullptr : bytes.data(), bytes.size()};
}

}  // namespace

FontBytes DejaVuSansRegular() {
    static std::vector<unsigned char> bytes;
    return ReadOnce("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", bytes);
}

FontBytes DejaVuSansBold() {
    static std::vector<unsigned char> bytes;
    return ReadOnce("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", bytes);
}

}  // namespace engagemap
