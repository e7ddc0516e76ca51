// Golden images of the headless timeline export: the Budapest Convention at three dates, with
// the overlay a person reads (title, large date, legend with counts and notes).
#include <gtest/gtest.h>

#include <set>

#include "../render/golden_image.hpp"
#include "core/data/dataset_loader.hpp"
#include "render/headless_gl_context.hpp"
#include "ui/timeline_export.hpp"

namespace engagemap {
namespace {

TEST(TimelineExport, GoldenBudapestAtThreeDates) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    ASSERT_TRUE(context) << error;
    GeodataOptions geo;
    geo.path = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";
    geo.layer = "countries_50m";
    std::vector<LoadError> errors;
    auto doc = LoadMapDocument(geo, &errors);
    ASSERT_TRUE(doc);
    std::set<std::string> known;
    for (const auto& c : doc->countries.countries) known.insert(c.key);
    DatasetLoadOptions options;
    options.knownCountries = &known;
    DatasetLoadResult dataset = LoadDataset(std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/engagemap.json", options);
    ASSERT_TRUE(dataset.Ok()) << dataset.errors.front().ToString();

    for (const char* date : {"2004-07-01", "2012-06-30", "2024-10-31"}) {
        TimelineExportOptions ex;
        ex.map.width = 1280;
        ex.map.height = 720;
        ex.instrumentId = "budapest";
        ex.date = *ParseCivilDate(date);
        RgbaImage image;
        ASSERT_TRUE(RenderTimelineImage(*doc, dataset.dataset, ex, image, &error)) << error;
        EXPECT_EQ(test::CheckGolden(std::string("budapest_") + date, image), "") << date;
    }
}

TEST(TimelineExport, UnknownInstrumentIsAnError) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    ASSERT_TRUE(context) << error;
    MapDocument doc;
    Dataset dataset;
    TimelineExportOptions ex;
    ex.instrumentId = "no-such-treaty";
    RgbaImage image;
    EXPECT_FALSE(RenderTimelineImage(doc, dataset, ex, image, &error));
    EXPECT_EQ(error, "unknown instrument 'no-such-treaty'");
}

}  // namespace
}  // namespace engagemap
