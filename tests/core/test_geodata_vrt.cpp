// OGR VRT geodata (issue 16): a VRT is read only when every data source it names is a plain
// geodata file under the VRT's own directory; anything else is refused with the exact message,
// and a network source only with --allow-network (SetNetworkAllowed).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/geo/geodata_loader.hpp"
#include "core/io/input_file.hpp"
#include "scratch_dir.hpp"

namespace engagemap {
namespace {

namespace fs = std::filesystem;

const std::string kData = std::string(ENGAGEMAP_TEST_DATA_DIR) + "/";
const std::string kSibling = kData + "geodata/two_countries.geojson";

std::vector<std::string> Errors(const std::string& path) {
    GeodataOptions o;
    o.path = path;
    std::vector<std::string> s;
    for (const LoadError& e : LoadGeodata(o).errors) s.push_back(e.ToString());
    return s;
}

std::vector<std::string> Keys(const std::string& path) {
    GeodataOptions o;
    o.path = path;
    const GeodataResult r = LoadGeodata(o);
    std::vector<std::string> keys;
    for (const CountryGeometry& c : r.countries.countries) keys.push_back(c.key);
    return keys;
}

void WriteAll(const fs::path& p, const std::string& text) {
    std::ofstream f(p, std::ios::binary);
    f << text;
}

// A one-layer VRT whose data source is `source` (with relativeToVRT="1" when `relative`).
std::string Vrt(const std::string& source, bool relative) {
    return std::string("<OGRVRTDataSource>\n  <OGRVRTLayer name=\"two_countries\">\n    <SrcDataSource") +
           (relative ? " relativeToVRT=\"1\"" : "") + ">" + source +
           "</SrcDataSource>\n    <SrcLayer>countries</SrcLayer>\n  </OGRVRTLayer>\n</OGRVRTDataSource>\n";
}

TEST(GeodataVrt, SiblingSourceLoadsLikeTheFileItself) {
    SetNetworkAllowed(false);
    const std::string vrt = kData + "geodata/two_countries.vrt";
    EXPECT_EQ(Errors(vrt), std::vector<std::string>{});
    EXPECT_FALSE(Keys(vrt).empty());
    EXPECT_EQ(Keys(vrt), Keys(kSibling));
}

TEST(GeodataVrt, ParentDirectorySourceIsRefused) {
    const std::string vrt = kData + "geodata/vrt_outside/parent_file.vrt";
    fs::path dir = fs::canonical(kData + "geodata/vrt_outside");
    EXPECT_EQ(Errors(vrt), std::vector<std::string>{vrt + ": VRT data source '../two_countries.geojson' (line 4) is "
                                                          "outside the VRT's directory " + dir.string()});
}

TEST(GeodataVrt, AbsoluteSourceOutsideTheDirectoryIsRefused) {
    test::ScratchDir dir("vrt-absolute");
    const std::string vrt = (dir.Path() / "abs.vrt").string();
    const std::string source = fs::canonical(kSibling).string();
    WriteAll(vrt, Vrt(source, false));
    EXPECT_EQ(Errors(vrt), std::vector<std::string>{vrt + ": VRT data source '" + source +
                                                    "' (line 3) is outside the VRT's directory " +
                                                    fs::canonical(dir.Path()).string()});
    // The same file copied next to the VRT, named by its absolute path, is read.
    fs::copy_file(kSibling, dir.Path() / "two.geojson");
    WriteAll(vrt, Vrt((fs::canonical(dir.Path()) / "two.geojson").string(), false));
    EXPECT_EQ(Errors(vrt), std::vector<std::string>{});
    EXPECT_EQ(Keys(vrt), Keys(kSibling));
}

TEST(GeodataVrt, SymlinkEscapingTheDirectoryIsRefused) {
    test::ScratchDir dir("vrt-symlink");
    fs::create_symlink(fs::canonical(kSibling), dir.Path() / "link.geojson");
    const std::string vrt = (dir.Path() / "link.vrt").string();
    WriteAll(vrt, Vrt("link.geojson", true));
    EXPECT_EQ(Errors(vrt), std::vector<std::string>{vrt + ": VRT data source 'link.geojson' (line 3) is outside "
                                                          "the VRT's directory " + fs::canonical(dir.Path()).string()});
}

TEST(GeodataVrt, NetworkSourceIsRefusedUnlessAllowed) {
    SetNetworkAllowed(false);
    const std::string vrt = kData + "bad/network_source.vrt";
    const std::vector<std::string> refused{vrt + ": VRT data source '/vsicurl/http://127.0.0.1/x' (line 4) is a "
                                                 "network path; pass --allow-network to let engagemap fetch it"};
    EXPECT_EQ(Errors(vrt), refused);
    // Allowed, the check lets it through and GDAL tries (and fails) to fetch it: another error.
    SetNetworkAllowed(true);
    const std::vector<std::string> allowed = Errors(vrt);
    SetNetworkAllowed(false);
    ASSERT_EQ(allowed.size(), 1u);
    EXPECT_NE(allowed, refused);
    EXPECT_EQ(allowed[0].find("--allow-network"), std::string::npos) << allowed[0];
}

TEST(GeodataVrt, SourcesInsideUnionLayersAreChecked) {
    test::ScratchDir dir("vrt-union");
    fs::copy_file(kSibling, dir.Path() / "two.geojson");
    const std::string vrt = (dir.Path() / "union.vrt").string();
    WriteAll(vrt, R"(<OGRVRTDataSource>
  <OGRVRTUnionLayer name="all">
    <OGRVRTLayer name="a"><SrcDataSource relativeToVRT="1">two.geojson</SrcDataSource><SrcLayer>countries</SrcLayer></OGRVRTLayer>
    <OGRVRTLayer name="b"><SrcDataSource>/etc/passwd</SrcDataSource></OGRVRTLayer>
  </OGRVRTUnionLayer>
</OGRVRTDataSource>
)");
    EXPECT_EQ(Errors(vrt), std::vector<std::string>{vrt + ": VRT data source '/etc/passwd' (line 4) is outside the "
                                                          "VRT's directory " + fs::canonical(dir.Path()).string()});
}

TEST(GeodataVrt, OtherKindsOfSourceAreRefused) {
    test::ScratchDir dir("vrt-kinds");
    const std::string d = fs::canonical(dir.Path()).string();
    const std::string vrt = d + "/k.vrt";
    // A nested VRT under the directory: its own sources would go unchecked.
    WriteAll(d + "/inner.vrt", Vrt("/etc/passwd", false));
    WriteAll(vrt, Vrt("inner.vrt", true));
    EXPECT_EQ(Errors(vrt), std::vector<std::string>{vrt + ": VRT data source 'inner.vrt' (line 3) is read by GDAL "
                                                          "driver 'OGR_VRT', which a VRT may not use here"});
    // GDAL virtual files other than local archives.
    WriteAll(vrt, Vrt("/vsimem/x.geojson", false));
    EXPECT_EQ(Errors(vrt), std::vector<std::string>{vrt + ": VRT data source '/vsimem/x.geojson' (line 3) uses a GDAL "
                                                          "virtual file system other than /vsizip/, /vsitar/ or /vsigzip/"});
    // An archive path whose archive lies outside the directory.
    WriteAll(vrt, Vrt("/vsizip/" + fs::canonical(kSibling).string() + "/a.geojson", false));
    EXPECT_EQ(Errors(vrt), std::vector<std::string>{vrt + ": VRT data source '/vsizip/" + fs::canonical(kSibling).string() +
                                                    "/a.geojson' (line 3) is outside the VRT's directory " + d});
    // A missing file, a directory, and an empty reference.
    WriteAll(vrt, Vrt("missing.geojson", true));
    EXPECT_EQ(Errors(vrt), std::vector<std::string>{vrt + ": VRT data source 'missing.geojson' (line 3) does not exist"});
    fs::create_directory(d + "/sub");
    WriteAll(vrt, Vrt("sub", true));
    EXPECT_EQ(Errors(vrt), std::vector<std::string>{vrt + ": VRT data source 'sub' (line 3) is not a regular file"});
    WriteAll(vrt, Vrt("", true));
    EXPECT_EQ(Errors(vrt), std::vector<std::string>{vrt + ": VRT data source '' (line 3) is empty"});
    // Not XML at all.
    WriteAll(vrt, "<OGRVRTDataSource><OGRVRTLayer");
    const std::vector<std::string> broken = Errors(vrt);
    ASSERT_EQ(broken.size(), 1u);
    EXPECT_EQ(broken[0].rfind(vrt + ": not a valid OGR VRT: ", 0), 0u) << broken[0];
}

}  // namespace
}  // namespace engagemap
