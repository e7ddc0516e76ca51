// The sample briefing that ships (datasets/budapest-briefing.story.json) is valid against the bundled
// dataset and geodata: it loads without errors or warnings, every slide has a title, a caption and
// speaker notes, resolves to a view, and exports (headless, as `--export F --story S` does).
#include <gtest/gtest.h>

#include <memory>
#include <set>

#include "core/data/dataset_loader.hpp"
#include "core/story/storyboard_ids.hpp"
#include "core/timeline/instrument_timeline.hpp"
#include "export/timeline_export.hpp"
#include "render/headless_gl_context.hpp"
#include "bundled_data.hpp"

namespace engagemap {
namespace {

const char* kBriefing = ENGAGEMAP_SOURCE_DIR "/datasets/budapest-briefing.story.json";

TEST(SampleBriefing, LoadsAgainstTheBundledDataAndEverySlideResolvesAndExports) {
    BundledData data;
    ASSERT_TRUE(data.doc);
    ASSERT_TRUE(data.dataset.Ok());
    const StoryboardKnownIds known = KnownStoryboardIds(&data.dataset.dataset, data.doc->countries);
    StoryboardLoadOptions options;
    known.ApplyTo(&options);
    const StoryboardLoadResult story = LoadStoryboard(kBriefing, options);
    ASSERT_TRUE(story.Ok()) << story.errors.front().ToString();
    EXPECT_TRUE(story.warnings.empty()) << story.warnings.front().ToString();
    const auto& slides = story.storyboard.slides;
    ASSERT_GE(slides.size(), 6u);

    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    ASSERT_TRUE(context) << error;
    std::vector<RgbaImage> images;
    for (std::size_t i = 0; i < slides.size(); ++i) {
        const Slide& slide = slides[i];
        SCOPED_TRACE("slide " + std::to_string(i + 1) + ": " + slide.title);
        EXPECT_FALSE(slide.title.empty());
        EXPECT_FALSE(slide.caption.empty());
        EXPECT_FALSE(slide.notes.empty());
        ExportOptions map;
        map.width = 480;
        map.height = 270;
        const TimelineExportOptions tex = StillOptionsForSlide(slide, map, LatestDatasetDate(data.dataset.dataset));
        ViewRequest request;
        ASSERT_TRUE(ResolveViewState(tex.view, data.dataset.dataset, data.doc->countries, tex.date, &request, &error))
            << error;
        const ViewResult view = BuildView(data.dataset.dataset, data.doc->countries, request);
        EXPECT_FALSE(view.legend.entries.empty());
        RgbaImage image;
        ASSERT_TRUE(RenderTimelineImage(*data.doc, data.dataset.dataset, tex, image, &error)) << error;
        ASSERT_EQ(image.width, 480);
        ASSERT_EQ(image.height, 270);
        images.push_back(std::move(image));
    }
    // Each slide shows something different from the one before it (a slide is not a copy).
    for (std::size_t i = 1; i < images.size(); ++i) EXPECT_NE(images[i].pixels, images[i - 1].pixels) << i;
}

}  // namespace
}  // namespace engagemap
