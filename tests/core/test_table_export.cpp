// `engagemap tables`: the default dataset written back as tables, then imported, is the same dataset.
#include <cstdlib>
#include <filesystem>
#include <unistd.h>
#include <string>

#include <gtest/gtest.h>

#include "core/data/dataset_loader.hpp"
#include "core/data/dataset_writer.hpp"
#include "core/data/importer.hpp"
#include "core/data/table_export.hpp"

using namespace engagemap;

namespace {

// A fresh empty folder under the test temp dir, removed at the end.
struct ScratchDir {
    std::string path;
    explicit ScratchDir(const std::string& name) {
        path = ::testing::TempDir() + "engagemap-tables-" + name + "-" + std::to_string(::getpid());
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~ScratchDir() { std::filesystem::remove_all(path); }
};

const Dataset& DefaultDataset() {
    static const DatasetLoadResult r = LoadDataset(std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/engagemap.json");
    EXPECT_TRUE(r.Ok());
    return r.dataset;
}

// Writes the default dataset as tables in `format`, imports them, and returns both as JSON.
void RoundTrip(TableFileFormat format, const std::string& name, std::string* original, std::string* again) {
    ScratchDir dir(name);
    TablesExportOptions o;
    o.outputDir = dir.path;
    o.format = format;
    TablesExportResult w = ExportTables(DefaultDataset(), o);
    ASSERT_TRUE(w.Ok()) << w.error;
    ASSERT_EQ(w.written.size(), format == TableFileFormat::Csv ? DefaultDataset().instruments.size() + 2 : 2u);
    for (const auto& entry : std::filesystem::directory_iterator(dir.path))  // no temporary file left
        EXPECT_EQ(entry.path().filename().string().find(".tmp"), std::string::npos) << entry.path();
    ImportOptions io;
    io.metadataPath = dir.path + "/instruments.json";
    ImportResult r = ImportDataset(io);
    for (const LoadError& e : r.errors) ADD_FAILURE() << e.ToString();
    ASSERT_TRUE(r.Ok());
    *original = WriteDatasetJson(DefaultDataset());
    *again = WriteDatasetJson(r.dataset);
}

}  // namespace

TEST(TableExport, XlsxRoundTripReproducesTheDefaultDataset) {
    std::string a, b;
    RoundTrip(TableFileFormat::Xlsx, "xlsx", &a, &b);
    ASSERT_FALSE(a.empty());
    EXPECT_TRUE(a == b) << "the re-imported dataset differs";
}

TEST(TableExport, OdsRoundTripReproducesTheDefaultDataset) {
    std::string a, b;
    RoundTrip(TableFileFormat::Ods, "ods", &a, &b);
    ASSERT_FALSE(a.empty());
    EXPECT_TRUE(a == b) << "the re-imported dataset differs";
}

TEST(TableExport, CsvRoundTripReproducesTheDefaultDataset) {
    std::string a, b;
    RoundTrip(TableFileFormat::Csv, "csv", &a, &b);
    ASSERT_FALSE(a.empty());
    EXPECT_TRUE(a == b) << "the re-imported dataset differs";
}

TEST(TableExport, SelectedInstrumentsOnly) {
    ScratchDir dir("some");
    TablesExportOptions o;
    o.outputDir = dir.path;
    o.format = TableFileFormat::Csv;
    o.instruments = {"budapest", "foc"};
    ASSERT_TRUE(ExportTables(DefaultDataset(), o).Ok());
    ImportOptions io;
    io.metadataPath = dir.path + "/instruments.json";
    ImportResult r = ImportDataset(io);
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    ASSERT_EQ(r.dataset.instruments.size(), 2u);
    const Dataset& d = DefaultDataset();
    EXPECT_EQ(r.dataset.instruments[0].participants.size(),
              d.instruments[d.FindInstrument("budapest")].participants.size());
    o.instruments = {"no-such-instrument"};
    EXPECT_FALSE(ExportTables(DefaultDataset(), o).Ok());
}
