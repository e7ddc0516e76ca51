#include "core/geo/mesh_codec.hpp"

#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "core/io/binary_codec.hpp"

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
    PutValue(out, kMeshFormatVersion);
    PutValue(out, uint32_t{0});
    PutValue(out, sourceHash);
    PutValue(out, static_cast<uint64_t>(vertices.size() / 2));
    PutValue(out, static_cast<uint64_t>(fill.size()));
    PutValue(out, static_cast<uint64_t>(borders.size()));
    PutValue(out, static_cast<uint64_t>(mesh.warnings.size()));
    PutArray(out, vertices);
    PutArray(out, fill);
    PutArray(out, triangleCountry);
    PutArray(out, borders);
    for (const std::string& w : mesh.warnings) {
        PutValue(out, static_cast<uint64_t>(w.size()));
        out.append(w);
    }
    return out;
}

bool DecodeMesh(std::string_view bytes, uint64_t expectedHash, MapMesh* mesh, std::string* why) {
    auto fail = [why](const char* message) {
        if (why) *why = message;
        return false;
    };
    BinaryReader r{bytes};
    if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 8) != 0) return fail("not a mesh file");
    r.at = 8;
    uint32_t version = 0, reserved = 0;
    uint64_t hash = 0, vertexCount = 0, fillCount = 0, borderCount = 0, warningCount = 0;
    if (!r.Get(&version) || !r.Get(&reserved) || !r.Get(&hash)) return fail("truncated mesh file");
    if (version != kMeshFormatVersion) return fail("stale: another mesh format version");
    if (hash != expectedHash) return fail("stale: built from other geometry");
    if (!r.Get(&vertexCount) || !r.Get(&fillCount) || !r.Get(&borderCount) || !r.Get(&warningCount))
        return fail("truncated mesh file");
    MapMesh m;
    std::vector<uint32_t> fill, borders;
    std::vector<uint16_t> triangleCountry;
    if (fillCount % 3 || borderCount % 2) return fail("damaged mesh file");
    static_assert(sizeof(LonLat) == 2 * sizeof(double), "positions are stored as lon, lat pairs");
    if (!r.GetArray(&m.positions, vertexCount) || !r.GetArray(&fill, fillCount) ||
        !r.GetArray(&triangleCountry, fillCount / 3) || !r.GetArray(&borders, borderCount))
        return fail("truncated mesh file");
    const std::vector<LonLat>& vertices = m.positions;
    m.fillVertices.resize(fillCount);
    m.fillCountry.resize(fillCount);
    for (size_t i = 0; i < fillCount; ++i) {
        if (fill[i] >= vertexCount) return fail("damaged mesh file");
        m.fillVertices[i] = vertices[fill[i]];
        m.fillCountry[i] = triangleCountry[i / 3];
    }
    m.borderSegments.resize(borderCount);
    for (size_t i = 0; i < borderCount; ++i) {
        if (borders[i] >= vertexCount) return fail("damaged mesh file");
        m.borderSegments[i] = vertices[borders[i]];
    }
    m.fillIndex = std::move(fill);
    m.borderIndex = std::move(borders);
    for (uint64_t i = 0; i < warningCount; ++i) {
        uint64_t length = 0;
        if (!r.Get(&length) || length > bytes.size() - r.at) return fail("truncated mesh file");
        m.warnings.emplace_back(bytes.substr(r.at, length));
        r.at += length;
    }
    *mesh = std::move(m);
    return true;
}

}  // namespace engagemap
