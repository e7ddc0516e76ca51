#include "core/document/map_payload.hpp"

#include <cmath>
#include <cstring>
#include <unordered_map>
#include <utility>

namespace engagemap {
namespace {

constexpr char kMagic[4] = {'E', 'M', 'P', 'L'};
constexpr std::uint32_t kFormatVersion = 2;
// Ring, fill and border points are snapped to a grid of 1e-5 degrees (about a metre), stored once
// in a table (rings, fill triangles and borders share their vertices) and referenced by index;
// coordinates and indices are written as differences from the previous one, as zigzag varints.
// This is what makes the 1:50m world (about 280k fill vertices) a megabyte before compression.
constexpr double kGridPerDegree = 1e5;

std::int64_t Snap(double degrees) { return static_cast<std::int64_t>(std::llround(degrees * kGridPerDegree)); }
std::uint64_t ZigZag(std::int64_t v) { return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63); }
std::int64_t UnZigZag(std::uint64_t v) { return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1); }

// Appends little-endian values (the only byte order of x86, ARM and WebAssembly, all of which run
// this code: memcpy of the native representation is the format).
class Writer {
public:
    void U32(std::uint32_t v) { Raw(&v, 4); }
    void U16(std::uint16_t v) { Raw(&v, 2); }
    void F32(double v) {
        const float f = static_cast<float>(v);
        Raw(&f, 4);
    }
    void Text(std::string_view s) {
        U32(static_cast<std::uint32_t>(s.size()));
        out.append(s);
    }
    void Point(const LonLat& p) {
        F32(p.lon);
        F32(p.lat);
    }
    void Raw(const void* p, std::size_t n) { out.append(static_cast<const char*>(p), n); }
    void Varint(std::uint64_t v) {
        while (v >= 0x80) {
            out.push_back(static_cast<char>((v & 0x7f) | 0x80));
            v >>= 7;
        }
        out.push_back(static_cast<char>(v));
    }
    void Signed(std::int64_t v) { Varint(ZigZag(v)); }
    std::string out;
};

// Every distinct snapped point, in first-use order, and the index of each.
class PointTable {
public:
    std::uint32_t Add(const LonLat& p) {
        const std::int64_t x = Snap(p.lon), y = Snap(p.lat);
        const auto [it, added] = index_.try_emplace((static_cast<std::uint64_t>(x) << 32) ^ static_cast<std::uint32_t>(y),
                                                    static_cast<std::uint32_t>(xs_.size()));
        if (added) {
            xs_.push_back(x);
            ys_.push_back(y);
        }
        return it->second;
    }
    void Write(Writer& w) const {
        w.U32(static_cast<std::uint32_t>(xs_.size()));
        std::int64_t px = 0, py = 0;
        for (std::size_t i = 0; i < xs_.size(); ++i) {
            w.Signed(xs_[i] - px);
            w.Signed(ys_[i] - py);
            px = xs_[i];
            py = ys_[i];
        }
    }

private:
    std::unordered_map<std::uint64_t, std::uint32_t> index_;
    std::vector<std::int64_t> xs_, ys_;
};

// Indices written as differences from the previous one (rings run +1, triangles stay local).
class IndexStream {
public:
    explicit IndexStream(Writer& w) : w_(w) {}
    void Put(std::uint32_t index) {
        w_.Signed(static_cast<std::int64_t>(index) - previous_);
        previous_ = index;
    }

private:
    Writer& w_;
    std::int64_t previous_ = 0;
};

// Reads what Writer wrote; every read is bounds-checked and failure is sticky.
class Reader {
public:
    explicit Reader(std::string_view bytes) : in_(bytes) {}
    bool ok = true;
    std::uint32_t U32() {
        std::uint32_t v = 0;
        Raw(&v, 4);
        return v;
    }
    std::uint8_t U8() {
        std::uint8_t v = 0;
        Raw(&v, 1);
        return v;
    }
    std::uint16_t U16() {
        std::uint16_t v = 0;
        Raw(&v, 2);
        return v;
    }
    double F32() {
        float f = 0;
        Raw(&f, 4);
        return f;
    }
    LonLat Point() {
        const double lon = F32();
        return LonLat{lon, F32()};
    }
    std::string Text() {
        const std::uint32_t n = U32();
        if (!Has(n)) return {};
        std::string s(in_.substr(at_, n));
        at_ += n;
        return s;
    }
    // A count of items of at least `minBytes` each: refused when the rest cannot hold them.
    std::uint32_t Count(std::size_t minBytes) {
        const std::uint32_t n = U32();
        if (ok && minBytes > 0 && n > (in_.size() - at_) / minBytes) ok = false;
        return ok ? n : 0;
    }
    bool AtEnd() const { return at_ == in_.size(); }
    std::uint64_t Varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            std::uint8_t byte = 0;
            Raw(&byte, 1);
            if (!ok) return 0;
            v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if (!(byte & 0x80)) return v;
        }
        ok = false;
        return 0;
    }
    std::int64_t Signed() { return UnZigZag(Varint()); }
    // A varint count of items of at least one byte each: refused when the rest cannot hold them.
    std::size_t VarCount() {
        const std::uint64_t n = Varint();
        if (ok && n > in_.size() - at_) ok = false;
        return ok ? static_cast<std::size_t>(n) : 0;
    }

private:
    bool Has(std::size_t n) {
        if (ok && n <= in_.size() - at_) return true;
        ok = false;
        return false;
    }
    void Raw(void* p, std::size_t n) {
        if (!Has(n)) return;
        std::memcpy(p, in_.data() + at_, n);
        at_ += n;
    }
    std::string_view in_;
    std::size_t at_ = 0;
};

}  // namespace

std::string SerializeMapPayload(const MapPayload& payload) {
    Writer w;
    w.Raw(kMagic, 4);
    w.U32(kFormatVersion);
    const CountrySet& set = payload.countries;
    const MapMesh& mesh = payload.mesh;
    w.Text(set.source);
    w.Text(set.layer);
    w.F32(set.centralMeridian);
    // Countries: names and shape of their polygons (the points come later, from the table).
    PointTable table;
    w.U32(static_cast<std::uint32_t>(set.countries.size()));
    for (const CountryGeometry& c : set.countries) {
        w.Text(c.key);
        w.Text(c.name);
        w.Text(c.region);
        w.Text(c.subregion);
        w.Point(c.label);
        w.Point({c.bounds.minLon, c.bounds.minLat});
        w.Point({c.bounds.maxLon, c.bounds.maxLat});
        w.Varint(c.polygons.size());
        for (const Polygon& polygon : c.polygons) {
            w.Varint(polygon.rings.size());
            for (const Ring& ring : polygon.rings) {
                w.Varint(ring.size());
                for (const LonLat& p : ring) table.Add(p);
            }
        }
    }
    std::vector<std::uint32_t> fill, borders;
    fill.reserve(mesh.fillVertices.size());
    for (const LonLat& p : mesh.fillVertices) fill.push_back(table.Add(p));
    borders.reserve(mesh.borderSegments.size());
    for (const LonLat& p : mesh.borderSegments) borders.push_back(table.Add(p));
    table.Write(w);
    IndexStream rings(w);
    for (const CountryGeometry& c : set.countries)
        for (const Polygon& polygon : c.polygons)
            for (const Ring& ring : polygon.rings)
                for (const LonLat& p : ring) rings.Put(table.Add(p));
    w.U32(static_cast<std::uint32_t>(fill.size()));
    IndexStream fillIndices(w);
    for (std::uint32_t i : fill) fillIndices.Put(i);
    IndexStream fillCountries(w);
    for (std::uint16_t country : mesh.fillCountry) fillCountries.Put(country);
    w.U32(static_cast<std::uint32_t>(borders.size()));
    IndexStream borderIndices(w);
    for (std::uint32_t i : borders) borderIndices.Put(i);
    w.U32(static_cast<std::uint32_t>(payload.colours.size()));
    for (const Rgba8& c : payload.colours) w.Raw(&c, 4);
    w.Text(payload.datasetJson);
    w.Text(payload.storyJson);
    return std::move(w.out);
}

bool ParseMapPayload(std::string_view bytes, MapPayload* out, std::string* error) {
    auto fail = [&](const char* what) {
        if (error) *error = std::string("embedded map data: ") + what;
        return false;
    };
    if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 4) != 0) return fail("not engagemap map data");
    Reader r(bytes.substr(4));
    if (r.U32() != kFormatVersion) return fail("written by another version of engagemap");
    MapPayload p;
    CountrySet& set = p.countries;
    set.source = r.Text();
    set.layer = r.Text();
    set.centralMeridian = r.F32();
    const std::uint32_t countries = r.Count(40);
    set.countries.resize(countries);
    for (CountryGeometry& c : set.countries) {
        c.key = r.Text();
        c.name = r.Text();
        c.region = r.Text();
        c.subregion = r.Text();
        c.label = r.Point();
        const LonLat lo = r.Point(), hi = r.Point();
        c.bounds = LonLatBox{lo.lon, lo.lat, hi.lon, hi.lat};
        // Each polygon, ring and point takes at least a byte further on: counts are bounded by the rest.
        c.polygons.resize(r.VarCount());
        for (Polygon& polygon : c.polygons) {
            polygon.rings.resize(r.VarCount());
            for (Ring& ring : polygon.rings) {
                ring.resize(r.VarCount());
            }
        }
        if (!r.ok) return fail("truncated in the countries");
    }
    // The point table.
    std::vector<LonLat> points(r.Count(2));
    std::int64_t x = 0, y = 0;
    for (LonLat& point : points) {
        x += r.Signed();
        y += r.Signed();
        point = LonLat{static_cast<double>(x) / kGridPerDegree, static_cast<double>(y) / kGridPerDegree};
    }
    if (!r.ok) return fail("truncated in the points");
    // Reads indices into the table, each a difference from the previous one of its stream (`index`).
    auto readPoints = [&](std::vector<LonLat>& into, std::int64_t& index) {
        for (LonLat& point : into) {
            index += r.Signed();
            if (!r.ok || index < 0 || static_cast<std::uint64_t>(index) >= points.size()) return false;
            point = points[static_cast<std::size_t>(index)];
        }
        return true;
    };
    std::int64_t ringIndex = 0, fillIndex = 0, borderIndex = 0;
    for (CountryGeometry& c : set.countries)
        for (Polygon& polygon : c.polygons)
            for (Ring& ring : polygon.rings)
                if (!readPoints(ring, ringIndex)) return fail("a ring point outside the table");
    MapMesh& mesh = p.mesh;
    mesh.fillVertices.resize(r.Count(2));
    if (!readPoints(mesh.fillVertices, fillIndex)) return fail("a fill point outside the table");
    mesh.fillCountry.resize(mesh.fillVertices.size());
    std::int64_t country = 0;
    for (std::uint16_t& c : mesh.fillCountry) {
        country += r.Signed();
        if (!r.ok || country < 0 || country >= static_cast<std::int64_t>(countries)) return fail("a mesh vertex names no country");
        c = static_cast<std::uint16_t>(country);
    }
    mesh.borderSegments.resize(r.Count(1));
    if (!readPoints(mesh.borderSegments, borderIndex)) return fail("a border point outside the table");
    if (mesh.fillVertices.size() % 3 || mesh.borderSegments.size() % 2) return fail("an incomplete triangle or segment");
    p.colours.resize(r.Count(4));
    for (Rgba8& c : p.colours) {
        c.r = r.U8();
        c.g = r.U8();
        c.b = r.U8();
        c.a = r.U8();
    }
    p.datasetJson = r.Text();
    p.storyJson = r.Text();
    if (!r.ok) return fail("truncated");
    if (!r.AtEnd()) return fail("unexpected bytes after the end");
    if (!p.colours.empty() && p.colours.size() != countries) return fail("colours do not match the countries");
    *out = std::move(p);
    return true;
}

MapDocument DocumentFromPayload(MapPayload payload) {
    MapDocument document;
    document.geodata.path = payload.countries.source;
    document.geodata.layer = payload.countries.layer;
    document.countries = std::move(payload.countries);
    document.mesh = std::move(payload.mesh);
    document.colours = std::move(payload.colours);
    return document;
}

}  // namespace engagemap
