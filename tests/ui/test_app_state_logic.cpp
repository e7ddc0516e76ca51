// The window's slide and recolour logic without a GL context: AppState with the bundled data
// (the map widget has no document, so nothing is uploaded), driven as the window drives it.
#include <gtest/gtest.h>

#include "ui/app_state.hpp"

namespace engagemap {
namespace {

const std::string kSource = ENGAGEMAP_SOURCE_DIR;

void LoadData(AppState& app) {
    app.options.geodata.path = kSource + "/geodata/countries.gpkg";
    app.options.geodata.layer = "countries_110m";
    std::vector<LoadError> errors;
    app.document = std::shared_ptr<MapDocument>(LoadMapDocument(app.options.geodata, &errors));
    ASSERT_TRUE(app.document);
    LoadDatasetFile(app, kSource + "/datasets/engagemap.json");
    ASSERT_TRUE(app.dataset);
}

TEST(AppStateLogic, ADateChangeThatChangesNoColourRedrawsNothing) {
    AppState app;
    LoadData(app);
    if (HasFatalFailure()) return;
    ASSERT_TRUE(app.timeline.SelectInstrument("budapest"));
    app.timeline.Controller().SetDate(CivilDate{2010, 3, 1});
    EXPECT_TRUE(RecolourMap(app, false)) << "new data: the map gets colours";
    app.timeline.Controller().SetDate(CivilDate{2010, 3, 2});
    EXPECT_FALSE(RecolourMap(app, true)) << "no country changed status overnight";
    app.timeline.Controller().SetDate(CivilDate{2024, 10, 31});
    EXPECT_TRUE(RecolourMap(app, true)) << "fourteen years later the map differs";
    app.viewState.kind = ViewKind::Breadth;
    app.coloursDirty = true;  // what the view panel reports
    EXPECT_TRUE(RecolourMap(app, false));
    EXPECT_EQ(app.request.kind, ViewKind::Breadth);
}

TEST(AppStateLogic, ApplySlideShowsItsViewOrRefusesIt) {
    AppState app;
    LoadData(app);
    if (HasFatalFailure()) return;
    Slide compare;
    compare.view.kind = ViewKind::Compare;
    compare.view.instrumentA = "budapest";
    compare.view.instrumentB = "foc";
    compare.view.signaturesCount = false;
    compare.view.projection = ProjectionKind::Robinson;
    compare.view.camera = SlideCamera{15, 50, 3};
    compare.date = CivilDate{2015, 1, 1};
    Slide broken = compare;
    broken.view.instrumentB = "no-such-forum";
    app.story.slides = {compare, broken};
    app.deck.SetCount(2);

    ApplySlide(app, 0, 0.0);
    EXPECT_EQ(app.slideError, "");
    EXPECT_EQ(app.viewState, compare.view);
    EXPECT_EQ(app.timeline.Controller().Date(), *compare.date);
    EXPECT_EQ(app.map.Projection(), ProjectionKind::Robinson);
    EXPECT_EQ(app.camera.to, *compare.view.camera);
    EXPECT_FALSE(app.request.signaturesCount) << "the signatures option reaches the shown view";
    EXPECT_EQ(app.dataset->instruments[static_cast<size_t>(app.request.instrumentB)].id, "foc");

    ApplySlide(app, 1, 1.0);
    EXPECT_EQ(app.slideError, "slide 2 cannot be shown: unknown instrument 'no-such-forum'");
    EXPECT_EQ(app.deck.Current(), 1u);
    EXPECT_EQ(SlideProblem(app, broken), "unknown instrument 'no-such-forum'");

    // Saving the shown view gives the slide's view back (what File > Export PNG renders too).
    ApplySlide(app, 0, 2.0);
    app.map.SetView(CameraView(*compare.view.camera, compare.view.projection, 1600, 900));
    const Slide saved = SlideFromCurrentView(app);
    EXPECT_EQ(saved.view.kind, ViewKind::Compare);
    EXPECT_EQ(saved.view.instrumentB, "foc");
    EXPECT_FALSE(saved.view.signaturesCount);
    EXPECT_EQ(saved.date, compare.date);
    EXPECT_EQ(ExportOptionsForCurrentView(app, 640, 360).view, saved.view);
}

}  // namespace
}  // namespace engagemap
