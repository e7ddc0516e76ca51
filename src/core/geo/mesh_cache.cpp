#include "core/geo/mesh_cache.hpp"

#include <cpl_vsi.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <unordered_map>
#include <vector>

#include "core/io/atomic_file.hpp"

namespace engagemap {
namespace {

constexpr char kMagic[8] = {'E', 'M', 'M', 'E', 'S', 'H', '\n', '\0'};

// A 64-bit hash over 64-bit words (multiply-xorshift mixing, as in wyhash/murmur finalisers).
struct Hasher {
    uint64_t h = 0x9E3779B97F4A7C15ull;
    void Word(uint64_t w) {
        h ^= w + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
        h *= 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    void Double(double d) {
        uint64_t w;
        std::memcpy(&w, &d, 8);
        Word(w);
    }
    void Text(const std::string& s) {
        Word(s.size());
        for (size_t i = 0; i < s.size(); i += 8) {
            uint64_t w = 0;
            std::memcpy(&w, s.data() + i, std::min<size_t>(8, s.size() - i));
            Word(w);
        }
    }
};

template <class T>
void Put(std::string& out, const T& value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}
template <class T>
void PutArray(std::string& out, const std::vector<T>& values) {
    out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

struct Reader {
    std::string_view bytes;
    size_t at = 0;
    template <class T>
    bool Get(T* value) {
        if (bytes.size() - at < sizeof(T)) return false;
        std::memcpy(value, bytes.data() + at, sizeof(T));
        at += sizeof(T);
        return true;
    }
    template <class T>
    bool GetArray(std::vector<T>* values, uint64_t count) {
        if (count > (bytes.size() - at) / sizeof(T)) return false;
        values->resize(count);
        std::memcpy(values->data(), bytes.data() + at, count * sizeof(T));
        at += count * sizeof(T);
        return true;
    }
};

bool ReadWholeFile(const std::string& path, std::string* bytes) {
    GByte* data = nullptr;
    vsi_l_offset size = 0;
    VSIStatBufL stat;
    if (VSIStatL(path.c_str(), &stat) != 0) return false;
    if (!VSIIngestFile(nullptr, path.c_str(), &data, &size, 1ll << 31)) return false;
    bytes->assign(reinterpret_cast<const char*>(data), static_cast<size_t>(size));
    VSIFree(data);
    return true;
}

std::string HexHash(uint64_t h) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

}  // namespace

uint64_t MeshSourceHash(const CountrySet& countries, double maxEdgeDeg) {
    Hasher h;
    h.Word(kMeshFormatVersion);
    h.Double(maxEdgeDeg);
    h.Double(countries.centralMeridian);
    h.Word(countries.countries.size());
    for (const CountryGeometry& c : countries.countries) {
        h.Text(c.key);
        h.Text(c.name);
        h.Word(c.polygons.size());
        for (const Polygon& p : c.polygons) {
            h.Word(p.rings.size());
            for (const Ring& r : p.rings) {
                h.Word(r.size());
                for (const LonLat& v : r) {
                    h.Double(v.lon);
                    h.Double(v.lat);
                }
            }
        }
    }
    return h.h;
}

std::string EncodeMesh(const MapMesh& mesh, uint64_t sourceHash) {
    // Unique vertices of the fill and the borders (shared corners stored once).
    struct Key {
        uint64_t a, b;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        size_t operator()(const Key& k) const { return k.a * 0x9E3779B97F4A7C15ull ^ (k.b + (k.a >> 7)); }
    };
    std::unordered_map<Key, uint32_t, KeyHash> index;
    std::vector<double> vertices;
    auto indexOf = [&](const LonLat& p) {
        Key k;
        std::memcpy(&k.a, &p.lon, 8);
        std::memcpy(&k.b, &p.lat, 8);
        auto [it, inserted] = index.try_emplace(k, static_cast<uint32_t>(vertices.size() / 2));
        if (inserted) {
            vertices.push_back(p.lon);
            vertices.push_back(p.lat);
        }
        return it->second;
    };
    std::vector<uint32_t> fill, borders;
    std::vector<uint16_t> triangleCountry;
    fill.reserve(mesh.fillVertices.size());
    for (size_t i = 0; i < mesh.fillVertices.size(); ++i) fill.push_back(indexOf(mesh.fillVertices[i]));
    for (size_t t = 0; t + 2 < mesh.fillCountry.size(); t += 3) triangleCountry.push_back(mesh.fillCountry[t]);
    borders.reserve(mesh.borderSegments.size());
    for (const LonLat& p : mesh.borderSegments) borders.push_back(indexOf(p));

    std::string out;
    out.append(kMagic, 8);
    Put(out, kMeshFormatVersion);
    Put(out, uint32_t{0});
    Put(out, sourceHash);
    Put(out, static_cast<uint64_t>(vertices.size() / 2));
    Put(out, static_cast<uint64_t>(fill.size()));
    Put(out, static_cast<uint64_t>(borders.size()));
    Put(out, static_cast<uint64_t>(mesh.warnings.size()));
    PutArray(out, vertices);
    PutArray(out, fill);
    PutArray(out, triangleCountry);
    PutArray(out, borders);
    for (const std::string& w : mesh.warnings) {
        Put(out, static_cast<uint64_t>(w.size()));
        out.append(w);
    }
    return out;
}

bool DecodeMesh(std::string_view bytes, uint64_t expectedHash, MapMesh* mesh, std::string* why) {
    auto fail = [why](const char* message) {
        if (why) *why = message;
        return false;
    };
    Reader r{bytes};
    if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 8) != 0) return fail("not a mesh file");
    r.at = 8;
    uint32_t version = 0, reserved = 0;
    uint64_t hash = 0, vertexCount = 0, fillCount = 0, borderCount = 0, warningCount = 0;
    if (!r.Get(&version) || !r.Get(&reserved) || !r.Get(&hash)) return fail("truncated mesh file");
    if (version != kMeshFormatVersion) return fail("stale: another mesh format version");
    if (hash != expectedHash) return fail("stale: built from other geometry");
    if (!r.Get(&vertexCount) || !r.Get(&fillCount) || !r.Get(&borderCount) || !r.Get(&warningCount))
        return fail("truncated mesh file");
    std::vector<double> vertices;
    std::vector<uint32_t> fill, borders;
    std::vector<uint16_t> triangleCountry;
    if (fillCount % 3 || borderCount % 2) return fail("damaged mesh file");
    if (!r.GetArray(&vertices, vertexCount * 2) || !r.GetArray(&fill, fillCount) ||
        !r.GetArray(&triangleCountry, fillCount / 3) || !r.GetArray(&borders, borderCount))
        return fail("truncated mesh file");
    MapMesh m;
    m.fillVertices.resize(fillCount);
    m.fillCountry.resize(fillCount);
    for (size_t i = 0; i < fillCount; ++i) {
        if (fill[i] >= vertexCount) return fail("damaged mesh file");
        m.fillVertices[i] = LonLat{vertices[2 * fill[i]], vertices[2 * fill[i] + 1]};
        m.fillCountry[i] = triangleCountry[i / 3];
    }
    m.borderSegments.resize(borderCount);
    for (size_t i = 0; i < borderCount; ++i) {
        if (borders[i] >= vertexCount) return fail("damaged mesh file");
        m.borderSegments[i] = LonLat{vertices[2 * borders[i]], vertices[2 * borders[i] + 1]};
    }
    for (uint64_t i = 0; i < warningCount; ++i) {
        uint64_t length = 0;
        if (!r.Get(&length) || length > bytes.size() - r.at) return fail("truncated mesh file");
        m.warnings.emplace_back(bytes.substr(r.at, length));
        r.at += length;
    }
    *mesh = std::move(m);
    return true;
}

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
