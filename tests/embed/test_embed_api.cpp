// The public API (include/engagemap/) against the bundled data, as a host sees it: only
// <engagemap/...> headers. The install + examples test (install_examples_test.sh) covers the
// package; these pin down the behaviour each header promises.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include <engagemap/engagemap.hpp>

namespace em = engagemap::embed;

namespace {

const std::string kSource = ENGAGEMAP_SOURCE_DIR;

// The bundled data at the small scale (fast), loaded once for the suite.
const em::MapData& Data() {
    static const em::MapData data = [] {
        em::DataPaths paths = em::BundledDataPaths();
        paths.geodataLayer = "countries_110m";
        em::LoadResult loaded = em::LoadData(paths);
        for (const em::Problem& p : loaded.errors) ADD_FAILURE() << p.ToString();
        return loaded.data;
    }();
    return data;
}

em::View Budapest() {
    em::ViewOptions o;
    o.instrument = "budapest";
    std::string error;
    return *em::View::FromOptions(o, &error);
}

}  // namespace

TEST(EmbedApi, VersionOfHeadersAndLibrariesAgree) {
    EXPECT_STREQ(em::LibraryVersion(), ENGAGEMAP_VERSION_STRING);
    EXPECT_EQ(ENGAGEMAP_VERSION_NUMBER, 10000 * ENGAGEMAP_VERSION_MAJOR + 100 * ENGAGEMAP_VERSION_MINOR + ENGAGEMAP_VERSION_PATCH);
}

TEST(EmbedApi, DatesAreIsoCalendarDays) {
    ASSERT_TRUE(em::Date::FromIso("2004-07-01"));
    EXPECT_EQ(*em::Date::FromIso("2004-07-01"), (em::Date{2004, 7, 1}));
    EXPECT_EQ((em::Date{2024, 2, 29}).ToIso(), "2024-02-29");
    EXPECT_FALSE(em::Date::FromIso("2023-02-29"));
    EXPECT_FALSE(em::Date::FromIso("2004-7-1"));
    EXPECT_LT((em::Date{2001, 11, 23}), (em::Date{2004, 7, 1}));
}

TEST(EmbedApi, BundledDataLoadsWithItsInstruments) {
    ASSERT_FALSE(Data().Empty());
    EXPECT_EQ(em::BundledDataDir(), kSource);  // this build tree: the source tree
    bool budapest = false;
    for (const em::InstrumentInfo& in : Data().Instruments())
        if (in.id == "budapest") {
            budapest = true;
            EXPECT_EQ(in.kind, "treaty");
            EXPECT_EQ(in.first, (em::Date{2001, 11, 23}));  // opened for signature
        }
    EXPECT_TRUE(budapest);
    EXPECT_GT(Data().Countries().size(), 150u);
}

TEST(EmbedApi, DatasetErrorsAreLocatedValues) {
    em::DataPaths paths = em::BundledDataPaths();
    paths.geodataLayer = "countries_110m";
    paths.dataset = kSource + "/tests/data/dataset/bad_date_format.json";
    const em::LoadResult loaded = em::LoadData(paths);
    EXPECT_FALSE(loaded.Ok());
    ASSERT_FALSE(loaded.errors.empty());
    EXPECT_GT(loaded.errors.front().line, 0);
    EXPECT_GT(loaded.errors.front().column, 0);
    EXPECT_NE(loaded.errors.front().ToString().find("bad_date_format.json:"), std::string::npos);
    paths.geodata = kSource + "/no/such/countries.gpkg";
    EXPECT_FALSE(em::LoadData(paths).Ok());
}

TEST(EmbedApi, ViewOptionsAreValidatedAndRoundTrip) {
    em::ViewOptions o;
    o.kind = em::ViewKind::Compare;
    o.instrument = "budapest";
    std::string error;
    EXPECT_FALSE(em::View::FromOptions(o, &error));
    EXPECT_NE(error.find("two instruments"), std::string::npos);
    o.instrumentB = "foc";
    o.projection = "mollweide";
    EXPECT_FALSE(em::View::FromOptions(o, &error));
    EXPECT_NE(error.find("mollweide"), std::string::npos);
    o.projection = "robinson";
    o.centralMeridian = 150;
    o.theme = "dark";
    o.regions = {"Europe"};
    o.camera = em::Camera{10, 50, 2.5};
    const std::optional<em::View> view = em::View::FromOptions(o, &error);
    ASSERT_TRUE(view) << error;
    const em::ViewOptions back = view->Options();
    EXPECT_EQ(back.instrumentB, "foc");
    EXPECT_EQ(back.projection, "robinson");
    EXPECT_EQ(back.centralMeridian, 150);
    EXPECT_EQ(back.theme, "dark");
    ASSERT_TRUE(back.camera);
    EXPECT_EQ(back.camera->zoom, 2.5);
    EXPECT_TRUE(view->Check(Data(), em::Date{2015, 1, 1}, &error)) << error;
    em::ViewOptions unknown;
    unknown.instrument = "no-such-treaty";
    EXPECT_FALSE(em::View::FromOptions(unknown, &error)->Check(Data(), em::Date{2015, 1, 1}, &error));
    EXPECT_NE(error.find("no-such-treaty"), std::string::npos);
}

TEST(EmbedApi, SlideJsonIsTheStoryboardsAndRoundTrips) {
    const em::View view = Budapest();
    const std::string json = view.ToSlideJson(em::Date{2012, 6, 30}, "Budapest in 2012");
    EXPECT_NE(json.find("\"view\": \"instrument\""), std::string::npos) << json;
    EXPECT_NE(json.find("\"date\": \"2012-06-30\""), std::string::npos) << json;
    const em::SlideParse parsed = em::View::FromSlideJson(json);
    ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front().ToString();
    EXPECT_TRUE(*parsed.view == view);
    EXPECT_EQ(parsed.date, (em::Date{2012, 6, 30}));
    EXPECT_EQ(parsed.title, "Budapest in 2012");
    // Errors point into the caller's text: line 3, the bad projection.
    const em::SlideParse bad = em::View::FromSlideJson("{\n  \"view\": \"instrument\", \"instruments\": [\"budapest\"],\n  \"projection\": \"flat\"\n}", "s.json");
    ASSERT_FALSE(bad.errors.empty());
    EXPECT_FALSE(bad.view);
    EXPECT_EQ(bad.errors.front().file, "s.json");
    EXPECT_EQ(bad.errors.front().line, 3) << bad.errors.front().ToString();
}

TEST(EmbedApi, TimelineFollowsTheViewsInstrumentAndPlaysWithoutAClock) {
    em::Timeline timeline;
    ASSERT_TRUE(timeline.Follow(Data(), Budapest()));
    EXPECT_EQ(timeline.Start(), (em::Date{2001, 11, 23}));
    EXPECT_FALSE(timeline.EventDates().empty());
    timeline.SetDate(em::Date{1990, 1, 1});
    EXPECT_EQ(timeline.Current(), timeline.Start());  // clamped
    timeline.SetDaysPerSecond(10);
    timeline.Play();
    EXPECT_TRUE(timeline.Advance(1.0));
    EXPECT_EQ(timeline.Current(), (em::Date{2001, 12, 3}));
    timeline.Pause();
    EXPECT_FALSE(timeline.Advance(5.0));
    EXPECT_TRUE(timeline.StepToNextEvent());
    EXPECT_GT(timeline.Current(), (em::Date{2001, 12, 3}));
    em::ViewOptions o;
    o.instrument = "nope";
    std::string error;
    EXPECT_FALSE(timeline.Follow(Data(), *em::View::FromOptions(o, &error), &error));
    EXPECT_NE(error.find("nope"), std::string::npos);
}

TEST(EmbedApi, HeadlessRendererGivesPixelsPngAndSvgInMemory) {
    em::HeadlessRenderer renderer;
    em::RenderOptions options;
    options.width = 320;
    options.height = 180;
    std::string error;
    em::Image image;
    ASSERT_TRUE(renderer.RenderRgba(Data(), Budapest(), em::Date{2012, 6, 30}, options, &image, &error)) << error;
    EXPECT_EQ(image.width, 320);
    EXPECT_EQ(image.rgba.size(), 320u * 180u * 4u);
    long party = 0;  // "Party, in force" in the light theme: #0F1849 (src/core/style/palettes.cpp)
    for (std::size_t i = 0; i < image.rgba.size(); i += 4)
        party += image.rgba[i] == 0x0F && image.rgba[i + 1] == 0x18 && image.rgba[i + 2] == 0x49;
    EXPECT_GT(party, 150);  // ~290 at this size, most of them the United States
    std::vector<std::uint8_t> png;
    ASSERT_TRUE(renderer.RenderPng(Data(), Budapest(), em::Date{2012, 6, 30}, options, &png, &error)) << error;
    ASSERT_GT(png.size(), 8u);
    EXPECT_EQ(std::string(png.begin() + 1, png.begin() + 4), "PNG");
    std::string svg;
    ASSERT_TRUE(renderer.RenderSvg(Data(), Budapest(), em::Date{2012, 6, 30}, options, &svg, &error)) << error;
    EXPECT_NE(svg.find("<svg"), std::string::npos);
    options.width = 4;
    EXPECT_FALSE(renderer.RenderRgba(Data(), Budapest(), em::Date{2012, 6, 30}, options, &image, &error));
}

TEST(EmbedApi, WriteFileIsAtomicAndNamesTheProblem) {
    em::HeadlessRenderer renderer;
    em::RenderOptions options;
    options.width = 160;
    options.height = 90;
    std::string error;
    EXPECT_FALSE(renderer.WriteFile("/no/such/dir/map.png", Data(), Budapest(), em::Date{2012, 6, 30}, options, &error));
    EXPECT_NE(error.find("/no/such/dir/map.png"), std::string::npos) << error;
    const std::string path = ::testing::TempDir() + "engagemap-embed-test.svg";
    ASSERT_TRUE(renderer.WriteFile(path, Data(), Budapest(), em::Date{2012, 6, 30}, options, &error)) << error;
    std::remove(path.c_str());
}
