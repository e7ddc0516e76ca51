// The fonts of the window and of exports, compiled into the library (DejaVu Sans regular and bold
// from Debian's fonts-dejavu-core, taken at build time by cmake/EmbeddedFonts.cmake), so the UI
// and a host embedding the map need no font files at run time. Licence: the DejaVu fonts licence
// (Bitstream Vera derivative; free to embed and redistribute, see packaging/copyright).
#pragma once

#include <cstddef>

namespace engagemap {

// A TrueType file's bytes, in the library's read-only data (never freed, never written).
struct FontBytes {
    const unsigned char* data = nullptr;
    std::size_t size = 0;  // bytes
};

FontBytes DejaVuSansRegular();
FontBytes DejaVuSansBold();

}  // namespace engagemap
