#include "core/geo/mesh_cache.hpp"

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <unordered_map>
#include <vector>

#include "core/io/atomic_file.hpp"
#include "core/io/input_file.hpp"

namespace engagemap {
namespace {

bool ReadWholeFile(const std::string& path, std::string* bytes) {
    std::string error;
    return ReadInputFile(path, uint64_t{1} << 31, bytes, &error);
}

std::string HexHash(uint64_t h) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

}  // namespace

std::string SidecarMeshPath(const CountrySet& countries) {
    if (countries.source.empty() || countries.centralMeridian != 0.0) return {};
    return countries.layer.empty() ? countries.source + ".mesh" : countries.source + "." + countries.layer + ".mesh";
}

std::string MeshCacheDirectory() {
    if (const char* env = std::getenv("ENGAGEMAP_MESH_CACHE")) {
        const std::string dir = env;
        return dir == "off" || dir == "0" ? std::string() : dir;
    }
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    if (xdg && xdg[0] == '/') return std::string(xdg) + "/engagemap/meshes";
    const char* home = std::getenv("HOME");
    if (home && home[0] == '/') return std::string(home) + "/.cache/engagemap/meshes";
    return {};
}

MapMesh CachedMapMesh(const CountrySet& countries, MeshOrigin* origin) {
    const uint64_t hash = MeshSourceHash(countries);
    MapMesh mesh;
    std::string bytes;
    const std::string sidecar = SidecarMeshPath(countries);
    if (!sidecar.empty() && ReadWholeFile(sidecar, &bytes) && DecodeMesh(bytes, hash, &mesh, nullptr)) {
        if (origin) *origin = MeshOrigin::Sidecar;
        return mesh;
    }
    // Recentred maps (the window's central meridian) are not cached: every meridian would add a
    // file (3.4 MB at 1:50m, ~20 MB at 1:10m) to a cache nothing prunes.
    const std::string dir = countries.centralMeridian == 0.0 ? MeshCacheDirectory() : std::string();
    const std::string cached = dir.empty() ? std::string() : dir + "/" + HexHash(hash) + ".mesh";
    if (!cached.empty() && ReadWholeFile(cached, &bytes) && DecodeMesh(bytes, hash, &mesh, nullptr)) {
        if (origin) *origin = MeshOrigin::UserCache;
        return mesh;
    }
    mesh = BuildMapMesh(countries);
    if (origin) *origin = MeshOrigin::Built;
    if (!cached.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        std::string ignored;
        if (!ec) WriteOutputFile(cached, EncodeMesh(mesh, hash), &ignored);
    }
    return mesh;
}

}  // namespace engagemap
