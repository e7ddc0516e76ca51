// SVG and PDF exports (cairo): the SVG of a view, rasterised, matches the PNG export of the same
// view; a storyboard becomes a PDF with one page per slide; failures leave the previous file.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <set>
#include <sstream>

#include "../render/golden_image.hpp"
#include "core/data/dataset_loader.hpp"
#include "core/story/storyboard_ids.hpp"
#include "export/vector_export.hpp"
#include "render/headless_gl_context.hpp"
#include "bundled_data.hpp"

namespace engagemap {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Pages of a PDF: pdfinfo's count when poppler-utils is installed, else the page tree's /Count.
int PdfPages(const std::string& path) {
    if (std::system("command -v pdfinfo > /dev/null 2>&1") == 0) {
        const std::string out = path + ".pages";
        if (std::system(("pdfinfo '" + path + "' | sed -n 's/^Pages: *//p' > '" + out + "'").c_str()) == 0)
            return std::atoi(ReadAll(out).c_str());
    }
    const std::string pdf = ReadAll(path);
    std::smatch m;
    return std::regex_search(pdf, m, std::regex("/Type /Pages[^>]*/Count ([0-9]+)")) ? std::stoi(m[1]) : -1;
}

TimelineExportOptions Budapest2012(int width, int height) {
    TimelineExportOptions o;
    o.map.width = width;
    o.map.height = height;
    o.view.instrumentA = "budapest";
    o.date = CivilDate{2012, 6, 30};
    return o;
}

class VectorExportTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(SharedBundledData().doc);
        ASSERT_TRUE(SharedBundledData().dataset.Ok());
        dir_ = fs::temp_directory_path() / ("engagemap-vector-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string Path(const std::string& name) const { return (dir_ / name).string(); }
    fs::path dir_;
};

TEST_F(VectorExportTest, FormatFromExtension) {
    EXPECT_EQ(VectorFormatForPath("a.SVG"), VectorFormat::Svg);
    EXPECT_EQ(VectorFormatForPath("dir/deck.pdf"), VectorFormat::Pdf);
    EXPECT_FALSE(VectorFormatForPath("a.png"));
}

// The SVG rasterised by librsvg against the GL export of the same view; `overlay`: with title,
// date, legend and source line.
test::ImageDiff SvgAgainstPng(const std::string& dir, bool overlay, TimelineExportOptions view = Budapest2012(960, 540)) {
    view.overlay = overlay;
    std::string error;
    auto Path = [&](const std::string& name) { return dir + "/" + name; };
    ExportTimelineVector(*SharedBundledData().doc, SharedBundledData().dataset.dataset, {view}, Path("map.svg"), &error);
    const std::string svg = ReadAll(Path("map.svg"));
    EXPECT_NE(svg.find("<svg"), std::string::npos);
    EXPECT_NE(svg.find("width=\"960px\""), std::string::npos);
    EXPECT_EQ(std::system(("rsvg-convert -w 960 -h 540 '" + Path("map.svg") + "' -o '" + Path("svg.png") + "'").c_str()), 0);
    RgbaImage fromSvg, png;
    EXPECT_TRUE(ReadPng(Path("svg.png"), fromSvg, &error)) << error;
    auto context = HeadlessGlContext::Create(&error);
    EXPECT_TRUE(context) << error;
    EXPECT_TRUE(RenderTimelineImage(*SharedBundledData().doc, SharedBundledData().dataset.dataset, view, png, &error)) << error;
    const test::ImageDiff d = test::CompareImages(fromSvg, png);
    return d;
}

TEST_F(VectorExportTest, SvgMatchesThePngOfTheSameView) {
    if (std::system("command -v rsvg-convert > /dev/null 2>&1") != 0) GTEST_SKIP() << "rsvg-convert (librsvg2-bin) not installed";
    // The map alone: same geometry, colours, hatching, borders and markers; only antialiasing differs.
    const test::ImageDiff map = SvgAgainstPng(dir_.string(), false);
    EXPECT_LT(map.meanAbsDiff, 1.0);
    EXPECT_LT(map.badPixelFraction, 0.01);
    // With the overlay: the same layout (laid out with the PNG's font metrics: cards, wraps and
    // text runs in the same places); only the glyphs' rasterisation differs (measured 5.6 / 7 %).
    const test::ImageDiff full = SvgAgainstPng(dir_.string(), true);
    EXPECT_LT(full.meanAbsDiff, 7.0);
    EXPECT_LT(full.badPixelFraction, 0.09);
}

// A bilateral view: the hub-partner arcs (solid, dashed when suspended) are in the SVG as in the
// PNG. Without them the map-only difference is several times the budget (the arcs cover ~2 % of
// the pixels).
TEST_F(VectorExportTest, SvgHasTheArcsOfABilateralView) {
    if (std::system("command -v rsvg-convert > /dev/null 2>&1") != 0) GTEST_SKIP() << "rsvg-convert (librsvg2-bin) not installed";
    TimelineExportOptions us = Budapest2012(960, 540);
    us.view.instrumentA = "us-cyber-dialogues";
    us.date = CivilDate{2016, 6, 1};
    const test::ImageDiff map = SvgAgainstPng(dir_.string(), false, us);
    EXPECT_LT(map.meanAbsDiff, 1.5);
    EXPECT_LT(map.badPixelFraction, 0.015);
}

// Centred on 150°E (issue 12's any centre): the SVG recentres the countries and cuts the arcs as
// the PNG does, so the map and the arcs across the Pacific stay equal to the PNG.
TEST_F(VectorExportTest, SvgMatchesThePngCentredOnThePacific) {
    if (std::system("command -v rsvg-convert > /dev/null 2>&1") != 0) GTEST_SKIP() << "rsvg-convert (librsvg2-bin) not installed";
    TimelineExportOptions us = Budapest2012(960, 540);
    us.view.instrumentA = "us-cyber-dialogues";
    us.view.centralMeridian = 150.0;
    us.date = CivilDate{2016, 6, 1};
    const test::ImageDiff map = SvgAgainstPng(dir_.string(), false, us);
    EXPECT_LT(map.meanAbsDiff, 1.5);
    EXPECT_LT(map.badPixelFraction, 0.015);
}

TEST_F(VectorExportTest, StoryboardIsAPdfWithOnePagePerSlide) {
    const StoryboardKnownIds known = KnownStoryboardIds(&SharedBundledData().dataset.dataset, SharedBundledData().doc->countries);
    StoryboardLoadOptions options;
    known.ApplyTo(&options);
    const StoryboardLoadResult story =
        LoadStoryboard(std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/budapest-briefing.story.json", options);
    ASSERT_TRUE(story.Ok());
    ExportOptions map;
    map.width = 640;
    map.height = 360;
    std::vector<TimelineExportOptions> pages;
    for (const Slide& slide : story.storyboard.slides)
        pages.push_back(StillOptionsForSlide(slide, map, CivilDate{2025, 12, 31}));
    std::string error;
    ASSERT_TRUE(ExportTimelineVector(*SharedBundledData().doc, SharedBundledData().dataset.dataset, pages, Path("deck.pdf"), &error)) << error;
    EXPECT_EQ(ReadAll(Path("deck.pdf")).rfind("%PDF-", 0), 0u);
    EXPECT_EQ(PdfPages(Path("deck.pdf")), static_cast<int>(pages.size()));
    // An SVG holds one picture.
    EXPECT_FALSE(ExportTimelineVector(*SharedBundledData().doc, SharedBundledData().dataset.dataset, pages, Path("deck.svg"), &error));
    EXPECT_NE(error.find("one picture"), std::string::npos) << error;
}

TEST_F(VectorExportTest, FailureKeepsThePreviousFile) {
    std::ofstream(Path("kept.pdf")) << "previous";
    TimelineExportOptions bad = Budapest2012(320, 180);
    bad.view.instrumentA = "no-such-instrument";
    std::string error;
    EXPECT_FALSE(ExportTimelineVector(*SharedBundledData().doc, SharedBundledData().dataset.dataset, {bad}, Path("kept.pdf"), &error));
    EXPECT_NE(error.find("no-such-instrument"), std::string::npos) << error;
    EXPECT_EQ(ReadAll(Path("kept.pdf")), "previous");
    std::set<std::string> files;
    for (const auto& e : fs::directory_iterator(dir_)) files.insert(e.path().filename().string());
    EXPECT_EQ(files, std::set<std::string>{"kept.pdf"}) << "no temporary file left";
}

}  // namespace
}  // namespace engagemap
