// The data-directory resolver: environment first and alone, then ../share/engagemap next to the
// executable, then the source tree only for binaries inside the build tree; never the working dir.
#include <gtest/gtest.h>

#include <fstream>

#include "core/io/data_paths.hpp"
#include "scratch_dir.hpp"

using namespace engagemap;
using engagemap::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

void Touch(const fs::path& p) {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << "x";
}

}  // namespace

TEST(DataPaths, InstalledLayoutIsFoundNextToTheExecutable) {
    ScratchDir prefix("prefix");
    Touch(prefix.Path() / "share/engagemap/geodata/countries.gpkg");
    DataDirSearch s;
    s.executablePath = (prefix.Path() / "bin/engagemap").string();
    s.buildDir = "/some/build";
    s.sourceDir = "/some/source";
    EXPECT_EQ(DataDirCandidates(s), std::vector<std::string>{(prefix.Path() / "share/engagemap").string()});
    EXPECT_EQ(FindDataFile("geodata/countries.gpkg", s), (prefix.Path() / "share/engagemap/geodata/countries.gpkg").string());
    EXPECT_EQ(FindDataFile("datasets/engagemap.json", s), "");
    // The full program the lean one hands over to, in P/libexec/engagemap/: the same P/share/engagemap.
    s.executablePath = (prefix.Path() / "libexec/engagemap/engagemap-full").string();
    EXPECT_EQ(DataDirCandidates(s), std::vector<std::string>{(prefix.Path() / "share/engagemap").string()});
}

TEST(DataPaths, EnvironmentOverridesAndIsTheOnlyPlaceSearched) {
    ScratchDir prefix("env-prefix");
    ScratchDir data("env-data");
    Touch(prefix.Path() / "share/engagemap/datasets/engagemap.json");
    DataDirSearch s;
    s.envDataDir = data.Path().string();
    s.executablePath = (prefix.Path() / "bin/engagemap").string();
    EXPECT_EQ(DataDirCandidates(s), std::vector<std::string>{data.Path().string()});
    EXPECT_EQ(FindDataFile("datasets/engagemap.json", s), "") << "an explicit directory is not second-guessed";
    Touch(data.Path() / "datasets/engagemap.json");
    EXPECT_EQ(FindDataFile("datasets/engagemap.json", s), (data.Path() / "datasets/engagemap.json").string());
    EXPECT_NE(DescribeDataSearch(s).find("from ENGAGEMAP_DATA_DIR"), std::string::npos);
}

TEST(DataPaths, SourceTreeOnlyForBinariesInTheBuildTree) {
    ScratchDir src("src-tree");
    Touch(src.Path() / "geodata/countries.gpkg");
    DataDirSearch s;
    s.sourceDir = src.Path().string();
    s.buildDir = (src.Path() / "build").string();
    s.executablePath = (src.Path() / "build/tests/engagemap_core_tests").string();
    EXPECT_EQ(FindDataFile("geodata/countries.gpkg", s), (src.Path() / "geodata/countries.gpkg").string());
    // Same binary copied elsewhere (an install, or a sibling build dir): no source-tree fallback.
    s.executablePath = (src.Path() / "build2/engagemap").string();
    EXPECT_EQ(FindDataFile("geodata/countries.gpkg", s), "");
    s.executablePath = "/opt/engagemap/bin/engagemap";
    EXPECT_EQ(FindDataFile("geodata/countries.gpkg", s), "");
}

TEST(DataPaths, WorkingDirectoryIsNeverSearched) {
    ScratchDir cwd("cwd");
    Touch(cwd.Path() / "datasets/engagemap.json");
    const fs::path before = fs::current_path();
    fs::current_path(cwd.Path());
    DataDirSearch s;  // nothing known
    EXPECT_TRUE(DataDirCandidates(s).empty());
    EXPECT_EQ(FindDataFile("datasets/engagemap.json", s), "");
    EXPECT_NE(DescribeDataSearch(s).find("ENGAGEMAP_DATA_DIR"), std::string::npos);
    fs::current_path(before);
}

TEST(DataPaths, ThisTestBinaryFindsTheBundledDataThroughItsOwnPath) {
    const DataDirSearch s = CurrentDataDirSearch();
    ASSERT_FALSE(s.executablePath.empty());
    if (!s.envDataDir.empty()) GTEST_SKIP() << "ENGAGEMAP_DATA_DIR is set";
    EXPECT_EQ(FindBundledFile("geodata/countries.gpkg"), std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg");
}
