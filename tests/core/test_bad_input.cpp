// The bad-input corpus (issue 7) in one place: every file users might hand us that is wrong in
// some way, each with the exact message it must produce and the guarantee that nothing crashes
// and nothing half-loaded is returned. Files live in tests/data/bad/ (one per case); cases that
// tests/data/dataset/ or tests/data/geodata/ already hold are reused by path. The 200 MB file is
// generated (sparse) in a temp dir at test time. Fuzzer findings are added here as regressions
// (tests/data/bad/fuzz_*).
#include <gtest/gtest.h>

#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "core/data/dataset_loader.hpp"
#include "core/geo/geodata_loader.hpp"
#include "core/geo/map_mesh.hpp"
#include "core/geo/triangulate.hpp"

namespace engagemap {
namespace {

namespace fs = std::filesystem;

const std::string kData = std::string(ENGAGEMAP_TEST_DATA_DIR) + "/";

std::vector<std::string> Strings(const std::vector<LoadError>& errors) {
    std::vector<std::string> s;
    for (const LoadError& e : errors) s.push_back(e.ToString());
    return s;
}

// Loads a dataset as the app does: with the geodata's country keys.
DatasetLoadResult LoadWithKeys(const std::string& path, const DatasetLoadOptions& base = {}) {
    static const std::set<std::string> keys = {"HUN", "GBR", "ISL", "SRB", "USA", "XKX", "MUS"};
    DatasetLoadOptions o = base;
    o.knownCountries = &keys;
    return LoadDataset(path, o);
}

GeodataResult LoadGeo(const std::string& path) {
    GeodataOptions o;
    o.path = path;
    return LoadGeodata(o);
}

// ---- datasets ------------------------------------------------------------------------------

struct DatasetCase {
    const char* what;
    const char* file;      // relative to tests/data/
    const char* expected;  // the first (or only) error, after "<path>:"
    size_t errors = 1;
};

// One row per case of the list. Rows reusing tests/data/dataset/ files overlap with the
// per-rule tests in test_dataset_loader.cpp on purpose: this table is the complete list.
const DatasetCase kDatasetCases[] = {
    {"empty file", "bad/empty.json",
     "1:1: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"},
    {"binary garbage", "bad/binary_garbage.bin",
     "1:1: syntax error while parsing value - invalid literal; last read: '\x89'"},
    {"truncated JSON", "bad/truncated.json",
     "35:36: syntax error while parsing value - invalid string: missing closing quote; last read: '\"I'"},
    {"10 000 nested arrays", "bad/nested_10000.json", "1:65: nesting deeper than 64 levels"},
    {"wrong types", "dataset/bad_wrong_type.json",
     "24:37: /instruments/0/coverage/members_total: wrong type: expected integer, got string"},
    {"unknown country code", "dataset/bad_country_code.json",
     "57:21: /instruments/1/participants/1/country: unknown country code 'XKK' (not ISO 3166-1 alpha-3 or XKX)"},
    {"impossible date 2023-02-30", "dataset/bad_impossible_date.json",
     "28:40: /instruments/0/participants/0/events/1/date: impossible date '2023-02-30': 28 days in that month"},
    {"events out of order", "dataset/bad_events_order.json",
     "37:40: /instruments/0/participants/2/events/1/date: events out of chronological order: 'in_force' "
     "(2006-05-01) is listed after 'ratified' (between 2007-01-01 and 2007-01-31 (derived))"},
    {"duplicate ids", "dataset/bad_duplicate_id.json",
     "61:13: /instruments/2/id: duplicate instrument id 'foc' (first at /instruments/1)"},
    {"non-UTF-8 name", "bad/non_utf8_name.json",
     "26:36: syntax error while parsing value - invalid string: ill-formed UTF-8 byte; last read: "
     "'\"Magyarorsz\xe1g'"},
};

TEST(BadInput, DatasetCorpus) {
    for (const DatasetCase& c : kDatasetCases) {
        SCOPED_TRACE(c.what);
        const std::string path = kData + c.file;
        ASSERT_TRUE(fs::exists(path)) << path;
        const DatasetLoadResult r = LoadWithKeys(path);
        EXPECT_FALSE(r.Ok());
        EXPECT_TRUE(r.dataset.instruments.empty() && r.dataset.sources.empty()) << "a refused file must yield no data";
        ASSERT_EQ(r.errors.size(), c.errors) << (r.errors.empty() ? "" : r.errors[0].ToString());
        EXPECT_EQ(r.errors[0].ToString(), path + ":" + c.expected);
    }
}

// The 200 MB file is refused from its size alone (the "file is N bytes" message comes from a
// stat before any byte is read; reading it would give "file is more than the limit").
TEST(BadInput, Dataset200MegabytesRefusedBySizeLimit) {
    const fs::path dir = fs::temp_directory_path() / ("engagemap_bad_input_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path file = dir / "huge.json";
    {
        std::ofstream out(file, std::ios::binary);
        out << "{\"format\": \"engagemap-dataset\", \"version\": 1, \"title\": \"";
    }
    const std::uintmax_t size = 200ull * 1024 * 1024;
    fs::resize_file(file, size);  // sparse: no 200 MB written to disk
    ASSERT_EQ(fs::file_size(file), size);
    const DatasetLoadResult r = LoadWithKeys(file.string());
    fs::remove_all(dir);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].ToString(),
              file.string() + ": file is 209715200 bytes, more than the limit of 67108864 bytes");
    EXPECT_TRUE(r.dataset.instruments.empty());
}

// ---- geodata -------------------------------------------------------------------------------

struct GeodataCase {
    const char* what;
    const char* file;                    // relative to tests/data/
    const char* error;                   // the only error, after "<path>: "
    std::vector<std::string> warnings;   // each after "<path>: "
};

const GeodataCase kGeodataCases[] = {
    {"empty polygons", "bad/empty_polygons.geojson", "no usable country polygons",
     {"feature 0 (EMP): empty geometry; feature skipped", "feature 1 (EMR): empty geometry; feature skipped",
      "feature 2 (EMM): empty geometry; feature skipped",
      "feature 3 (PTS): no ring with 3 or more distinct points; feature skipped"}},
    {"layer with no ISO field", "geodata/no_iso3.geojson",
     "layer 'no_iso3' has no field 'iso3' (fields: adm0_a3, name); use --iso-field to choose one", {}},
    // The dataset corpus files are not geodata either: OGR must refuse them cleanly.
    {"empty file", "bad/empty.json", "not a vector dataset", {}},
    {"binary garbage", "bad/binary_garbage.bin", "not a vector dataset", {}},
    {"truncated JSON", "bad/truncated.json", "not a vector dataset", {}},
    {"10 000 nested arrays", "bad/nested_10000.json", "not a vector dataset", {}},
};

TEST(BadInput, GeodataCorpus) {
    for (const GeodataCase& c : kGeodataCases) {
        SCOPED_TRACE(c.what);
        const std::string path = kData + c.file;
        ASSERT_TRUE(fs::exists(path)) << path;
        const GeodataResult r = LoadGeo(path);
        EXPECT_TRUE(r.countries.countries.empty());
        EXPECT_EQ(Strings(r.errors), std::vector<std::string>{path + ": " + c.error});
        std::vector<std::string> warnings;
        for (const std::string& w : c.warnings) warnings.push_back(path + ": " + w);
        EXPECT_EQ(Strings(r.warnings), warnings);
    }
}

// Self-intersecting rings (a bowtie; a hole crossing its exterior) are repaired at load with GEOS
// MakeValid (structure method; issue 16: the tessellator was super-linear on them), nothing is
// refused: the bowtie becomes two triangles, and a hole is subtracted from its exterior.
TEST(BadInput, GeodataSelfIntersectingPolygonsAreTriangulated) {
    const std::string path = kData + "bad/self_intersecting.geojson";
    const GeodataResult r = LoadGeo(path);
    ASSERT_TRUE(r.Ok()) << Strings(r.errors)[0];
    EXPECT_TRUE(r.warnings.empty()) << Strings(r.warnings)[0];
    ASSERT_EQ(r.countries.countries.size(), 2u);
    EXPECT_EQ(r.countries.countries[0].key, "BOW");
    EXPECT_EQ(r.countries.countries[1].key, "EIG");

    const MapMesh mesh = BuildMapMesh(r.countries);
    EXPECT_TRUE(mesh.warnings.empty()) << mesh.warnings[0];
    // The bowtie is two triangles of 25; the square minus the band across it is 100 - 20 (the
    // band's ends sticking out of the square are part of the hole, not filled).
    double area[2] = {0, 0};
    for (size_t i = 0; i + 2 < mesh.fillVertices.size(); i += 3) {
        const LonLat a = mesh.fillVertices[i], b = mesh.fillVertices[i + 1], c = mesh.fillVertices[i + 2];
        area[mesh.fillCountry[i]] += std::fabs((b.lon - a.lon) * (c.lat - a.lat) - (c.lon - a.lon) * (b.lat - a.lat)) / 2;
    }
    EXPECT_NEAR(area[0], 50.0, 1e-9);
    EXPECT_NEAR(area[1], 80.0, 1e-9);
}

}  // namespace
}  // namespace engagemap
