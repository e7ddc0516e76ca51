#include "core/io/png_image.hpp"

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>

#include <memory>
#include <string_view>

#include "core/io/atomic_file.hpp"
#include "core/io/png_codec.hpp"

namespace engagemap {
namespace {

struct GdalCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, GdalCloser>;

std::string LastGdalError(const std::string& fallback) {
    const char* msg = CPLGetLastErrorMsg();
    return (msg && *msg) ? std::string(msg) : fallback;
}

}  // namespace

bool ReadPng(const std::string& path, RgbaImage& image, std::string* error) {
    // PNG files (any colour type, palette included) are decoded by libspng; other rasters by GDAL.
    {
        GByte* bytes = nullptr;
        vsi_l_offset length = 0;
        if (VSIIngestFile(nullptr, path.c_str(), &bytes, &length, -1)) {
            const std::string_view view(reinterpret_cast<const char*>(bytes), static_cast<size_t>(length));
            if (LooksLikePng(view)) {
                std::string decodeError;
                const bool ok = DecodePng(view, image, &decodeError);
                VSIFree(bytes);
                if (!ok && error) *error = path + ": " + decodeError;
                return ok;
            }
            VSIFree(bytes);
        }
    }
    GDALAllRegister();
    CPLErrorReset();
    DatasetPtr ds(static_cast<GDALDataset*>(GDALOpenEx(path.c_str(), GDAL_OF_RASTER, nullptr, nullptr, nullptr)));
    if (!ds) {
        if (error) *error = path + ": " + LastGdalError("cannot open image");
        return false;
    }
    const int w = ds->GetRasterXSize(), h = ds->GetRasterYSize(), n = ds->GetRasterCount();
    if (n < 3) {
        if (error) *error = path + ": expected an RGB or RGBA image";
        return false;
    }
    image.width = w;
    image.height = h;
    image.pixels.assign(static_cast<size_t>(w) * h * 4, 255);
    int bands[4] = {1, 2, 3, 4};
    CPLErr err = ds->RasterIO(GF_Read, 0, 0, w, h, image.pixels.data(), w, h, GDT_Byte,
                              n >= 4 ? 4 : 3, bands, 4, static_cast<GSpacing>(w) * 4, 1, nullptr);
    if (err != CE_None) {
        if (error) *error = path + ": " + LastGdalError("cannot read image");
        return false;
    }
    return true;
}

}  // namespace engagemap
