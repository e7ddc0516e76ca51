// Export file names: named after the view, never replacing an earlier file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/io/output_names.hpp"
#include "scratch_dir.hpp"

namespace engagemap {
namespace {

TEST(OutputNames, FileStemFromLabel) {
    EXPECT_EQ(FileStem("Budapest Convention (ETS 185), 2012-06-30"), "budapest-convention-ets-185-2012-06-30");
    EXPECT_EQ(FileStem("  --Africa!  "), "africa");
    EXPECT_EQ(FileStem("S\xC3\xA3o Tom\xC3\xA9"), "s-o-tom");
    EXPECT_EQ(FileStem(""), "engagemap");
    EXPECT_EQ(FileStem("///"), "engagemap");
    EXPECT_LE(FileStem(std::string(200, 'a')).size(), 80u);
}

TEST(OutputNames, FirstFreePathCountsUpAndNeverReturnsAnExistingFile) {
    const test::ScratchDir scratch("output-names");
    const std::string dir = scratch.Path().string();
    EXPECT_EQ(FirstFreePath(dir, "view", ".png"), dir + "/view.png");
    std::ofstream(dir + "/view.png") << "1";
    EXPECT_EQ(FirstFreePath(dir, "view", ".png"), dir + "/view-2.png");
    std::ofstream(dir + "/view-2.png") << "2";
    std::filesystem::create_directory(dir + "/view-3.png");  // a folder counts as taken too
    EXPECT_EQ(FirstFreePath(dir, "view", ".png"), dir + "/view-4.png");
    // A typed path: itself when free, else numbered before the extension.
    EXPECT_EQ(FirstFreePath(dir + "/clip.gif"), dir + "/clip.gif");
    EXPECT_EQ(FirstFreePath(dir + "/view.png"), dir + "/view-4.png");
    std::ofstream(dir + "/noext") << "x";
    EXPECT_EQ(FirstFreePath(dir + "/noext"), dir + "/noext-2");
}

}  // namespace
}  // namespace engagemap
