// libFuzzer target: geodata ingest to triangulated geometry. The input bytes become an in-memory
// GeoJSON file (/vsimem/), which goes through LoadGeodata (OGR, CRS handling, antimeridian cut,
// labels) and, when accepted, BuildMapMesh (densify + GLU tessellation + border segments).
// Every fill vertex must then be finite lon/lat and every country index valid; else abort.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>

#include "core/geo/geodata_loader.hpp"
#include "core/geo/map_mesh.hpp"

namespace {

constexpr const char* kPath = "/vsimem/fuzz_geodata.geojson";

bool OnMap(const engagemap::LonLat& p) {
    return std::isfinite(p.lon) && std::isfinite(p.lat) && std::fabs(p.lon) <= 180.0 && std::fabs(p.lat) <= 90.0;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    CPLSetErrorHandler(CPLQuietErrorHandler);  // LoadGeodata captures its own; silence the rest
    GDALAllRegister();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace engagemap;
    // VSIFileFromMemBuffer does not copy: GDAL reads the fuzzer's buffer in place.
    VSILFILE* f = VSIFileFromMemBuffer(kPath, const_cast<GByte*>(data), static_cast<vsi_l_offset>(size), FALSE);
    if (!f) return 0;
    VSIFCloseL(f);
    GeodataOptions options;
    options.path = kPath;
    GeodataResult r = LoadGeodata(options);
    VSIUnlink(kPath);
    for (const LoadError& e : r.errors) (void)e.ToString();
    for (const LoadError& e : r.warnings) (void)e.ToString();
    if (!r.Ok()) return 0;

    const MapMesh mesh = BuildMapMesh(r.countries);
    if (mesh.fillVertices.size() != mesh.fillCountry.size() || mesh.fillVertices.size() % 3 != 0 ||
        mesh.borderSegments.size() % 2 != 0) {
        std::fprintf(stderr, "malformed mesh\n");
        std::abort();
    }
    for (std::size_t i = 0; i < mesh.fillVertices.size(); ++i) {
        if (!OnMap(mesh.fillVertices[i]) || mesh.fillCountry[i] >= r.countries.countries.size()) {
            std::fprintf(stderr, "bad fill vertex %zu: %g, %g (country %u)\n", i, mesh.fillVertices[i].lon,
                         mesh.fillVertices[i].lat, static_cast<unsigned>(mesh.fillCountry[i]));
            std::abort();
        }
    }
    for (const LonLat& p : mesh.borderSegments) {
        if (!OnMap(p)) {
            std::fprintf(stderr, "bad border point %g, %g\n", p.lon, p.lat);
            std::abort();
        }
    }
    return 0;
}
