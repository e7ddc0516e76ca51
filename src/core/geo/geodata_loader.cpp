// Country boundaries through GDAL/OGR. All GDAL messages are captured (never printed) and
// turned into located LoadErrors; nothing here throws.
#include "core/geo/geodata_loader.hpp"

#include "core/data/country_names.hpp"

#include <cpl_error.h>
#include <gdal.h>
#include <gdal_priv.h>
#include <ogr_core.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string_view>

#include "core/geo/antimeridian.hpp"
#include "core/geo/ogr_vrt_guard.hpp"
#include "core/io/input_file.hpp"
#include "core/geo/triangulate.hpp"

namespace engagemap {

namespace {

constexpr const char* kDefaultLayer = "countries_50m";

void EnsureGdalRegistered() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

// While alive, GDAL/CPL messages of this thread go to `messages` instead of stderr.
class GdalErrorCapture {
public:
    GdalErrorCapture() { CPLPushErrorHandlerEx(&Handler, this); }
    ~GdalErrorCapture() { CPLPopErrorHandler(); }
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    const std::vector<std::string>& Messages() const { return messages_; }

private:
    static void CPL_STDCALL Handler(CPLErr cls, CPLErrorNum /*num*/, const char* msg) {
        auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
        if (!self || !msg || (cls != CE_Warning && cls != CE_Failure && cls != CE_Fatal)) return;
        try {
            if (self->messages_.size() < 1000) self->messages_.emplace_back(msg);
        } catch (...) {
        }
    }
    std::vector<std::string> messages_;
};

std::string Trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

std::string Join(const std::vector<std::string>& items) {
    std::string s;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) s += ", ";
        s += items[i];
    }
    return s.empty() ? "none" : s;
}

// Opens `path` as a read-only vector dataset. On failure returns null and sets `error` to the
// message part ("cannot open: No such file or directory", "not a vector dataset").
GDALDatasetUniquePtr OpenVector(const std::string& path, std::string& error) {
    EnsureGdalRegistered();
    if (path.empty()) {
        error = "cannot open: no path given";
        return nullptr;
    }
    // Refused up front: FIFOs, devices, directories (opening one could block) and network paths
    // without --allow-network. A missing file keeps GDAL's own message below.
    VSIStatBufL pre;
    if (IsNetworkPath(path) || VSIStatL(path.c_str(), &pre) == 0) {
        if (!CheckInputPath(path, &error)) return nullptr;
    }
    // Only drivers that read one local file and name no other resource: no database connections.
    // An OGR VRT (which can point at remote or arbitrary local files) is read only after every data
    // source it names has been checked: files of these same drivers under the VRT's directory.
    static const std::vector<std::string> kFileDrivers = {"GPKG",           "GeoJSON",    "GeoJSONSeq", "TopoJSON",
                                                          "ESRI Shapefile", "FlatGeobuf", "MapInfo File"};
    std::vector<const char*> allowed;
    if (IsOgrVrtPath(path)) {
        if (!CheckOgrVrtReferences(path, kFileDrivers, &error)) return nullptr;
        allowed.push_back("OGR_VRT");
    } else {
        for (const std::string& d : kFileDrivers) allowed.push_back(d.c_str());
    }
    allowed.push_back(nullptr);
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, allowed.data()));
    if (ds) {
        if (ds->GetLayerCount() <= 0) {
            error = "not a vector dataset (no layers)";
            return nullptr;
        }
        return ds;
    }
    VSIStatBufL st;
    if (VSIStatL(path.c_str(), &st) != 0) {
        error = "cannot open: No such file or directory";
        return nullptr;
    }
    if (!VSI_ISDIR(st.st_mode)) {
        VSILFILE* f = VSIFOpenL(path.c_str(), "rb");
        if (!f) {
            error = "cannot open: permission denied or unreadable";
            return nullptr;
        }
        VSIFCloseL(f);
    }
    error = "not a vector dataset";
    return nullptr;
}

std::vector<std::string> LayerNames(GDALDataset& ds) {
    std::vector<std::string> names;
    for (int i = 0; i < ds.GetLayerCount(); ++i)
        if (OGRLayer* l = ds.GetLayer(i)) names.emplace_back(l->GetName());
    return names;
}

// The requested layer, or (when `wanted` is empty) "countries_50m" if present, else the first.
OGRLayer* ChooseLayer(GDALDataset& ds, const std::string& wanted, std::string& error) {
    const std::string target = wanted.empty() ? kDefaultLayer : wanted;
    for (int i = 0; i < ds.GetLayerCount(); ++i) {
        OGRLayer* l = ds.GetLayer(i);
        if (l && target == l->GetName()) return l;
    }
    if (wanted.empty() && ds.GetLayerCount() > 0 && ds.GetLayer(0)) return ds.GetLayer(0);
    error = "layer '" + wanted + "' not found (layers: " + Join(LayerNames(ds)) + ")";
    return nullptr;
}

std::vector<std::string> FieldNames(OGRFeatureDefn& defn) {
    std::vector<std::string> names;
    for (int i = 0; i < defn.GetFieldCount(); ++i) names.emplace_back(defn.GetFieldDefn(i)->GetNameRef());
    return names;
}

// Index of the key field, or -1 with `error` set.
int FindKeyField(OGRLayer& layer, const std::string& isoField, std::string& error) {
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    const int idx = (defn && !isoField.empty()) ? defn->GetFieldIndex(isoField.c_str()) : -1;
    if (idx < 0 && (!defn || defn->GetFieldCount() == 0)) {
        error = "layer '" + std::string(layer.GetName()) +
                "' has no attribute fields, so no country keys (a Shapefile needs its .dbf next to the .shp)";
    } else if (idx < 0) {
        error = "layer '" + std::string(layer.GetName()) + "' has no field '" + isoField +
                "' (fields: " + (defn ? Join(FieldNames(*defn)) : std::string("none")) +
                "); use --iso-field to choose one";
    }
    return idx;
}

int OptionalField(OGRFeatureDefn* defn, const std::string& name) {
    return (defn && !name.empty()) ? defn->GetFieldIndex(name.c_str()) : -1;
}

std::string FieldString(const OGRFeature& f, int idx) {
    if (idx < 0 || !f.IsFieldSetAndNotNull(idx)) return {};
    return Trim(f.GetFieldAsString(idx));
}

bool FieldDouble(const OGRFeature& f, int idx, double& value) {
    if (idx < 0 || !f.IsFieldSetAndNotNull(idx)) return false;
    const OGRFieldType type = f.GetFieldDefnRef(idx)->GetType();
    if (type == OFTReal || type == OFTInteger || type == OFTInteger64) {
        value = f.GetFieldAsDouble(idx);
    } else {
        const std::string s = Trim(f.GetFieldAsString(idx));
        if (s.empty()) return false;
        char* end = nullptr;
        value = CPLStrtod(s.c_str(), &end);
        if (!end || *end != '\0') return false;
    }
    return std::isfinite(value);
}

// Brings a coordinate into [-180, 180] x [-90, 90]: tiny overshoots (reprojection noise) are
// clamped, longitudes clearly outside (0..360 sources) are wrapped.
LonLat NormalizeLonLat(double x, double y) {
    if (x > 180.0 + 1e-7 || x < -180.0 - 1e-7) {
        x = std::fmod(x + 180.0, 360.0);
        if (x < 0.0) x += 360.0;
        x -= 180.0;
    }
    return {std::clamp(x, -180.0, 180.0), std::clamp(y, -90.0, 90.0)};
}

bool SamePoint(const LonLat& a, const LonLat& b) { return a.lon == b.lon && a.lat == b.lat; }

bool HasThreeDistinct(const Ring& ring) {
    if (ring.size() < 3) return false;
    const LonLat& p0 = ring[0];
    size_t i = 1;
    while (i < ring.size() && SamePoint(ring[i], p0)) ++i;
    if (i == ring.size()) return false;
    const LonLat& p1 = ring[i];
    for (++i; i < ring.size(); ++i)
        if (!SamePoint(ring[i], p0) && !SamePoint(ring[i], p1)) return true;
    return false;
}

// True when (x, y) can be read as lon/lat degrees: |lat| <= 90 and |lon| <= 360 (0..360
// sources are wrapped), allowing for reprojection noise.
bool PlausibleLonLat(double x, double y) {
    const double eps = 1e-7;
    return std::isfinite(x) && std::isfinite(y) && std::fabs(x) <= 360.0 + eps && std::fabs(y) <= 90.0 + eps;
}

// Ring without repeated consecutive points or closing point; empty if < 3 distinct points.
// Sets `outOfRange` (and stops) when a coordinate is not plausible lon/lat.
Ring ConvertRing(const OGRLinearRing& r, bool& outOfRange) {
    Ring ring;
    const int n = r.getNumPoints();
    ring.reserve(n > 0 ? static_cast<size_t>(n) : 0);
    for (int i = 0; i < n; ++i) {
        const double x = r.getX(i), y = r.getY(i);
        if (!PlausibleLonLat(x, y)) {
            outOfRange = true;
            return {};
        }
        const LonLat p = NormalizeLonLat(x, y);
        if (!ring.empty() && SamePoint(ring.back(), p)) continue;
        ring.push_back(p);
    }
    while (ring.size() > 1 && SamePoint(ring.front(), ring.back())) ring.pop_back();
    if (!HasThreeDistinct(ring)) ring.clear();
    return ring;
}

// Appends the polygon (cut at the antimeridian if needed) to `out`; skips unusable rings.
// Returns false (appending nothing) when a coordinate is not plausible lon/lat.
bool AppendPolygon(const OGRPolygon& poly, std::vector<Polygon>& out) {
    Polygon p;
    const OGRLinearRing* ext = poly.getExteriorRing();
    if (!ext) return true;
    bool outOfRange = false;
    Ring exterior = ConvertRing(*ext, outOfRange);
    if (outOfRange) return false;
    if (exterior.empty()) return true;
    p.rings.push_back(std::move(exterior));
    for (int i = 0; i < poly.getNumInteriorRings(); ++i) {
        const OGRLinearRing* hole = poly.getInteriorRing(i);
        if (!hole) continue;
        Ring h = ConvertRing(*hole, outOfRange);
        if (outOfRange) return false;
        if (!h.empty()) p.rings.push_back(std::move(h));
    }
    const bool crosses = std::any_of(p.rings.begin(), p.rings.end(),
                                     [](const Ring& r) { return RingCrossesAntimeridian(r); });
    if (!crosses) {
        out.push_back(std::move(p));
        return true;
    }
    for (Polygon& piece : CutAtAntimeridian(p))
        if (!piece.rings.empty() && piece.rings[0].size() >= 3) out.push_back(std::move(piece));
    return true;
}

// Calls `f` for each polygon in a Polygon, MultiPolygon or GeometryCollection (MakeValid's output
// may mix polygons with lines and points, which have no area and are dropped).
template <typename F>
void ForEachPolygon(const OGRGeometry& g, F&& f) {
    switch (wkbFlatten(g.getGeometryType())) {
        case wkbPolygon:
            f(*g.toPolygon());
            break;
        case wkbMultiPolygon:
            for (const OGRPolygon* part : *g.toMultiPolygon())
                if (part) f(*part);
            break;
        case wkbGeometryCollection:
            for (const OGRGeometry* part : *g.toGeometryCollection())
                if (part) ForEachPolygon(*part, f);
            break;
        default:
            break;
    }
}

std::size_t PointCount(const OGRGeometry& g) {
    std::size_t n = 0;
    ForEachPolygon(g, [&n](const OGRPolygon& p) {
        for (const OGRLinearRing* r : p) n += r ? static_cast<std::size_t>(r->getNumPoints()) : 0;
    });
    return n;
}

// `g` itself when valid; else its GEOS MakeValid repair, "structure" method (kept alive in `owned`;
// the default "linework" method is quadratic on a comb: 10 s for 8,000 vertices); null with
// *problem when the repair fails or explodes (more than 4x the input's points plus 10,000: many
// crossings, which the tessellator would take quadratic time on).
const OGRGeometry* RepairIfInvalid(const OGRGeometry* g, std::unique_ptr<OGRGeometry>& owned, std::string* problem) {
    CPLPushErrorHandler(CPLQuietErrorHandler);  // GEOS reports each self-intersection as a warning
    const bool valid = g->IsValid();
    const char* const makeValidOptions[] = {"METHOD=STRUCTURE", nullptr};
    std::unique_ptr<OGRGeometry> repaired(valid ? nullptr : g->MakeValid(makeValidOptions));
    CPLPopErrorHandler();
    if (valid) return g;
    if (!repaired) {
        *problem = "self-intersecting polygon that cannot be repaired";
        return nullptr;
    }
    // Nothing left (no area: a degenerate ring): the ring checks below report it as such.
    if (repaired->IsEmpty()) return g;
    if (PointCount(*repaired) > 4 * PointCount(*g) + 10000) {
        *problem = "self-intersecting polygon with too many crossings";
        return nullptr;
    }
    owned = std::move(repaired);
    return owned.get();
}

OGRPolygon ToOgrPolygon(const Polygon& p) {
    OGRPolygon poly;
    for (const Ring& ring : p.rings) {
        OGRLinearRing r;
        r.setNumPoints(static_cast<int>(ring.size() + 1), FALSE);
        for (size_t i = 0; i <= ring.size(); ++i) {
            const LonLat& q = ring[i % ring.size()];
            r.setPoint(static_cast<int>(i), q.lon, q.lat);
        }
        poly.addRing(&r);
    }
    return poly;
}

// Label anchor: point on surface of the largest polygon (planar area in degrees), falling back
// to its centroid, then to its bounding-box centre.
LonLat ComputeLabel(const std::vector<Polygon>& polygons) {
    const Polygon* largest = nullptr;
    double best = -1.0;
    for (const Polygon& p : polygons) {
        const double a = PolygonArea(p);
        if (a > best) best = a, largest = &p;
    }
    if (!largest || largest->rings.empty()) return {};
    const OGRPolygon poly = ToOgrPolygon(*largest);
    OGRPoint pt;
    if (poly.PointOnSurface(&pt) == OGRERR_NONE && !pt.IsEmpty() && std::isfinite(pt.getX()) &&
        std::isfinite(pt.getY()))
        return NormalizeLonLat(pt.getX(), pt.getY());
    if (poly.Centroid(&pt) == OGRERR_NONE && !pt.IsEmpty() && std::isfinite(pt.getX()) &&
        std::isfinite(pt.getY()))
        return NormalizeLonLat(pt.getX(), pt.getY());
    LonLatBox box;
    for (const LonLat& q : largest->rings[0]) box.Extend(q);
    return {(box.minLon + box.maxLon) / 2.0, (box.minLat + box.maxLat) / 2.0};
}

// Sets up reprojection to WGS84 lon/lat. `ct` stays null when the layer is already lon/lat.
// Returns false with `error` set when the layer cannot be used.
bool SetupCrs(OGRLayer& layer, std::unique_ptr<OGRCoordinateTransformation>& ct, std::string& error) {
    const OGRSpatialReference* layerSrs = layer.GetSpatialRef();
    if (!layerSrs) {
        OGREnvelope env;
        if (layer.GetExtent(&env, TRUE) != OGRERR_NONE) return true;  // empty layer: nothing to check
        const double eps = 1e-9;
        if (env.MinX < -180.0 - eps || env.MaxX > 180.0 + eps || env.MinY < -90.0 - eps ||
            env.MaxY > 90.0 + eps) {
            error = "layer '" + std::string(layer.GetName()) +
                    "' has no CRS and is not geographic (extent x " + CPLSPrintf("%.6g..%.6g", env.MinX, env.MaxX) +
                    ", y " + CPLSPrintf("%.6g..%.6g", env.MinY, env.MaxY) + " is not lon/lat degrees)";
            return false;
        }
        return true;
    }
    OGRSpatialReference src(*layerSrs);
    src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char* const sameOptions[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES",
                                       "CRITERION=EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS", nullptr};
    if (src.IsSame(&wgs84, sameOptions)) return true;
    ct.reset(OGRCreateCoordinateTransformation(&src, &wgs84));
    if (!ct) {
        const char* name = src.GetName();
        error = "layer '" + std::string(layer.GetName()) + "': cannot reproject from '" +
                (name ? name : "unknown CRS") + "' to WGS84 lon/lat";
        return false;
    }
    return true;
}

LoadError MakeError(const std::string& file, std::string message, std::string path = {},
                    std::string field = {}) {
    LoadError e;
    e.file = file;
    e.path = std::move(path);
    e.field = std::move(field);
    e.message = std::move(message);
    return e;
}

void LoadInto(const GeodataOptions& o, GeodataResult& result) {
    result.countries.source = o.path;
    std::string error;
    GDALDatasetUniquePtr ds = OpenVector(o.path, error);
    if (!ds) {
        result.errors.push_back(MakeError(o.path, error));
        return;
    }
    OGRLayer* layer = ChooseLayer(*ds, o.layer, error);
    if (!layer) {
        result.errors.push_back(MakeError(o.path, error));
        return;
    }
    result.countries.layer = layer->GetName();
    if (layer->GetFeatureCount(TRUE) == 0) {
        result.errors.push_back(MakeError(o.path, "layer '" + std::string(layer->GetName()) + "' has no features"));
        return;
    }
    const int keyIdx = FindKeyField(*layer, o.isoField, error);
    if (keyIdx < 0) {
        result.errors.push_back(MakeError(o.path, error));
        return;
    }
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    const int nameIdx = OptionalField(defn, o.nameField);
    const int regionIdx = OptionalField(defn, o.regionField);
    const int subregionIdx = OptionalField(defn, o.subregionField);
    const int labelLonIdx = OptionalField(defn, o.labelLonField);
    const int labelLatIdx = OptionalField(defn, o.labelLatField);

    std::unique_ptr<OGRCoordinateTransformation> ct;
    if (!SetupCrs(*layer, ct, error)) {
        result.errors.push_back(MakeError(o.path, error));
        return;
    }

    // Features sharing a key are merged. Attributes (name, region, subregion, label) come from
    // the feature with the largest area, so that e.g. France is not named after Clipperton
    // Island; an attribute that feature lacks is taken from the next largest that has it.
    struct Attributes {
        double area = -1.0;
        std::string name, region, subregion;
        bool hasLabel = false;
        LonLat label;
    };
    std::map<std::string, CountryGeometry> byKey;
    std::map<std::string, std::vector<Attributes>> attributes;
    layer->ResetReading();
    long long seq = 0;
    while (OGRFeatureUniquePtr f{layer->GetNextFeature()}) {
        const GIntBig fid = f->GetFID();
        const std::string featureRef = "feature " + std::to_string(fid != OGRNullFID ? fid : seq);
        ++seq;
        const std::string key = FieldString(*f, keyIdx);
        if (key.empty()) {
            result.warnings.push_back(MakeError(o.path, "missing key; feature skipped", featureRef, o.isoField));
            continue;
        }
        if (key.front() == '-') {
            // Natural Earth's "-99" (no ISO code: Kosovo, Somaliland, N. Cyprus): one key for several
            // territories would merge them into one "country".
            result.warnings.push_back(MakeError(
                o.path, "placeholder key '" + key + "' (no code in this source); feature skipped", featureRef, o.isoField));
            continue;
        }
        const std::string ref = featureRef + " (" + key + ")";
        const OGRGeometry* g = f->GetGeometryRef();
        if (!g || g->IsEmpty()) {
            result.warnings.push_back(MakeError(o.path, "empty geometry; feature skipped", ref));
            continue;
        }
        std::unique_ptr<OGRGeometry> owned;
        OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
        if (type == wkbCurvePolygon || type == wkbMultiSurface) {
            owned.reset(g->getLinearGeometry());
            if (!owned) {
                result.warnings.push_back(MakeError(o.path, "cannot linearize curve geometry; feature skipped", ref));
                continue;
            }
            g = owned.get();
            type = wkbFlatten(g->getGeometryType());
        }
        if (type != wkbPolygon && type != wkbMultiPolygon) {
            result.warnings.push_back(MakeError(
                o.path, std::string("geometry is ") + OGRGeometryTypeToName(type) + ", not a polygon; feature skipped",
                ref));
            continue;
        }
        if (ct) {
            if (!owned) owned.reset(g->clone());
            if (!owned || owned->transform(ct.get()) != OGRERR_NONE) {
                result.warnings.push_back(MakeError(o.path, "cannot reproject to WGS84 lon/lat; feature skipped", ref));
                continue;
            }
            g = owned.get();
        }
        // Self-intersecting rings make the tessellator super-linear (a comb of 8,000 vertices took
        // 20 s): repair them with GEOS MakeValid first (O(n log n)), or skip the feature.
        std::string repairProblem;
        if (const OGRGeometry* valid = RepairIfInvalid(g, owned, &repairProblem); valid) {
            g = valid;
        } else {
            result.warnings.push_back(MakeError(o.path, repairProblem + "; feature skipped", ref));
            continue;
        }
        std::vector<Polygon> polygons;
        bool plausible = true;
        ForEachPolygon(*g, [&](const OGRPolygon& part) {
            if (plausible) plausible = AppendPolygon(part, polygons);
        });
        if (!plausible) {
            result.warnings.push_back(
                MakeError(o.path, "coordinates are not lon/lat degrees (|lon| > 360 or |lat| > 90); feature skipped", ref));
            continue;
        }
        if (polygons.empty()) {
            result.warnings.push_back(
                MakeError(o.path, "no ring with 3 or more distinct points; feature skipped", ref));
            continue;
        }

        Attributes attr;
        attr.area = 0.0;
        for (const Polygon& p : polygons) attr.area += PolygonArea(p);
        attr.name = FieldString(*f, nameIdx);
        attr.region = FieldString(*f, regionIdx);
        attr.subregion = FieldString(*f, subregionIdx);
        double lon = 0.0, lat = 0.0;
        if (FieldDouble(*f, labelLonIdx, lon) && FieldDouble(*f, labelLatIdx, lat) && std::fabs(lon) <= 180.0 &&
            std::fabs(lat) <= 90.0) {
            attr.hasLabel = true;
            attr.label = {lon, lat};
        }
        attributes[key].push_back(std::move(attr));

        auto [it, inserted] = byKey.try_emplace(key);
        CountryGeometry& c = it->second;
        if (inserted) c.key = key;
        for (Polygon& p : polygons) c.polygons.push_back(std::move(p));
    }

    auto& out = result.countries.countries;
    out.reserve(byKey.size());
    for (auto& [key, c] : byKey) {
        auto& attrs = attributes[key];
        std::stable_sort(attrs.begin(), attrs.end(),
                         [](const Attributes& a, const Attributes& b) { return a.area > b.area; });
        for (const Attributes& a : attrs) {
            if (c.name.empty()) c.name = a.name;
            if (c.region.empty()) c.region = a.region;
            if (c.subregion.empty()) c.subregion = a.subregion;
        }
        c.name = CountryDisplayName(key, c.name);  // the one name shown everywhere
        for (const Polygon& p : c.polygons)
            for (const Ring& r : p.rings)
                for (const LonLat& q : r) c.bounds.Extend(q);
        // Label: the largest feature's own label fields, else computed on the largest polygon.
        c.label = (!attrs.empty() && attrs.front().hasLabel) ? attrs.front().label : ComputeLabel(c.polygons);
        out.push_back(std::move(c));
    }
    if (out.empty()) result.errors.push_back(MakeError(o.path, "no usable country polygons"));
}

std::string ErrorText(const std::string& path, const std::string& message) {
    return MakeError(path, message).ToString();
}

}  // namespace

GeodataResult LoadGeodata(const GeodataOptions& options) {
    GeodataResult result;
    try {
        GdalErrorCapture capture;
        LoadInto(options, result);
        // GDAL's own complaints (malformed features, GEOS issues) become warnings, once each.
        std::set<std::string> seen;
        for (const std::string& m : capture.Messages())
            if (seen.insert(m).second) result.warnings.push_back(MakeError(options.path, "GDAL: " + m));
    } catch (const std::exception& e) {
        result.countries = {};
        result.errors.push_back(MakeError(options.path, std::string("internal error: ") + e.what()));
    } catch (...) {
        result.countries = {};
        result.errors.push_back(MakeError(options.path, "internal error"));
    }
    if (!result.errors.empty()) result.countries.countries.clear();
    return result;
}

std::vector<std::string> ListGeodataLayers(const std::string& path, std::string* error) {
    try {
        GdalErrorCapture capture;
        std::string message;
        GDALDatasetUniquePtr ds = OpenVector(path, message);
        if (!ds) {
            if (error) *error = ErrorText(path, message);
            return {};
        }
        return LayerNames(*ds);
    } catch (const std::exception& e) {
        if (error) *error = ErrorText(path, std::string("internal error: ") + e.what());
    } catch (...) {
        if (error) *error = ErrorText(path, "internal error");
    }
    return {};
}

std::vector<std::string> LoadCountryKeys(const std::string& path, const std::string& layerName,
                                         const std::string& isoField, std::string* error) {
    try {
        GdalErrorCapture capture;
        std::string message;
        GDALDatasetUniquePtr ds = OpenVector(path, message);
        OGRLayer* layer = ds ? ChooseLayer(*ds, layerName, message) : nullptr;
        const int keyIdx = layer ? FindKeyField(*layer, isoField, message) : -1;
        if (keyIdx < 0) {
            if (error) *error = ErrorText(path, message);
            return {};
        }
        // Read the key only: ignore geometry, style and every other attribute.
        OGRFeatureDefn* defn = layer->GetLayerDefn();
        std::vector<std::string> ignored;
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            if (i != keyIdx) ignored.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
        ignored.emplace_back("OGR_GEOMETRY");
        ignored.emplace_back("OGR_STYLE");
        std::vector<const char*> ignoredPtrs;
        for (const auto& s : ignored) ignoredPtrs.push_back(s.c_str());
        ignoredPtrs.push_back(nullptr);
        layer->SetIgnoredFields(ignoredPtrs.data());
        // After SetIgnoredFields the index of the key field is unchanged (fields are only skipped).
        std::set<std::string> keys;
        layer->ResetReading();
        while (OGRFeatureUniquePtr f{layer->GetNextFeature()}) {
            std::string key = FieldString(*f, keyIdx);
            if (!key.empty()) keys.insert(std::move(key));
        }
        layer->SetIgnoredFields(nullptr);
        if (error) error->clear();
        return {keys.begin(), keys.end()};
    } catch (const std::exception& e) {
        if (error) *error = ErrorText(path, std::string("internal error: ") + e.what());
    } catch (...) {
        if (error) *error = ErrorText(path, "internal error");
    }
    return {};
}

}  // namespace engagemap
