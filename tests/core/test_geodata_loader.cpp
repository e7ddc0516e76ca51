// LoadGeodata through OGR: hand-written GeoJSON fixtures in tests/data/geodata plus sources built
// at test time (Shapefile, GeoPackage, /vsizip/) in a temporary directory. Error messages are
// asserted exactly: they are what the user sees.
#include <gtest/gtest.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <numbers>
#include <sstream>
#include <string>
#include <vector>

#include "core/geo/antimeridian.hpp"
#include "core/geo/geodata_loader.hpp"
#include "core/geo/triangulate.hpp"

namespace engagemap {
namespace {

namespace fs = std::filesystem;

std::string Fixture(const std::string& name) {
    return std::string(ENGAGEMAP_TEST_DATA_DIR) + "/geodata/" + name;
}

GeodataResult Load(const std::string& path, const std::string& layer = {}, const std::string& iso = "iso3") {
    GeodataOptions o;
    o.path = path;
    o.layer = layer;
    o.isoField = iso;
    return LoadGeodata(o);
}

std::vector<std::string> Strings(const std::vector<LoadError>& errors) {
    std::vector<std::string> s;
    for (const LoadError& e : errors) s.push_back(e.ToString());
    return s;
}

std::string OnlyError(const GeodataResult& r) {
    EXPECT_EQ(r.errors.size(), 1u);
    EXPECT_TRUE(r.countries.countries.empty());
    return r.errors.empty() ? std::string() : r.errors[0].ToString();
}

// Point-in-ring test (even-odd) in degrees.
bool Inside(const Ring& ring, LonLat p) {
    bool in = false;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const LonLat& a = ring[i];
        const LonLat& b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat) &&
            p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
            in = !in;
    }
    return in;
}

bool InsideCountry(const CountryGeometry& c, LonLat p) {
    for (const Polygon& poly : c.polygons) {
        bool in = false;
        for (const Ring& r : poly.rings)
            if (Inside(r, p)) in = !in;
        if (in) return true;
    }
    return false;
}

// Checks the invariants every loaded country set must satisfy.
void ExpectWellFormed(const CountrySet& set) {
    for (size_t i = 0; i < set.countries.size(); ++i) {
        const CountryGeometry& c = set.countries[i];
        if (i > 0) {
            EXPECT_LT(set.countries[i - 1].key, c.key);
        }
        EXPECT_FALSE(c.key.empty());
        EXPECT_FALSE(c.name.empty()) << c.key;
        EXPECT_FALSE(c.polygons.empty()) << c.key;
        EXPECT_FALSE(c.bounds.Empty()) << c.key;
        for (const Polygon& p : c.polygons) {
            ASSERT_FALSE(p.rings.empty()) << c.key;
            for (const Ring& r : p.rings) {
                ASSERT_GE(r.size(), 3u) << c.key;
                EXPECT_FALSE(r.front().lon == r.back().lon && r.front().lat == r.back().lat) << c.key;
                // No edge jumps across ±180, except along the pole lines (lat ±90), which
                // are frame edges (e.g. Antarctica's ring) and cannot smear a fill.
                for (size_t k = 0; k < r.size(); ++k) {
                    const LonLat& p0 = r[k];
                    const LonLat& p1 = r[(k + 1) % r.size()];
                    if (std::fabs(p1.lon - p0.lon) > 180.0) {
                        EXPECT_TRUE(std::fabs(p0.lat) == 90.0 && p0.lat == p1.lat)
                            << c.key << " edge " << p0.lon << "," << p0.lat << " -> " << p1.lon << "," << p1.lat;
                    }
                }
                for (const LonLat& q : r) {
                    ASSERT_TRUE(q.lon >= -180.0 && q.lon <= 180.0 && q.lat >= -90.0 && q.lat <= 90.0) << c.key;
                    EXPECT_TRUE(q.lon >= c.bounds.minLon && q.lon <= c.bounds.maxLon) << c.key;
                    EXPECT_TRUE(q.lat >= c.bounds.minLat && q.lat <= c.bounds.maxLat) << c.key;
                }
            }
        }
    }
}

// A fresh temporary directory per test, removed afterwards.
class TempDir {
public:
    TempDir() {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        path_ = fs::temp_directory_path() /
                ("engagemap_geodata_" + std::to_string(::getpid()) + "_" + info->name());
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }

private:
    fs::path path_;
};

std::string ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void WriteFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::unique_ptr<OGRGeometry> FromWkt(const char* wkt) {
    OGRGeometry* g = nullptr;
    EXPECT_EQ(OGRGeometryFactory::createFromWkt(wkt, nullptr, &g), OGRERR_NONE) << wkt;
    return std::unique_ptr<OGRGeometry>(g);
}

// Writes (key, WKT) features into a new layer of `ds`.
void AddLayer(GDALDataset& ds, const char* name, OGRSpatialReference* srs, OGRwkbGeometryType type,
              const std::vector<std::pair<std::string, std::string>>& features) {
    OGRLayer* layer = ds.CreateLayer(name, srs, type, nullptr);
    ASSERT_NE(layer, nullptr);
    OGRFieldDefn field("iso3", OFTString);
    ASSERT_EQ(layer->CreateField(&field), OGRERR_NONE);
    for (const auto& [key, wkt] : features) {
        OGRFeature f(layer->GetLayerDefn());
        f.SetField("iso3", key.c_str());
        auto g = FromWkt(wkt.c_str());
        ASSERT_NE(g, nullptr);
        f.SetGeometry(g.get());
        ASSERT_EQ(layer->CreateFeature(&f), OGRERR_NONE);
    }
}

GDALDatasetUniquePtr CreateDataset(const char* driverName, const std::string& path) {
    GDALAllRegister();
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!drv) return nullptr;
    return GDALDatasetUniquePtr(drv->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
}

// ---- good input ----------------------------------------------------------------------------

TEST(GeodataLoader, LoadsMergesAndSortsCountries) {
    const std::string path = Fixture("two_countries.geojson");
    const GeodataResult r = Load(path);
    ASSERT_TRUE(r.Ok()) << Strings(r.errors)[0];
    EXPECT_TRUE(r.warnings.empty()) << Strings(r.warnings)[0];
    const CountrySet& set = r.countries;
    EXPECT_EQ(set.source, path);
    EXPECT_EQ(set.layer, "countries");
    ASSERT_EQ(set.countries.size(), 2u);
    ExpectWellFormed(set);

    const CountryGeometry& a = set.countries[0];
    EXPECT_EQ(a.key, "AAA");
    EXPECT_EQ(a.name, "Alphaland");
    EXPECT_EQ(a.region, "Europe");
    EXPECT_EQ(a.subregion, "Western Europe");
    // Two features merged, in feature order: the islet first, then the main polygon. Name,
    // region and label come from the larger feature, not from the islet listed first.
    ASSERT_EQ(a.polygons.size(), 2u);
    EXPECT_DOUBLE_EQ(PolygonArea(a.polygons[0]), 1.0);
    const Polygon& main = a.polygons[1];
    ASSERT_EQ(main.rings.size(), 2u);             // exterior + hole
    EXPECT_EQ(main.rings[0].size(), 4u);          // closing point removed
    EXPECT_EQ(main.rings[1].size(), 4u);
    EXPECT_DOUBLE_EQ(PolygonArea(main), 100.0 - 4.0);
    EXPECT_EQ(a.bounds.minLon, 0.0);
    EXPECT_EQ(a.bounds.maxLon, 13.0);
    EXPECT_EQ(a.bounds.minLat, 0.0);
    EXPECT_EQ(a.bounds.maxLat, 10.0);
    // Computed label: on the surface of the largest polygon, not in its hole.
    EXPECT_TRUE(InsideCountry(a, a.label)) << a.label.lon << "," << a.label.lat;
    EXPECT_TRUE(Inside(main.rings[0], a.label)) << a.label.lon << "," << a.label.lat;
    EXPECT_FALSE(Inside(main.rings[1], a.label));

    const CountryGeometry& b = set.countries[1];
    EXPECT_EQ(b.key, "BBB");
    EXPECT_EQ(b.name, "Betaland");
    EXPECT_EQ(b.region, "Africa");
    EXPECT_EQ(b.subregion, "Northern Africa");
    EXPECT_EQ(b.polygons.size(), 2u);
    EXPECT_EQ(b.label.lon, 21.0);  // from label_lon / label_lat
    EXPECT_EQ(b.label.lat, 1.0);
    EXPECT_EQ(set.Find("BBB"), 1);
    EXPECT_EQ(set.VertexCount(), 4u + 4u + 4u + 4u + 6u);

    // The loaded rings triangulate to their own area.
    for (const CountryGeometry& c : set.countries) {
        for (const Polygon& p : c.polygons) {
            TriangleMesh mesh;
            ASSERT_TRUE(TriangulatePolygon(p, mesh));
            EXPECT_NEAR(MeshArea(mesh), PolygonArea(p), 1e-9);
        }
    }
}

TEST(GeodataLoader, MissingOptionalFieldsFallBack) {
    // no_iso3.geojson has only adm0_a3 and name: region/subregion empty, label computed.
    GeodataOptions o;
    o.path = Fixture("no_iso3.geojson");
    o.isoField = "adm0_a3";
    o.nameField = "no_such_field";
    const GeodataResult r = LoadGeodata(o);
    ASSERT_TRUE(r.Ok());
    ASSERT_EQ(r.countries.countries.size(), 1u);
    const CountryGeometry& c = r.countries.countries[0];
    EXPECT_EQ(c.key, "AAA");
    EXPECT_EQ(c.name, "AAA");  // key used as name
    EXPECT_TRUE(c.region.empty());
    EXPECT_TRUE(c.subregion.empty());
    EXPECT_TRUE(InsideCountry(c, c.label));
}

TEST(GeodataLoader, SkipsUnusableFeaturesWithWarnings) {
    const std::string path = Fixture("skipped_features.geojson");
    const GeodataResult r = Load(path);
    ASSERT_TRUE(r.Ok()) << Strings(r.errors)[0];
    ASSERT_EQ(r.countries.countries.size(), 1u);
    EXPECT_EQ(r.countries.countries[0].key, "GOO");
    const std::vector<std::string> expected = {
        path + ": feature 1 (EMP): empty geometry; feature skipped",
        path + ": feature 2 (NUL): empty geometry; feature skipped",
        path + ": feature 3 (PNT): geometry is Point, not a polygon; feature skipped",
        path + ": feature 4: field 'iso3': missing key; feature skipped",
        path + ": feature 5 (DEG): no ring with 3 or more distinct points; feature skipped",
        path + ": feature 6: field 'iso3': missing key; feature skipped",
    };
    EXPECT_EQ(Strings(r.warnings), expected);
}

TEST(GeodataLoader, CutsPolygonCrossingTheAntimeridian) {
    const GeodataResult r = Load(Fixture("antimeridian.geojson"));
    ASSERT_TRUE(r.Ok());
    ASSERT_EQ(r.countries.countries.size(), 1u);
    const CountryGeometry& c = r.countries.countries[0];
    ExpectWellFormed(r.countries);
    ASSERT_EQ(c.polygons.size(), 2u);
    EXPECT_EQ(c.bounds.minLon, -180.0);
    EXPECT_EQ(c.bounds.maxLon, 180.0);
    double area = 0.0;
    for (const Polygon& p : c.polygons) {
        area += PolygonArea(p);
        LonLatBox box;
        for (const LonLat& q : p.rings[0]) box.Extend(q);
        // One piece east of 178, one west of -178; each touches the antimeridian.
        EXPECT_TRUE((box.minLon == 178.0 && box.maxLon == 180.0) || (box.minLon == -180.0 && box.maxLon == -178.0))
            << box.minLon << ".." << box.maxLon;
    }
    EXPECT_NEAR(area, 4.0 * 2.0, 1e-9);
    EXPECT_TRUE(InsideCountry(c, c.label));
}

TEST(GeodataLoader, WrapsZeroTo360LongitudesAndCuts) {
    TempDir tmp;
    const std::string path = tmp / "pacific.geojson";
    WriteFile(path, R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"iso3": "PAC"}, "geometry": {"type": "Polygon",
         "coordinates": [[[170, 10], [190, 10], [190, 20], [170, 20], [170, 10]]]}}]})");
    const GeodataResult r = Load(path);
    ASSERT_TRUE(r.Ok()) << Strings(r.errors)[0];
    ASSERT_EQ(r.countries.countries.size(), 1u);
    const CountryGeometry& c = r.countries.countries[0];
    ExpectWellFormed(r.countries);
    EXPECT_EQ(c.polygons.size(), 2u);
    double area = 0.0;
    for (const Polygon& p : c.polygons) area += PolygonArea(p);
    EXPECT_NEAR(area, 200.0, 1e-9);
    EXPECT_EQ(c.bounds.minLon, -180.0);
    EXPECT_EQ(c.bounds.maxLon, 180.0);
}

TEST(GeodataLoader, ReprojectsProjectedCrs) {
    const GeodataResult r = Load(Fixture("projected_3857.geojson"));
    ASSERT_TRUE(r.Ok()) << Strings(r.errors)[0];
    ASSERT_EQ(r.countries.countries.size(), 1u);
    const LonLatBox& b = r.countries.countries[0].bounds;
    EXPECT_NEAR(b.minLon, 0.0, 1e-7);
    EXPECT_NEAR(b.maxLon, 10.0, 1e-7);
    EXPECT_NEAR(b.minLat, 0.0, 1e-7);
    EXPECT_NEAR(b.maxLat, 10.0, 1e-7);
}

TEST(GeodataLoader, ShapefileWithoutCrs) {
    TempDir tmp;
    {
        auto ds = CreateDataset("ESRI Shapefile", tmp / "lonlat.shp");
        ASSERT_NE(ds, nullptr);
        AddLayer(*ds, "lonlat", nullptr, wkbPolygon, {{"SHP", "POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))"}});
    }
    {
        auto ds = CreateDataset("ESRI Shapefile", tmp / "metres.shp");
        ASSERT_NE(ds, nullptr);
        AddLayer(*ds, "metres", nullptr, wkbPolygon,
                 {{"MET", "POLYGON ((500000 0, 600000 0, 600000 100000, 500000 100000, 500000 0))"}});
    }
    // No CRS but lon/lat extent: assumed WGS84 lon/lat.
    const GeodataResult ok = Load(tmp / "lonlat.shp");
    ASSERT_TRUE(ok.Ok()) << Strings(ok.errors)[0];
    ASSERT_EQ(ok.countries.countries.size(), 1u);
    EXPECT_EQ(ok.countries.countries[0].key, "SHP");
    EXPECT_EQ(ok.countries.countries[0].bounds.maxLon, 2.0);

    const std::string path = tmp / "metres.shp";
    EXPECT_EQ(OnlyError(Load(path)),
              path + ": layer 'metres' has no CRS and is not geographic (extent x 500000..600000, "
                     "y 0..100000 is not lon/lat degrees)");
}

TEST(GeodataLoader, GeoPackageDefaultLayerCurvesAndZ) {
    TempDir tmp;
    const std::string path = tmp / "world.gpkg";
    {
        auto ds = CreateDataset("GPKG", path);
        ASSERT_NE(ds, nullptr);
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        AddLayer(*ds, "other", &wgs84, wkbPolygon, {{"OTH", "POLYGON ((0 0, 1 0, 1 1, 0 0))"}});
        AddLayer(*ds, "countries_50m", &wgs84, wkbUnknown,
                 {{"CRV", "CURVEPOLYGON (CIRCULARSTRING (0 0, 1 1, 2 0, 1 -1, 0 0))"},
                  {"ZZZ", "POLYGON Z ((10 10 5, 11 10 5, 11 11 5, 10 11 5, 10 10 5))"},
                  {"MSF", "MULTISURFACE (((20 20, 21 20, 21 21, 20 20)))"}});
    }
    std::string error;
    EXPECT_EQ(ListGeodataLayers(path, &error), (std::vector<std::string>{"other", "countries_50m"})) << error;

    const GeodataResult r = Load(path);
    ASSERT_TRUE(r.Ok()) << Strings(r.errors)[0];
    EXPECT_EQ(r.countries.layer, "countries_50m");
    ASSERT_EQ(r.countries.countries.size(), 3u);
    ExpectWellFormed(r.countries);
    const CountryGeometry& crv = r.countries.countries[0];
    EXPECT_EQ(crv.key, "CRV");
    EXPECT_GT(crv.polygons[0].rings[0].size(), 16u);            // circle linearized
    EXPECT_NEAR(PolygonArea(crv.polygons[0]), std::numbers::pi, 0.05);      // unit circle
    EXPECT_LT(std::hypot(crv.label.lon - 1.0, crv.label.lat), 1.0);
    EXPECT_EQ(r.countries.countries[2].key, "ZZZ");
    EXPECT_DOUBLE_EQ(PolygonArea(r.countries.countries[2].polygons[0]), 1.0);

    const GeodataResult other = Load(path, "other");
    ASSERT_TRUE(other.Ok());
    EXPECT_EQ(other.countries.countries.at(0).key, "OTH");

    EXPECT_EQ(LoadCountryKeys(path, "", "iso3", &error), (std::vector<std::string>{"CRV", "MSF", "ZZZ"}));
    EXPECT_TRUE(error.empty()) << error;
}

TEST(GeodataLoader, ReadsThroughVsiZip) {
    TempDir tmp;
    const std::string inner = "/vsizip/" + (tmp / "countries.zip") + "/two_countries.geojson";
    {
        const std::string bytes = ReadFile(Fixture("two_countries.geojson"));
        ASSERT_FALSE(bytes.empty());
        VSILFILE* f = VSIFOpenL(inner.c_str(), "wb");
        ASSERT_NE(f, nullptr);
        ASSERT_EQ(VSIFWriteL(bytes.data(), 1, bytes.size(), f), bytes.size());
        VSIFCloseL(f);
    }
    const GeodataResult r = Load(inner);
    ASSERT_TRUE(r.Ok()) << Strings(r.errors)[0];
    EXPECT_EQ(r.countries.countries.size(), 2u);
    EXPECT_EQ(r.countries.source, inner);
}

TEST(GeodataLoader, LoadCountryKeysReadsKeysOnly) {
    std::string error = "stale";
    EXPECT_EQ(LoadCountryKeys(Fixture("two_countries.geojson"), "", "iso3", &error),
              (std::vector<std::string>{"AAA", "BBB"}));
    EXPECT_TRUE(error.empty());
    EXPECT_EQ(LoadCountryKeys(Fixture("skipped_features.geojson"), "", "iso3", &error),
              (std::vector<std::string>{"DEG", "EMP", "GOO", "NUL", "PNT"}));

    const std::string noIso = Fixture("no_iso3.geojson");
    EXPECT_TRUE(LoadCountryKeys(noIso, "", "iso3", &error).empty());
    EXPECT_EQ(error, noIso + ": layer 'no_iso3' has no field 'iso3' (fields: adm0_a3, name); "
                             "use --iso-field to choose one");
    EXPECT_TRUE(LoadCountryKeys(Fixture("missing.gpkg"), "", "iso3", &error).empty());
    EXPECT_EQ(error, Fixture("missing.gpkg") + ": cannot open: No such file or directory");
    EXPECT_TRUE(LoadCountryKeys(noIso, "foo", "adm0_a3", &error).empty());
    EXPECT_EQ(error, noIso + ": layer 'foo' not found (layers: no_iso3)");
}

// ---- errors --------------------------------------------------------------------------------

TEST(GeodataLoader, MissingFile) {
    const std::string path = Fixture("does_not_exist.gpkg");
    EXPECT_EQ(OnlyError(Load(path)), path + ": cannot open: No such file or directory");
    std::string error;
    EXPECT_TRUE(ListGeodataLayers(path, &error).empty());
    EXPECT_EQ(error, path + ": cannot open: No such file or directory");
}

TEST(GeodataLoader, NotAVectorDataset) {
    const std::string path = Fixture("not_geodata.txt");
    EXPECT_EQ(OnlyError(Load(path)), path + ": not a vector dataset");
}

TEST(GeodataLoader, MissingKeyField) {
    const std::string path = Fixture("no_iso3.geojson");
    EXPECT_EQ(OnlyError(Load(path)),
              path + ": layer 'no_iso3' has no field 'iso3' (fields: adm0_a3, name); use --iso-field to choose one");
}

TEST(GeodataLoader, LayerNotFound) {
    const std::string path = Fixture("two_countries.geojson");
    EXPECT_EQ(OnlyError(Load(path, "foo")), path + ": layer 'foo' not found (layers: countries)");
}

TEST(GeodataLoader, NoUsableCountryPolygons) {
    TempDir tmp;
    const std::string path = tmp / "points.geojson";
    WriteFile(path, R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"iso3": "PNT"}, "geometry": {"type": "Point", "coordinates": [1, 2]}}]})");
    const GeodataResult r = Load(path);
    EXPECT_EQ(OnlyError(r), path + ": no usable country polygons");
    EXPECT_EQ(Strings(r.warnings),
              std::vector<std::string>{path + ": feature 0 (PNT): geometry is Point, not a polygon; feature skipped"});
}

TEST(GeodataLoader, GarbageNeverCrashes) {
    TempDir tmp;
    static const char kBinary[] = "\x00\x01\x02\xff\xfeSQLite format 3\x00garbage";
    const std::vector<std::pair<std::string, std::string>> files = {
        {"empty.geojson", ""},
        {"truncated.geojson", R"({"type": "FeatureCollection", "features": [{"type": "Feature", "geom)"},
        {"binary.gpkg", std::string(kBinary, sizeof(kBinary) - 1)},
        {"wrong_types.geojson", R"({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"iso3": 5}, "geometry": {"type": "Polygon", "coordinates": [[[1e308, 1e308], [-1e308, 0], [0, -1e308], [1e308, 1e308]]]}},
            {"type": "Feature", "properties": {"iso3": "BIG"}, "geometry": {"type": "Polygon", "coordinates": [[[200, 0], [370, 0], [370, 95], [200, 0]]]}},
            {"type": "Feature", "properties": {"iso3": "HOL"}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]], [[0, 0], [1, 1], [1, 0], [0, 0]]]}},
            {"type": "Feature", "properties": {"iso3": ["x"]}, "geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}}]})"},
    };
    for (const auto& [name, bytes] : files) {
        const std::string path = tmp / name;
        WriteFile(path, bytes);
        const GeodataResult r = Load(path);
        for (const std::string& s : Strings(r.errors)) EXPECT_EQ(s.rfind(path + ": ", 0), 0u) << s;
        if (r.Ok()) ExpectWellFormed(r.countries);
    }
    // A directory and an empty path.
    EXPECT_FALSE(Load(tmp / "").Ok());
    EXPECT_EQ(OnlyError(Load("")), ": cannot open: no path given");
}

TEST(GeodataLoader, RepositoryCountries) {
    const std::string path = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";
    if (!fs::exists(path)) GTEST_SKIP() << path << " not built yet";
    const GeodataResult r = Load(path);
    ASSERT_TRUE(r.Ok()) << Strings(r.errors)[0];
    EXPECT_GT(r.countries.countries.size(), 150u);
    ExpectWellFormed(r.countries);
    for (const char* key : {"FRA", "USA", "BRA", "FJI", "RUS", "ATA"})
        EXPECT_GE(r.countries.Find(key), 0) << key;
    const int fji = r.countries.Find("FJI");
    if (fji >= 0) {
        // Fiji straddles the antimeridian: it must have been cut, not smeared across the map.
        EXPECT_LT(r.countries.countries[fji].bounds.minLon, -179.0);
        EXPECT_GT(r.countries.countries[fji].bounds.maxLon, 179.0);
    }
    std::string error;
    const auto keys = LoadCountryKeys(path, "", "iso3", &error);
    EXPECT_EQ(keys.size(), r.countries.countries.size()) << error;
}

}  // namespace
}  // namespace engagemap
