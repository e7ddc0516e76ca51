// Golden images of the headless timeline export: the Budapest Convention at three dates, with
// the overlay a person reads (title, large date, legend with counts and notes).
#include <gtest/gtest.h>

#include <memory>
#include <set>

#include "../render/golden_image.hpp"
#include "core/data/dataset_loader.hpp"
#include "render/headless_gl_context.hpp"
#include "export/timeline_export.hpp"
#include "bundled_data.hpp"

namespace engagemap {
namespace {


TEST(TimelineExport, GoldenBudapestAtThreeDates) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    ASSERT_TRUE(context) << error;
    BundledData data;
    ASSERT_TRUE(data.doc);
    ASSERT_TRUE(data.dataset.Ok()) << data.dataset.errors.front().ToString();
    const auto& doc = data.doc;
    const auto& dataset = data.dataset;

    for (const char* date : {"2004-07-01", "2012-06-30", "2024-10-31"}) {
        TimelineExportOptions ex;
        ex.map.width = 1280;
        ex.map.height = 720;
        ex.view.instrumentA = "budapest";
        ex.date = *ParseCivilDate(date);
        RgbaImage image;
        ASSERT_TRUE(RenderTimelineImage(*doc, dataset.dataset, ex, image, &error)) << error;
        EXPECT_EQ(test::CheckGolden(std::string("budapest_") + date, image), "") << date;
    }
}

// Breadth of engagement, two instruments compared, and a region-filtered status view.
TEST(TimelineExport, GoldenBreadthCompareAndRegionViews) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    ASSERT_TRUE(context) << error;
    BundledData data;
    ASSERT_TRUE(data.doc);
    ASSERT_TRUE(data.dataset.Ok());
    struct Case {
        const char* golden;
        const char* instrument;
        ViewState view;
        const char* date;
    };
    ViewState breadth;
    breadth.kind = ViewKind::Breadth;
    ViewState breadthLaw = breadth;
    breadthLaw.pillars = {"law-enforcement"};
    breadthLaw.kinds = {"treaty"};
    ViewState compare;
    compare.kind = ViewKind::Compare;
    compare.instrumentB = "foc";
    ViewState region;
    region.regions = {"Africa", "osce"};
    const Case cases[] = {{"view_breadth_2024-10-31", "", breadth, "2024-10-31"},
                          {"view_breadth_law_treaties_2024-10-31", "", breadthLaw, "2024-10-31"},
                          {"view_compare_budapest_foc_2020-01-01", "budapest", compare, "2020-01-01"},
                          {"view_region_africa_osce_budapest_2024-10-31", "budapest", region, "2024-10-31"}};
    for (const Case& c : cases) {
        TimelineExportOptions ex;
        ex.map.width = 1280;
        ex.map.height = 720;
        ex.view = c.view;
        ex.view.instrumentA = c.instrument;
        ex.date = *ParseCivilDate(c.date);
        RgbaImage image;
        ASSERT_TRUE(RenderTimelineImage(*data.doc, data.dataset.dataset, ex, image, &error)) << c.golden << ": " << error;
        EXPECT_EQ(test::CheckGolden(c.golden, image), "") << c.golden;
    }
}

// Bilateral dialogues of the United States on 2016-06-01: great-circle arcs from the U.S. to each
// partner, Russia suspended (dashed), the arcs to Japan, Korea and China cut at the antimeridian
// (the map's edge at the default central meridian), in two projections.
TEST(TimelineExport, GoldenBilateralArcsInTwoProjections) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    ASSERT_TRUE(context) << error;
    BundledData data;
    ASSERT_TRUE(data.doc);
    ASSERT_TRUE(data.dataset.Ok());
    for (ProjectionKind projection : {ProjectionKind::EqualEarth, ProjectionKind::WebMercator}) {
        TimelineExportOptions ex;
        ex.map.width = 1280;
        ex.map.height = 720;
        ex.view.instrumentA = "us-cyber-dialogues";
        ex.view.projection = projection;
        ex.date = *ParseCivilDate("2016-06-01");
        RgbaImage image;
        ASSERT_TRUE(RenderTimelineImage(*data.doc, data.dataset.dataset, ex, image, &error)) << error;
        const std::string golden = std::string("bilateral_us_2016-06-01_") + ProjectionId(projection);
        EXPECT_EQ(test::CheckGolden(golden, image), "") << golden;
    }
}

// The Budapest Convention on 2024-10-31 centred on the Pacific (--central-meridian 170): Fiji,
// Tonga, Kiribati and Samoa in the middle, the map cut at 10°W, in three projections.
TEST(TimelineExport, GoldenPacificCentredInThreeProjections) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    ASSERT_TRUE(context) << error;
    BundledData data;
    ASSERT_TRUE(data.doc);
    ASSERT_TRUE(data.dataset.Ok());
    for (ProjectionKind projection : {ProjectionKind::EqualEarth, ProjectionKind::Robinson, ProjectionKind::WebMercator}) {
        TimelineExportOptions ex;
        ex.map.width = 1280;
        ex.map.height = 720;
        ex.view.instrumentA = "budapest";
        ex.view.projection = projection;
        ex.view.centralMeridian = 170.0;
        ex.date = *ParseCivilDate("2024-10-31");
        RgbaImage image;
        ASSERT_TRUE(RenderTimelineImage(*data.doc, data.dataset.dataset, ex, image, &error)) << error;
        const std::string golden = std::string("pacific_170_budapest_2024-10-31_") + ProjectionId(projection);
        EXPECT_EQ(test::CheckGolden(golden, image), "") << golden;
    }
}

// Issue 20's arcs across the antimeridian: the U.S. dialogues on 2016-06-01 centred on 150°E, so
// the arcs to Japan and Korea cross the Pacific unbroken, in two projections.
TEST(TimelineExport, GoldenBilateralArcsAcrossThePacific) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    ASSERT_TRUE(context) << error;
    BundledData data;
    ASSERT_TRUE(data.doc);
    ASSERT_TRUE(data.dataset.Ok());
    for (ProjectionKind projection : {ProjectionKind::EqualEarth, ProjectionKind::NaturalEarth}) {
        TimelineExportOptions ex;
        ex.map.width = 1280;
        ex.map.height = 720;
        ex.view.instrumentA = "us-cyber-dialogues";
        ex.view.projection = projection;
        ex.view.centralMeridian = 150.0;
        ex.date = *ParseCivilDate("2016-06-01");
        RgbaImage image;
        ASSERT_TRUE(RenderTimelineImage(*data.doc, data.dataset.dataset, ex, image, &error)) << error;
        const std::string golden = std::string("bilateral_us_pacific_150_2016-06-01_") + ProjectionId(projection);
        EXPECT_EQ(test::CheckGolden(golden, image), "") << golden;
    }
}

TEST(TimelineExport, UnknownInstrumentIsAnError) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    ASSERT_TRUE(context) << error;
    MapDocument doc;
    Dataset dataset;
    TimelineExportOptions ex;
    ex.view.instrumentA = "no-such-treaty";
    RgbaImage image;
    EXPECT_FALSE(RenderTimelineImage(doc, dataset, ex, image, &error));
    EXPECT_EQ(error, "unknown instrument 'no-such-treaty'");
}

}  // namespace
}  // namespace engagemap

namespace engagemap {
namespace {

// Legend placements: asked outside (a band below the map, the map shrunk), auto on a date when
// the ocean has room (a spot off the instrument's countries) and when it has not (outside), and
// a corner; each with the text sized from the output height.
TEST(TimelineExport, GoldenLegendPlacements) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    ASSERT_TRUE(context) << error;
    BundledData data;
    ASSERT_TRUE(data.doc);
    ASSERT_TRUE(data.dataset.Ok());
    struct Case {
        const char* golden;
        LegendPlacement legend;
        const char* date;
        Theme theme;
    };
    for (const Case& c : {Case{"legend_outside_dark_2024-10-31", LegendPlacement::Outside, "2024-10-31", Theme::Dark},
                          Case{"legend_auto_2003-06-30", LegendPlacement::Auto, "2003-06-30", Theme::Light},
                          Case{"legend_top_right_2012-06-30", LegendPlacement::TopRight, "2012-06-30", Theme::Light}}) {
        TimelineExportOptions ex;
        ex.map.width = 1280;
        ex.map.height = 720;
        ex.view.instrumentA = "budapest";
        ex.view.legend = c.legend;
        ex.view.theme = c.theme;
        ex.date = *ParseCivilDate(c.date);
        RgbaImage image;
        ASSERT_TRUE(RenderTimelineImage(*data.doc, data.dataset.dataset, ex, image, &error)) << error;
        EXPECT_EQ(test::CheckGolden(c.golden, image), "") << c.golden;
    }
}

// Country labels: the Pacific small states named with leader lines on the Pacific-centred map
// (--labels TON,KIR,FJI --central-meridian 170 --focus), and the countries whose status changed
// in the year before 2004-07-01 (the treaty entered into force then) across the world.
TEST(TimelineExport, GoldenCountryLabels) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    ASSERT_TRUE(context) << error;
    BundledData data;
    ASSERT_TRUE(data.doc);
    ASSERT_TRUE(data.dataset.Ok());
    struct Case {
        const char* golden;
        const char* labels;
        const char* date;
        double meridian;
        LonLatBox focus;
    };
    for (const Case& c : {Case{"labels_pacific_ton_kir_fji_2024-10-31", "TON,KIR,FJI", "2024-10-31", 170.0,
                               LonLatBox{150.0, -35.0, 210.0, 10.0}},
                          Case{"labels_changed_2004-07-01", "changed", "2004-07-01", 0.0, LonLatBox{}}}) {
        TimelineExportOptions ex;
        ex.map.width = 1280;
        ex.map.height = 720;
        if (c.focus.maxLon > c.focus.minLon) ex.map.focus = c.focus;
        ex.view.instrumentA = "budapest";
        ex.view.labels = *ParseLabelSelection(c.labels);
        ex.view.centralMeridian = c.meridian;
        ex.date = *ParseCivilDate(c.date);
        RgbaImage image;
        ASSERT_TRUE(RenderTimelineImage(*data.doc, data.dataset.dataset, ex, image, &error)) << error;
        EXPECT_EQ(test::CheckGolden(c.golden, image), "") << c.golden;
    }
}

}  // namespace
}  // namespace engagemap
