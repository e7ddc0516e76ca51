// The bad-input corpus, round 2 (issue 16): inputs that crashed, hung, lost data silently or
// reached the network before. Each case states the exact message; files live in tests/data/bad/
// or are generated in a scratch directory (FIFOs, big combs) at test time.
#include <gtest/gtest.h>

#include <gdal.h>
#include <ogr_api.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/data/dataset_loader.hpp"
#include "core/data/importer.hpp"
#include "core/data/json_reader.hpp"
#include "core/filter/view_table.hpp"
#include "core/geo/geodata_loader.hpp"
#include "core/geo/map_mesh.hpp"
#include "core/io/atomic_file.hpp"
#include "core/io/input_file.hpp"
#include "core/io/png_image.hpp"
#include "core/story/storyboard.hpp"

namespace engagemap {
namespace {

namespace fs = std::filesystem;

const std::string kData = std::string(ENGAGEMAP_TEST_DATA_DIR) + "/";

std::vector<std::string> Strings(const std::vector<LoadError>& errors) {
    std::vector<std::string> s;
    for (const LoadError& e : errors) s.push_back(e.ToString());
    return s;
}

std::string ReadAll(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

void WriteAll(const fs::path& p, const std::string& text) {
    std::ofstream f(p, std::ios::binary);
    f << text;
}

// A fresh scratch directory per test, removed afterwards.
class Scratch : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("engagemap_round2_" + std::to_string(::getpid()) + "_" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override {
        ::unsetenv("ENGAGEMAP_INJECT_WRITE_FAULT");
        fs::remove_all(dir_);
    }
    std::string Path(const std::string& name) const { return (dir_ / name).string(); }
    std::set<std::string> Files() const {
        std::set<std::string> names;
        for (const auto& e : fs::directory_iterator(dir_)) names.insert(e.path().filename().string());
        return names;
    }
    std::string Fifo(const std::string& name) const {
        const std::string p = Path(name);
        EXPECT_EQ(::mkfifo(p.c_str(), 0600), 0);
        return p;
    }
    fs::path dir_;
};

GeodataResult LoadGeo(const std::string& path) {
    GeodataOptions o;
    o.path = path;
    return LoadGeodata(o);
}

// ---- crashes: importer metadata with wrong JSON types (was an uncaught nlohmann type_error) ----

TEST(BadInputRound2, ImporterMetadataWrongTypesAreErrorsNotAborts) {
    const struct {
        const char* file;
        const char* expected;
    } cases[] = {
        {"bad/import_format_number.json", ": /format: expected \"engagemap-import\""},
        {"bad/import_id_array.json", ": /instruments/0/id: wrong type: expected string, got array"},
        {"bad/import_kind_object.json", ": /instruments/1/kind: wrong type: expected string, got object"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.file);
        ImportOptions o;
        o.metadataPath = kData + c.file;
        ImportResult r;
        EXPECT_NO_THROW(r = ImportDataset(o));
        EXPECT_FALSE(r.Ok());
        ASSERT_FALSE(r.errors.empty());
        EXPECT_EQ(r.errors[0].ToString(), o.metadataPath + c.expected);
    }
}

// Latin-1 text in a table became U+FFFD without a word: refused with row and column, or
// converted when the encoding is given (--encoding).
TEST(BadInputRound2, NonUtf8TableIsRefusedOrConverted) {
    ImportOptions o;
    o.metadataPath = kData + "bad/import_latin1.json";
    const ImportResult refused = ImportDataset(o);
    EXPECT_EQ(Strings(refused.errors),
              std::vector<std::string>{kData + "bad/latin1_forum.csv:2:2: field 'name': text is not UTF-8 (Latin-1?); save the "
                                       "table as UTF-8 or pass --encoding LATIN1 (or the table's encoding)"});
    o.encoding = "LATIN1";
    const ImportResult converted = ImportDataset(o);
    ASSERT_TRUE(converted.Ok()) << Strings(converted.errors)[0];
    ASSERT_EQ(converted.dataset.instruments.size(), 1u);
    ASSERT_EQ(converted.dataset.instruments[0].participants.size(), 1u);
    EXPECT_EQ(converted.dataset.instruments[0].participants[0].name, "Magyarorsz\xc3\xa1g");
}

// ---- hangs: FIFOs, devices and directories are refused before any open() -----------------------

TEST_F(Scratch, FifosAreRefusedUpFront) {
    const std::string fifo = Fifo("pipe.json");
    const std::string expected = fifo + ": cannot open: is a FIFO (named pipe); only regular files are read";
    EXPECT_EQ(Strings(LoadDataset(fifo).errors), std::vector<std::string>{expected});
    EXPECT_EQ(Strings(LoadStoryboard(fifo).errors), std::vector<std::string>{expected});
    EXPECT_EQ(Strings(LoadGeo(fifo).errors), std::vector<std::string>{expected});
    ImportOptions o;
    o.metadataPath = fifo;
    EXPECT_EQ(Strings(ImportDataset(o).errors), std::vector<std::string>{expected});
}

TEST_F(Scratch, DevicesAndDirectoriesAreRefused) {
    EXPECT_EQ(Strings(LoadDataset("/dev/zero").errors),
              std::vector<std::string>{"/dev/zero: cannot open: is a device; only regular files are read"});
    EXPECT_EQ(Strings(LoadGeo("/dev/null").errors),
              std::vector<std::string>{"/dev/null: cannot open: is a device; only regular files are read"});
    EXPECT_EQ(Strings(LoadDataset(dir_.string()).errors),
              std::vector<std::string>{dir_.string() + ": cannot open: is a directory"});
}

// ---- network: only with --allow-network (SetNetworkAllowed) ------------------------------------

TEST_F(Scratch, NetworkPathsAreRefusedByDefault) {
    SetNetworkAllowed(false);
    const std::string url = "/vsicurl/http://127.0.0.1:9/data.json";
    const std::string expected = url + ": cannot open: a network path; pass --allow-network to let engagemap fetch it";
    EXPECT_EQ(Strings(LoadDataset(url).errors), std::vector<std::string>{expected});
    EXPECT_EQ(Strings(LoadGeo(url).errors), std::vector<std::string>{expected});
    EXPECT_TRUE(IsNetworkPath("/vsizip//vsicurl/http://example.org/a.zip/a.shp"));
    EXPECT_TRUE(IsNetworkPath("https://example.org/a.geojson"));
    EXPECT_FALSE(IsNetworkPath("/vsizip/local.zip/a.shp"));

    // An import table named by URL inside the metadata.
    WriteAll(Path("meta.json"), R"({"format": "engagemap-import", "version": 1, "title": "t",
      "sources": [{"id": "s", "title": "S", "as_of": "2026"}], "pillars": [{"id": "p", "name": "P"}],
      "instruments": [{"id": "x", "name": "X", "kind": "forum", "pillars": ["p"], "table": "/vsicurl/http://127.0.0.1:9/t.csv",
                       "table_source": "s"}]})");
    ImportOptions o;
    o.metadataPath = Path("meta.json");
    const ImportResult r = ImportDataset(o);
    EXPECT_EQ(Strings(r.errors),
              std::vector<std::string>{"/vsicurl/http://127.0.0.1:9/t.csv: cannot open: a network path; pass "
                                       "--allow-network to let engagemap fetch it"});
}

// OGR VRT geodata: see test_geodata_vrt.cpp.

// ---- runaway work: a self-intersecting comb is repaired (MakeValid) before triangulation ------

// A zigzag of `teeth` teeth closed by an edge that crosses every tooth (8,000 vertices took the
// GLU tessellator 15-23 s before; repaired, it is a row of separate triangles).
std::string CombGeoJson(int teeth) {
    std::ostringstream s;
    s.precision(10);
    s << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"iso3":"CMB"},)"
      << R"("geometry":{"type":"Polygon","coordinates":[[)";
    const double step = 340.0 / (2 * teeth);
    for (int i = 0; i < 2 * teeth; ++i) s << "[" << -170 + i * step << "," << (i % 2 ? 10 : 0) << "],";
    s << "[170,5],[-170,5],[-170,0]]]}}]}";
    return s.str();
}

TEST_F(Scratch, SelfIntersectingCombIsRepairedNotTessellatedAsIs) {
    WriteAll(Path("comb.geojson"), CombGeoJson(4000));
    const GeodataResult r = LoadGeo(Path("comb.geojson"));
    ASSERT_TRUE(r.Ok()) << Strings(r.errors)[0];
    EXPECT_TRUE(r.warnings.empty());
    ASSERT_EQ(r.countries.countries.size(), 1u);
    // MakeValid splits the comb at its crossings into many simple polygons.
    EXPECT_GT(r.countries.countries[0].polygons.size(), 1000u);
    const MapMesh mesh = BuildMapMesh(r.countries);
    EXPECT_TRUE(mesh.warnings.empty());
    EXPECT_FALSE(mesh.fillVertices.empty());
}

// ---- unclear messages: geodata without features or keys; placeholder keys; no key matches ----

TEST_F(Scratch, GeodataWithoutFeaturesSaysSo) {
    WriteAll(Path("empty.geojson"), R"({"type": "FeatureCollection", "features": []})");
    EXPECT_EQ(Strings(LoadGeo(Path("empty.geojson")).errors),
              std::vector<std::string>{Path("empty.geojson") + ": layer 'empty' has no features"});
}

TEST_F(Scratch, ShapefileWithoutDbfSaysSo) {
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("ESRI Shapefile");
    ASSERT_NE(driver, nullptr);
    GDALDatasetH ds = GDALCreate(driver, Path("c.shp").c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    ASSERT_NE(ds, nullptr);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "c", nullptr, wkbPolygon, nullptr);
    OGRFieldDefnH field = OGR_Fld_Create("iso3", OFTString);
    OGR_L_CreateField(layer, field, TRUE);
    OGR_Fld_Destroy(field);
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    OGR_F_SetFieldString(f, 0, "SQR");
    OGRGeometryH g = nullptr;
    char wkt[] = "POLYGON ((0 0,10 0,10 10,0 10,0 0))";
    char* cursor = wkt;
    OGR_G_CreateFromWkt(&cursor, nullptr, &g);
    OGR_F_SetGeometryDirectly(f, g);
    ASSERT_EQ(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
    OGR_F_Destroy(f);
    GDALClose(ds);
    ASSERT_TRUE(LoadGeo(Path("c.shp")).Ok());
    fs::remove(Path("c.dbf"));
    EXPECT_EQ(Strings(LoadGeo(Path("c.shp")).errors),
              std::vector<std::string>{Path("c.shp") + ": layer 'c' has no attribute fields, so no country keys (a "
                                       "Shapefile needs its .dbf next to the .shp)"});
}

// Natural Earth gives Kosovo and Somaliland the key "-99": they must not merge into one country.
TEST_F(Scratch, PlaceholderKeysAreNotMerged) {
    const char* square = R"("geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,1],[0,0]]]})";
    WriteAll(Path("ne.geojson"), std::string(R"({"type": "FeatureCollection", "features": [)") +
                                     R"({"type": "Feature", "properties": {"iso3": "-99", "name": "Kosovo"}, )" + square +
                                     R"(}, {"type": "Feature", "properties": {"iso3": "-99", "name": "Somaliland"}, )" +
                                     square + R"(}, {"type": "Feature", "properties": {"iso3": "SRB", "name": "Serbia"}, )" +
                                     square + "}]}");
    const GeodataResult r = LoadGeo(Path("ne.geojson"));
    ASSERT_TRUE(r.Ok()) << Strings(r.errors)[0];
    ASSERT_EQ(r.countries.countries.size(), 1u);
    EXPECT_EQ(r.countries.countries[0].key, "SRB");
    ASSERT_EQ(r.warnings.size(), 2u);
    EXPECT_EQ(r.warnings[0].message, "placeholder key '-99' (no code in this source); feature skipped");
}

TEST(BadInputRound2, NoDatasetCountryInTheGeodataIsAWarning) {
    static const std::set<std::string> keys = {"FRA", "DEU"};
    DatasetLoadOptions o;
    o.knownCountries = &keys;
    const DatasetLoadResult r = LoadDataset(kData + "dataset/valid_small.json", o);
    ASSERT_TRUE(r.Ok());
    ASSERT_FALSE(r.warnings.empty());
    EXPECT_EQ(r.warnings[0].message, "no participant country is in the geodata (2 keys): check --geodata and --iso-field");
}

// ---- JSON text: NUL bytes, CR-only line ends, huge version, many errors on one line -----------

TEST(BadInputRound2, JsonTextCases) {
    const struct {
        const char* what;
        const char* file;
        const char* expected;  // after "<path>:"
    } cases[] = {
        {"text after a NUL byte", "bad/text_after_nul.json",
         "77:1: NUL byte in the text (JSON cannot contain one; nothing after it would be read)"},
        {"CR-only line ends", "bad/cr_line_ends.json", "3:14: /version: wrong type: expected integer, got string"},
        {"huge version", "bad/huge_version.json",
         "3:14: /version: unsupported version 18446744073709551615 (this build reads version 1)"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        const std::string path = kData + c.file;
        const DatasetLoadResult r = LoadDataset(path);
        ASSERT_FALSE(r.errors.empty());
        EXPECT_EQ(r.errors[0].ToString(), path + ":" + c.expected);
    }
}

// Columns on a long minified line are counted in code points, also past the checkpoints.
TEST(BadInputRound2, LineIndexLocatesOnLongLines) {
    std::string text(1000, 'a');
    text += "\xc3\xa9";  // one code point, two bytes
    text += std::string(600, 'b');
    text += "\r\nx\ry";
    const LineIndex lines(text);
    EXPECT_EQ(lines.Locate(999).column, 1000);
    EXPECT_EQ(lines.Locate(1002).column, 1002);
    EXPECT_EQ(lines.Locate(1602).column, 1602);
    EXPECT_EQ(lines.Locate(1604).line, 2);
    EXPECT_EQ(lines.Locate(1606).line, 3);
    EXPECT_EQ(lines.Locate(1606).column, 1);
}

// ---- outputs: atomic, checked, no side-car, formula-safe CSV ------------------------------------

RgbaImage TinyImage() {
    RgbaImage image;
    image.width = image.height = 4;
    image.pixels.assign(4 * 4 * 4, 200);
    return image;
}

TEST_F(Scratch, PngExportFailureKeepsThePreviousFile) {
    const std::string path = Path("map.png");
    std::string error;
    ASSERT_TRUE(WritePng(path, TinyImage(), &error)) << error;
    const std::string before = ReadAll(path);
    WriteAll(Path("map.png.aux.xml"), "the user's own side-car");
    for (const char* fault : {"create", "write", "sync", "rename"}) {
        SCOPED_TRACE(fault);
        ::setenv("ENGAGEMAP_INJECT_WRITE_FAULT", fault, 1);
        RgbaImage other = TinyImage();
        other.pixels.assign(other.pixels.size(), 10);
        EXPECT_FALSE(WritePng(path, other, &error));
        EXPECT_EQ(error.rfind("cannot write " + path + ": ", 0), 0u) << error;
        EXPECT_EQ(ReadAll(path), before);
    }
    ::unsetenv("ENGAGEMAP_INJECT_WRITE_FAULT");
    // A successful export neither deletes nor creates FILE.png.aux.xml.
    ASSERT_TRUE(WritePng(path, TinyImage(), &error)) << error;
    EXPECT_EQ(Files(), (std::set<std::string>{"map.png", "map.png.aux.xml"}));
    EXPECT_EQ(ReadAll(Path("map.png.aux.xml")), "the user's own side-car");
}

TEST(BadInputRound2, ExportToDevFullFails) {
    std::string error;
    EXPECT_FALSE(WritePng("/dev/full", TinyImage(), &error));
    EXPECT_EQ(error, "cannot write /dev/full: not a regular file; refusing to replace it");
    EXPECT_FALSE(WriteOutputFile("/dev/full", "iso3\r\n", &error));
}

TEST_F(Scratch, OutputTempFileIsNotAPlantedSymlink) {
    // The old import wrote OUTPUT.tmp and followed a symlink planted there.
    const std::string victim = Path("victim.txt");
    WriteAll(victim, "keep me");
    fs::create_symlink(victim, Path("out.json.tmp"));
    std::string error;
    ASSERT_TRUE(WriteOutputFile(Path("out.json"), "{}", &error)) << error;
    EXPECT_EQ(ReadAll(victim), "keep me");
    EXPECT_EQ(ReadAll(Path("out.json")), "{}");
}

TEST(BadInputRound2, CsvFieldsNeverStartAFormula) {
    EXPECT_EQ(CsvField("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    EXPECT_EQ(CsvField("+1"), "'+1");
    EXPECT_EQ(CsvField("-1"), "'-1");
    EXPECT_EQ(CsvField("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(CsvField("Hungary"), "Hungary");
    EXPECT_EQ(CsvField("2001-11-23"), "2001-11-23");
}

}  // namespace
}  // namespace engagemap
