// The country-ID raster behind the map (EGL surfaceless, llvmpipe): a colour change redraws only
// the palette pass and gives the same picture as drawing everything anew; the raster answers
// "which country is under this pixel" for hover and click.
#include <gtest/gtest.h>

#include <memory>

#include "core/document/map_document.hpp"
#include "render/headless_gl_context.hpp"
#include "render/map_canvas.hpp"

namespace engagemap {
namespace {

class IdRasterTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        std::string error;
        context_ = HeadlessGlContext::Create(&error);
        ASSERT_TRUE(context_) << error;
        GeodataOptions options;
        options.path = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";
        options.layer = "countries_50m";
        std::vector<LoadError> errors;
        document_ = LoadMapDocument(options, &errors);
        ASSERT_TRUE(document_) << (errors.empty() ? "" : errors.front().ToString());
    }
    static void TearDownTestSuite() {
        document_.reset();
        context_.reset();
    }

    // A canvas showing the bundled 1:50m map in Equal Earth, fitted to `view`.
    static std::unique_ptr<MapCanvas> NewCanvas(MapView& view, int width, int height) {
        auto canvas = std::make_unique<MapCanvas>();
        std::string error;
        EXPECT_TRUE(canvas->Init(&error)) << error;
        canvas->SetDocument(*document_);
        canvas->SetProjection(ProjectionKind::EqualEarth);
        view.SetViewport(width, height);
        view.FitWorld(ProjectionKind::EqualEarth, 8.0);
        return canvas;
    }

    // Colours that differ from country to country; every `uncertainEvery`-th is "uncertain"
    // (alpha under 192: drawn hatched).
    static std::vector<Rgba8> Colours(int shift, int uncertainEvery) {
        const Rgba8 palette[] = {RgbHex(0x0f1a4d), RgbHex(0x3a8fb7), RgbHex(0xe8a33d), RgbHex(0x9bc53d), RgbHex(0xc3423f)};
        std::vector<Rgba8> colours;
        for (size_t i = 0; i < document_->countries.countries.size(); ++i) {
            Rgba8 c = palette[(i + static_cast<size_t>(shift)) % 5];
            if (i % static_cast<size_t>(uncertainEvery) == 0) c.a = 128;
            colours.push_back(c);
        }
        return colours;
    }

    static std::unique_ptr<HeadlessGlContext> context_;
    static std::unique_ptr<MapDocument> document_;
};
std::unique_ptr<HeadlessGlContext> IdRasterTest::context_;
std::unique_ptr<MapDocument> IdRasterTest::document_;

TEST_F(IdRasterTest, PalettePassAfterADateChangeMatchesAFullRedraw) {
    MapView view;
    auto scrubbed = NewCanvas(view, 960, 540);
    const MapStyle style;
    scrubbed->UpdateColours(Colours(0, 7));
    ASSERT_TRUE(scrubbed->Render(view, style, 1.0f));
    const RgbaImage before = scrubbed->Target().ReadPixels();
    const size_t rasterPasses = scrubbed->Renderer().Stats().rasterPasses;
    EXPECT_EQ(rasterPasses, 1u);

    // The "date change": new colours (other countries uncertain), same camera.
    scrubbed->UpdateColours(Colours(2, 5));
    ASSERT_TRUE(scrubbed->Render(view, style, 1.0f));
    EXPECT_EQ(scrubbed->Renderer().Stats().rasterPasses, rasterPasses) << "a colour change redraws no geometry";
    const RgbaImage palettePass = scrubbed->Target().ReadPixels();

    MapView freshView;
    auto fresh = NewCanvas(freshView, 960, 540);
    fresh->UpdateColours(Colours(2, 5));
    ASSERT_TRUE(fresh->Render(freshView, style, 1.0f));
    const RgbaImage fullRedraw = fresh->Target().ReadPixels();

    ASSERT_EQ(palettePass.pixels.size(), fullRedraw.pixels.size());
    EXPECT_TRUE(palettePass.pixels == fullRedraw.pixels) << "palette pass and full redraw differ";
    EXPECT_FALSE(palettePass.pixels == before.pixels) << "the colour change must show";

    // A pan draws the geometry again.
    view.Pan(25, 0);
    ASSERT_TRUE(scrubbed->Render(view, style, 1.0f));
    EXPECT_EQ(scrubbed->Renderer().Stats().rasterPasses, rasterPasses + 1);
}

TEST_F(IdRasterTest, AnswersHoverAtLabelPoints) {
    MapView view;
    auto canvas = NewCanvas(view, 1920, 1080);
    ASSERT_TRUE(canvas->Render(view, MapStyle{}, 1.0f));
    const CountrySet& set = document_->countries;
    const ProjectedCountries& projected = canvas->Hits().Projected();
    // Large countries at their label points, and small ones at their markers (Malta, Singapore,
    // Bahrain are drawn as discs at this size, away from other markers).
    for (const char* iso : {"FRA", "USA", "BRA", "CHN", "AUS", "IND", "ZAF", "RUS", "CAN", "ARG", "DZA", "KAZ", "MEX",
                            "EGY", "NGA", "MLT", "SGP", "BHR"}) {
        const int country = set.Find(iso);
        ASSERT_GE(country, 0) << iso;
        const Vec2 at = view.ProjectedToScreen(projected.Label(country));
        const int hit = canvas->CountryAtPixel(view, at.x, at.y);
        ASSERT_GE(hit, 0) << iso << ": no country at its label point";
        EXPECT_EQ(set.countries[static_cast<size_t>(hit)].key, iso);
    }
    // The South Atlantic and the background outside the globe.
    const Vec2 ocean = view.ProjectedToScreen(Project(ProjectionKind::EqualEarth, LonLat{-15, -35}));
    EXPECT_EQ(canvas->CountryAtPixel(view, ocean.x, ocean.y), MapRenderer::kNoCountry);
    EXPECT_EQ(canvas->CountryAtPixel(view, 2, 2), MapRenderer::kNoCountry);
    // Another camera than the one drawn: the raster does not answer.
    MapView panned = view;
    panned.Pan(10, 0);
    EXPECT_EQ(canvas->CountryAtPixel(panned, 500, 500), MapRenderer::kNoRaster);
}

}  // namespace
}  // namespace engagemap
