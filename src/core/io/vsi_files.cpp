#include "core/io/vsi_files.hpp"

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <ogr_srs_api.h>

namespace engagemap {

bool ReadVsiFile(const std::string& path, std::uint64_t maxBytes, std::string* out, std::string* error) {
    VSIStatBufL st;
    if (VSIStatL(path.c_str(), &st) != 0) {
        *error = "cannot open: no such file or not readable";
        return false;
    }
    if (VSI_ISDIR(st.st_mode)) {
        *error = "cannot open: is a directory";
        return false;
    }
    if (static_cast<std::uint64_t>(st.st_size) > maxBytes) {
        *error = "file is " + std::to_string(st.st_size) + " bytes, more than the limit of " + std::to_string(maxBytes) +
                 " bytes";
        return false;
    }
    VSILFILE* f = VSIFOpenL(path.c_str(), "rb");
    if (!f) {
        *error = "cannot open for reading";
        return false;
    }
    out->clear();
    char buf[1 << 16];
    for (;;) {
        std::size_t n = VSIFReadL(buf, 1, sizeof buf, f);
        out->append(buf, n);
        if (out->size() > maxBytes) {
            VSIFCloseL(f);
            *error = "file is more than the limit of " + std::to_string(maxBytes) + " bytes";
            return false;
        }
        if (n < sizeof buf) break;
    }
    VSIFCloseL(f);
    return true;
}

bool WriteVsiMemFile(const std::string& path, std::string_view contents, std::string* error) {
    VSILFILE* f = VSIFOpenL(path.c_str(), "wb");
    if (!f) {
        if (error) *error = "cannot write " + path + ": cannot create";
        return false;
    }
    const bool written = VSIFWriteL(contents.data(), 1, contents.size(), f) == contents.size();
    const bool closed = VSIFCloseL(f) == 0;
    if (!written || !closed) {
        VSIUnlink(path.c_str());
        if (error) *error = "cannot write " + path + ": write failed";
        return false;
    }
    return true;
}

void ApplyNetworkPolicyToGdal(bool allowed) {
    // Belt and braces for references GDAL follows by itself: an unreachable proxy for GDAL's curl,
    // no retries, and PROJ's grid CDN off.
    CPLSetConfigOption("GDAL_HTTP_PROXY", allowed ? nullptr : "http://127.0.0.1:9");
    CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", allowed ? nullptr : "0");
    CPLSetConfigOption("CPL_VSIL_CURL_USE_HEAD", allowed ? nullptr : "NO");
    OSRSetPROJEnableNetwork(allowed ? TRUE : FALSE);
}

}  // namespace engagemap
