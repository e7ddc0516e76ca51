// Presentation mode on screen (a real GLFW window under Xvfb) equals the headless export of the
// same view, and a golden image of presentation mode at 3840x2160. Runs the engagemap binary.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "../render/golden_image.hpp"

namespace engagemap {
namespace {

bool HaveXvfb() { return std::system("command -v xvfb-run > /dev/null 2>&1") == 0; }

std::string AppCommand(const std::string& args) {
    return std::string("env LIBGL_ALWAYS_SOFTWARE=1 ") + ENGAGEMAP_APP + " " + args + " > /dev/null 2>&1";
}

RgbaImage Read(const std::string& path) {
    RgbaImage image;
    std::string error;
    EXPECT_TRUE(ReadPng(path, image, &error)) << error;
    return image;
}

TEST(Presentation, ScreenEqualsExportOfTheSameView) {
    if (!HaveXvfb()) GTEST_SKIP() << "xvfb-run not installed";
    const std::string dir = std::filesystem::temp_directory_path() / "engagemap-presentation";
    std::filesystem::create_directories(dir);
    // A corner legend: Auto may move the legend into a band below a shrunk map in an export, which
    // the window (whose map widget does not shrink by itself) does not do.
    const std::string view = " --instrument budapest --date 2012-06-30 --size 1280x720 --legend bottom-left ";
    ASSERT_EQ(std::system(("xvfb-run -a -s '-screen 0 1280x720x24' " +
                           AppCommand("--presentation --frames 4 --screenshot " + dir + "/screen.png" + view))
                              .c_str()),
              0);
    ASSERT_EQ(std::system(AppCommand("--export " + dir + "/export.png" + view).c_str()), 0);
    const test::ImageDiff d = test::CompareImages(Read(dir + "/screen.png"), Read(dir + "/export.png"));
    // Same renderer, same fonts: only antialiased text edges may differ (MSAA vs none).
    EXPECT_LT(d.meanAbsDiff, 0.5);
    EXPECT_LT(d.badPixelFraction, 0.002);
}

TEST(Presentation, GoldenAt3840x2160) {
    if (!HaveXvfb()) GTEST_SKIP() << "xvfb-run not installed";
    const std::string dir = std::filesystem::temp_directory_path() / "engagemap-presentation";
    std::filesystem::create_directories(dir);
    ASSERT_EQ(std::system(("xvfb-run -a -s '-screen 0 3840x2160x24' " +
                           AppCommand("--presentation --frames 4 --instrument budapest --date 2004-07-02 --size 3840x2160"
                               " --screenshot " + dir + "/presentation_4k.png"))
                              .c_str()),
              0);
    EXPECT_EQ(test::CheckGolden("presentation_budapest_3840x2160", Read(dir + "/presentation_4k.png")), "");
}

}  // namespace
}  // namespace engagemap
