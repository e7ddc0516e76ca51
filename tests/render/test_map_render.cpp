// Headless rendering tests (EGL surfaceless, llvmpipe): golden images of the bundled geodata,
// antimeridian correctness, and that recolouring never uploads geometry.
#include <gtest/gtest.h>

#include <cmath>
#include <memory>

#include "core/document/map_document.hpp"
#include "golden_image.hpp"
#include "render/headless_export.hpp"
#include "render/headless_gl_context.hpp"
#include "render/map_canvas.hpp"

namespace engagemap {
namespace {

class RenderTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        std::string error;
        context_ = HeadlessGlContext::Create(&error);
        ASSERT_TRUE(context_) << error;
    }
    static void TearDownTestSuite() { context_.reset(); }

    static std::unique_ptr<MapDocument> Load(const std::string& path, const std::string& layer) {
        GeodataOptions options;
        options.path = path;
        options.layer = layer;
        std::vector<LoadError> errors;
        auto doc = LoadMapDocument(options, &errors);
        EXPECT_TRUE(doc) << (errors.empty() ? "" : errors.front().ToString());
        return doc;
    }
    static std::string Bundled() { return std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg"; }

    static std::unique_ptr<HeadlessGlContext> context_;
};
std::unique_ptr<HeadlessGlContext> RenderTest::context_;

Rgba8 PixelAt(const RgbaImage& image, Vec2 p) {
    const int x = std::clamp(static_cast<int>(p.x), 0, image.width - 1);
    const int y = std::clamp(static_cast<int>(p.y), 0, image.height - 1);
    const uint8_t* px = &image.pixels[(static_cast<size_t>(y) * image.width + x) * 4];
    return Rgba8{px[0], px[1], px[2], px[3]};
}

TEST_F(RenderTest, ContextIsOpenGl33Core) {
    const std::string version = context_->Version();
    int major = 0, minor = 0;
    ASSERT_EQ(std::sscanf(version.c_str(), "%d.%d", &major, &minor), 2) << version;
    EXPECT_GE(major * 10 + minor, 33) << version;
}

TEST_F(RenderTest, GoldenWorld110mEqualEarth) {
    auto doc = Load(Bundled(), "countries_110m");
    ASSERT_TRUE(doc);
    ExportOptions ex;
    ex.width = 960;
    ex.height = 540;
    RgbaImage image;
    std::string error;
    ASSERT_TRUE(RenderMapImage(*doc, ex, image, &error)) << error;
    EXPECT_EQ(test::CheckGolden("world_110m_equal_earth", image), "");
}

TEST_F(RenderTest, GoldenWorld50mEveryProjection) {
    auto doc = Load(Bundled(), "countries_50m");
    ASSERT_TRUE(doc);
    for (ProjectionKind kind : kAllProjections) {
        ExportOptions ex;
        ex.width = 800;
        ex.height = 450;
        ex.projection = kind;
        RgbaImage image;
        std::string error;
        ASSERT_TRUE(RenderMapImage(*doc, ex, image, &error)) << error;
        EXPECT_EQ(test::CheckGolden(std::string("world_50m_") + ProjectionId(kind), image), "");
    }
}

// The Pacific at both edges of the map: Fiji, Tonga, Samoa and Chukotka are cut at ±180° in
// the data, so nothing smears across the map and no border is drawn along the cut.
TEST_F(RenderTest, GoldenPacificAroundTheAntimeridian) {
    auto doc = Load(Bundled(), "countries_50m");
    ASSERT_TRUE(doc);
    struct View {
        const char* name;
        LonLatBox box;
    } views[] = {{"pacific_fiji_50m", {165, -25, 180, -10}},
                 {"pacific_samoa_tonga_50m", {-180, -25, -165, -10}},
                 {"pacific_chukotka_50m", {160, 55, 180, 75}}};
    for (const auto& v : views) {
        ExportOptions ex;
        ex.width = 800;
        ex.height = 600;
        ex.projection = ProjectionKind::Equirectangular;
        ex.focus = v.box;
        RgbaImage image;
        std::string error;
        ASSERT_TRUE(RenderMapImage(*doc, ex, image, &error)) << error;
        EXPECT_EQ(test::CheckGolden(v.name, image), "") << v.name;
    }
}

// A "stitched" source ring (edges jumping across ±180°, as in world-atlas TopoJSON) and a ring
// around the South Pole, loaded through OGR, must draw without a streak across the map.
TEST_F(RenderTest, StitchedRingsDrawWithoutStreak) {
    auto doc = Load(std::string(ENGAGEMAP_TEST_DATA_DIR) + "/render/fiji_stitched.geojson", "");
    ASSERT_TRUE(doc);
    MapStyle style;
    style.land = RgbHex(0xFF0000);
    style.border = RgbHex(0xFF0000);
    doc->colours.clear();  // all countries in the land colour

    MapCanvas canvas;
    std::string error;
    ASSERT_TRUE(canvas.Init(&error)) << error;
    canvas.SetDocument(*doc);
    canvas.SetProjection(ProjectionKind::Equirectangular);
    MapView view;
    view.SetViewport(720, 360);  // half a degree per pixel
    view.FitWorld(ProjectionKind::Equirectangular, 0);
    ASSERT_TRUE(canvas.Render(view, style, 1.0f));
    const RgbaImage image = canvas.Target().ReadPixels();
    auto at = [&](double lon, double lat) {
        return PixelAt(image, view.ProjectedToScreen(Project(ProjectionKind::Equirectangular, {lon, lat})));
    };
    // Fiji is filled on both sides of the antimeridian.
    EXPECT_EQ(at(178.0, -17.0), style.land);
    EXPECT_EQ(at(-179.0, -17.2), style.land);
    // Open ocean along Fiji's latitude: a streak would fill it.
    for (double lon = -170; lon <= 170; lon += 2) {
        if (lon > -62 && lon < -38) continue;  // the box feature
        EXPECT_EQ(at(lon, -17.0), style.ocean) << "streak at lon " << lon;
    }
    // Antarctica: the ring around the pole is closed along -90, so the polar cap is filled.
    for (double lon = -170; lon <= 170; lon += 20) EXPECT_EQ(at(lon, -80.0), style.land) << lon;
    EXPECT_EQ(at(0.0, -60.0), style.ocean);
}

TEST_F(RenderTest, RecolourUploadsNoGeometry) {
    auto doc = Load(std::string(ENGAGEMAP_TEST_DATA_DIR) + "/render/fiji_stitched.geojson", "");
    ASSERT_TRUE(doc);
    MapCanvas canvas;
    std::string error;
    ASSERT_TRUE(canvas.Init(&error)) << error;
    canvas.SetDocument(*doc);
    canvas.SetProjection(ProjectionKind::Equirectangular);
    MapView view;
    view.SetViewport(360, 180);
    view.FitWorld(ProjectionKind::Equirectangular, 0);
    MapStyle style;
    ASSERT_TRUE(canvas.Render(view, style, 1.0f));
    const UploadStats before = canvas.Renderer().Stats();
    EXPECT_EQ(before.geometryUploads, 1u);

    const int bra = doc->countries.Find("BRA");
    ASSERT_GE(bra, 0);
    doc->colours.assign(doc->countries.countries.size(), style.land);
    doc->colours[static_cast<size_t>(bra)] = RgbHex(0x123456);
    canvas.UpdateColours(*doc);
    ASSERT_TRUE(canvas.Render(view, style, 1.0f));
    const UploadStats after = canvas.Renderer().Stats();
    EXPECT_EQ(after.geometryUploads, before.geometryUploads);
    EXPECT_EQ(after.geometryBytes, before.geometryBytes);
    EXPECT_EQ(after.colourUploads, before.colourUploads + 1);
    // One row of 256 RGBA8 entries: the palette.
    EXPECT_EQ(after.colourBytes, 256u * 4u);
    const RgbaImage image = canvas.Target().ReadPixels();
    EXPECT_EQ(PixelAt(image, view.ProjectedToScreen(Project(ProjectionKind::Equirectangular, {-50, -10}))),
              RgbHex(0x123456));
}

TEST_F(RenderTest, ExportRejectsImpossibleSizes) {
    auto doc = Load(std::string(ENGAGEMAP_TEST_DATA_DIR) + "/render/fiji_stitched.geojson", "");
    ASSERT_TRUE(doc);
    ExportOptions ex;
    ex.width = 0;
    RgbaImage image;
    std::string error;
    EXPECT_FALSE(RenderMapImage(*doc, ex, image, &error));
    EXPECT_EQ(error, "image size must be between 1x1 and 16384x16384 pixels");
}

}  // namespace
}  // namespace engagemap
