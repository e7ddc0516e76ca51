#include "core/io/png_image.hpp"

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>

#include <memory>

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
    DatasetPtr out(png->CreateCopy(path.c_str(), ds.get(), FALSE, options, nullptr, nullptr));
    CSLDestroy(options);
    if (!out) {
        if (error) *error = path + ": " + LastGdalError("cannot write PNG");
        return false;
    }
    out.reset();
    // GDAL writes a side-car .aux.xml only when it has metadata to keep; remove it if present.
    VSIUnlink((path + ".aux.xml").c_str());
    return true;
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
