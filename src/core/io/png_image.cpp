#include "core/io/png_image.hpp"

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>

#include <atomic>
#include <memory>
#include <string_view>

#include "core/io/atomic_file.hpp"

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

bool WritePng(const std::string& path, const RgbaImage& image, std::string* error) {
    GDALAllRegister();
    if (image.width <= 0 || image.height <= 0 ||
        image.pixels.size() != static_cast<size_t>(image.width) * image.height * 4) {
        if (error) *error = "invalid image size";
        return false;
    }
    GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDriver* png = GetGDALDriverManager()->GetDriverByName("PNG");
    if (!mem || !png) {
        if (error) *error = "GDAL has no MEM or PNG driver";
        return false;
    }
    DatasetPtr ds(mem->Create("", image.width, image.height, 4, GDT_Byte, nullptr));
    if (!ds) {
        if (error) *error = LastGdalError("cannot create in-memory raster");
        return false;
    }
    // Interleaved RGBA -> four bands in one RasterIO call.
    int bands[4] = {1, 2, 3, 4};
    CPLErr err = ds->RasterIO(GF_Write, 0, 0, image.width, image.height,
                              const_cast<uint8_t*>(image.pixels.data()), image.width, image.height,
                              GDT_Byte, 4, bands, 4, static_cast<GSpacing>(image.width) * 4, 1,
                              nullptr);
    if (err != CE_None) {
        if (error) *error = LastGdalError("cannot fill raster");
        return false;
    }
    CPLErrorReset();
    char** options = CSLSetNameValue(nullptr, "WORLDFILE", "NO");
    // zlib level 3 instead of 6: about half the encoding time of a 4K export for a few % more bytes.
    options = CSLSetNameValue(options, "ZLEVEL", "3");
    // Encode in memory, then hand the bytes to the atomic writer: the target is never written in
    // place, a full disk or failed close is an error, and no side-car file appears next to it.
    static std::atomic<unsigned> counter{0};
    const std::string memPath = "/vsimem/engagemap_png_" + std::to_string(counter++) + ".png";
    DatasetPtr out(png->CreateCopy(memPath.c_str(), ds.get(), FALSE, options, nullptr, nullptr));
    CSLDestroy(options);
    if (!out) {
        VSIUnlink(memPath.c_str());
        if (error) *error = path + ": " + LastGdalError("cannot encode PNG");
        return false;
    }
    out.reset();
    VSIUnlink((memPath + ".aux.xml").c_str());
    vsi_l_offset length = 0;
    GByte* bytes = VSIGetMemFileBuffer(memPath.c_str(), &length, TRUE);
    if (!bytes) {
        if (error) *error = path + ": cannot encode PNG";
        return false;
    }
    const std::string_view encoded(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
    std::string writeError;
    const bool ok = WriteOutputFile(path, encoded, &writeError);
    CPLFree(bytes);
    if (!ok && error) *error = writeError;
    return ok;
}

bool ReadPng(const std::string& path, RgbaImage& image, std::string* error) {
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
