#include "core/geo/geodata_snapshot.hpp"

#include <cstring>

#include <xxhash.h>

#include "core/geo/mesh_codec.hpp"
#include "core/io/binary_codec.hpp"
#include "core/io/input_file.hpp"
#include "core/io/mapped_file.hpp"

namespace engagemap {
namespace {

constexpr char kMagic[8] = {'E', 'M', 'S', 'N', 'A', 'P', '\n', '\0'};

// The options that change what LoadGeodata makes of a layer, in a fixed order.
std::vector<std::string> OptionFields(const GeodataOptions& o, const std::string& layer) {
    return {layer, o.isoField, o.nameField, o.regionField, o.subregionField, o.labelLonField, o.labelLatField};
}

void PutLonLats(std::string& out, const std::vector<LonLat>& points) {
    PutValue(out, static_cast<uint64_t>(points.size()));
    PutArray(out, points);
}

bool GetLonLats(BinaryReader& r, std::vector<LonLat>* points) {
    uint64_t n = 0;
    return r.Get(&n) && r.GetArray(points, n);
}

void PutError(std::string& out, const LoadError& e) {
    PutText(out, e.file);
    PutValue(out, static_cast<int32_t>(e.line));
    PutValue(out, static_cast<int32_t>(e.column));
    PutText(out, e.path);
    PutText(out, e.field);
    PutText(out, e.message);
}

bool GetError(BinaryReader& r, LoadError* e) {
    int32_t line = 0, column = 0;
    if (!r.GetText(&e->file) || !r.Get(&line) || !r.Get(&column) || !r.GetText(&e->path) || !r.GetText(&e->field) ||
        !r.GetText(&e->message))
        return false;
    e->line = line;
    e->column = column;
    return true;
}

}  // namespace

std::string SnapshotPath(const std::string& source, const std::string& layer) {
    if (source.empty() || layer.empty() || source.rfind("/vsi", 0) == 0) return {};
    return source + "." + layer + ".snapshot";
}

bool SourceFileHash(const std::string& path, uint64_t* hash, std::string* error) {
    // Hashed straight from the page cache (mapped, not copied: a copy of the 11 MB GeoPackage cost
    // more than the hash).
    MappedFile file;
    std::string why;
    if (!file.Open(path, &why)) {
        if (error) *error = why;
        return false;
    }
    *hash = XXH3_64bits(file.Bytes().data(), file.Bytes().size());
    return true;
}

std::string EncodeGeodataSnapshot(const GeodataSnapshot& snapshot, const GeodataOptions& options, uint64_t sourceHash) {
    const CountrySet& set = snapshot.countries;
    std::string out;
    out.append(kMagic, 8);
    PutValue(out, kSnapshotFormatVersion);
    PutValue(out, sourceHash);
    for (const std::string& field : OptionFields(options, set.layer)) PutText(out, field);
    PutValue(out, set.centralMeridian);
    PutValue(out, static_cast<uint64_t>(set.countries.size()));
    for (const CountryGeometry& c : set.countries) {
        PutText(out, c.key);
        PutText(out, c.name);
        PutText(out, c.region);
        PutText(out, c.subregion);
        PutValue(out, c.label);
        PutValue(out, c.bounds);
        PutValue(out, static_cast<uint64_t>(c.polygons.size()));
        for (const Polygon& p : c.polygons) {
            PutValue(out, static_cast<uint64_t>(p.rings.size()));
            for (const Ring& ring : p.rings) PutLonLats(out, ring);
        }
    }
    PutValue(out, static_cast<uint64_t>(snapshot.warnings.size()));
    for (const LoadError& w : snapshot.warnings) PutError(out, w);
    PutText(out, EncodeMesh(snapshot.mesh, MeshSourceHash(set)));
    return out;
}

bool DecodeGeodataSnapshot(std::string_view bytes, const GeodataOptions& options, uint64_t sourceHash,
                           GeodataSnapshot* snapshot, std::string* why) {
    auto fail = [why](const char* message) {
        if (why) *why = message;
        return false;
    };
    if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 8) != 0) return fail("not a geodata snapshot");
    BinaryReader r{bytes, 8};
    uint32_t version = 0;
    uint64_t hash = 0;
    if (!r.Get(&version) || !r.Get(&hash)) return fail("truncated snapshot");
    if (version != kSnapshotFormatVersion) return fail("stale: another snapshot format version");
    if (hash != sourceHash) return fail("stale: the geodata file has changed");
    GeodataSnapshot s;
    std::string layer;
    if (!r.GetText(&layer)) return fail("truncated snapshot");
    const std::vector<std::string> wanted = OptionFields(options, options.layer.empty() ? "countries_50m" : options.layer);
    if (layer != wanted[0]) return fail("stale: another layer");
    for (size_t i = 1; i < wanted.size(); ++i) {
        std::string field;
        if (!r.GetText(&field)) return fail("truncated snapshot");
        if (field != wanted[i]) return fail("stale: other attribute fields");
    }
    CountrySet& set = s.countries;
    set.source = options.path;
    set.layer = layer;
    uint64_t count = 0;
    if (!r.Get(&set.centralMeridian) || !r.Get(&count) || count > bytes.size()) return fail("truncated snapshot");
    set.countries.resize(count);
    for (CountryGeometry& c : set.countries) {
        uint64_t polygons = 0;
        if (!r.GetText(&c.key) || !r.GetText(&c.name) || !r.GetText(&c.region) || !r.GetText(&c.subregion) ||
            !r.Get(&c.label) || !r.Get(&c.bounds) || !r.Get(&polygons) || polygons > bytes.size())
            return fail("truncated snapshot");
        c.polygons.resize(polygons);
        for (Polygon& p : c.polygons) {
            uint64_t rings = 0;
            if (!r.Get(&rings) || rings > bytes.size()) return fail("truncated snapshot");
            p.rings.resize(rings);
            for (Ring& ring : p.rings)
                if (!GetLonLats(r, &ring)) return fail("truncated snapshot");
        }
    }
    uint64_t warnings = 0;
    if (!r.Get(&warnings) || warnings > bytes.size()) return fail("truncated snapshot");
    s.warnings.resize(warnings);
    for (LoadError& w : s.warnings)
        if (!GetError(r, &w)) return fail("truncated snapshot");
    std::string_view mesh;
    if (!r.GetView(&mesh)) return fail("truncated snapshot");
    std::string meshWhy;
    if (!DecodeMesh(mesh, MeshSourceHash(set), &s.mesh, &meshWhy)) {
        if (why) *why = "damaged snapshot: mesh " + meshWhy;
        return false;
    }
    for (const CountryGeometry& c : set.countries)
        if (c.key.empty()) return fail("damaged snapshot: a country without a key");
    for (uint16_t country : s.mesh.fillCountry)
        if (country >= set.countries.size()) return fail("damaged snapshot: a triangle of no country");
    *snapshot = std::move(s);
    return true;
}

std::optional<GeodataSnapshot> LoadGeodataSnapshot(const GeodataOptions& options, std::string* why) {
    auto none = [why](const std::string& reason) {
        if (why) *why = reason;
        return std::nullopt;
    };
    const std::string path = SnapshotPath(options.path, options.layer.empty() ? "countries_50m" : options.layer);
    if (path.empty()) return none("no snapshot for this source");
    MappedFile file;
    std::string error;
    if (!file.Open(path, &error)) return none(path + ": " + error);
    uint64_t hash = 0;
    if (!SourceFileHash(options.path, &hash, &error)) return none(options.path + ": " + error);
    GeodataSnapshot snapshot;
    if (!DecodeGeodataSnapshot(file.Bytes(), options, hash, &snapshot, &error)) return none(path + ": " + error);
    return snapshot;
}

}  // namespace engagemap
