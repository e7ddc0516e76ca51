// Presentation mode on screen (a real GLFW window under Xvfb) equals the headless export of the
// same view, and a golden image of presentation mode at 3840x2160. Runs the engagemap binary.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <set>
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
    // The window draws with GL: compare with the GL export (the CPU export's own comparison with
    // GL is tests/ui/test_cpu_export.cpp).
    ASSERT_EQ(std::system(AppCommand("--export " + dir + "/export.png --renderer gl" + view).c_str()), 0);
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

// The presenter screen (--presenter-monitor): a second window beside the map (Xvfb has one
// monitor, so it opens as a window) showing the slide's title and notes, the next slide's preview
// and the counter while the map window shows the slide with its progress dots.
TEST(Presentation, PresenterWindowBesideTheMap) {
    if (!HaveXvfb()) GTEST_SKIP() << "xvfb-run not installed";
    const std::string dir = std::filesystem::temp_directory_path() / "engagemap-presenter";
    std::filesystem::create_directories(dir);
    std::filesystem::remove(dir + "/map-presenter.png");
    ASSERT_EQ(std::system(("xvfb-run -a -s '-screen 0 2560x720x24' " +
                           AppCommand("--story " ENGAGEMAP_SOURCE_DIR "/datasets/budapest-briefing.story.json --slide 2 "
                                      "--size 1280x720 --presenter-monitor 1 --frames 6 --screenshot " + dir + "/map.png"))
                              .c_str()),
              0);
    const RgbaImage map = Read(dir + "/map.png");
    const RgbaImage presenter = Read(dir + "/map-presenter.png");
    EXPECT_EQ(map.width, 1280);
    ASSERT_EQ(presenter.width, 1280);
    ASSERT_EQ(presenter.height, 720);
    // The preview (right half, below the "Next:" line) shows a map: many colours, where an empty
    // presenter screen is one dark background with white text.
    std::set<std::uint32_t> colours;
    for (int y = 120; y < 380; ++y)
        for (int x = 760; x < 1240; ++x) {
            const std::size_t i = (static_cast<std::size_t>(y) * 1280 + static_cast<std::size_t>(x)) * 4;
            colours.insert(presenter.pixels[i] << 16 | presenter.pixels[i + 1] << 8 | presenter.pixels[i + 2]);
        }
    EXPECT_GT(colours.size(), 50u) << "no next-slide preview";
}

}  // namespace
}  // namespace engagemap
