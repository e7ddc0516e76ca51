// Writing PNGs (libspng, no GDAL). Reading, which also takes any raster GDAL reads, is in
// png_image_read.cpp.
#include "core/io/png_image.hpp"

#include "core/io/atomic_file.hpp"
#include "core/io/png_codec.hpp"

namespace engagemap {

bool WritePng(const std::string& path, const RgbaImage& image, std::string* error) {
    // Encoded in memory with libspng (a palette image when it has at most 256 colours), then
    // handed to the atomic writer: the target is never written in place, a full disk or failed
    // close is an error, and the old file stays.
    std::string encoded, encodeError;
    if (!EncodePng(image, &encoded, &encodeError)) {
        if (error) *error = path + ": " + encodeError;
        return false;
    }
    return WriteOutputFile(path, encoded, error);
}

}  // namespace engagemap
