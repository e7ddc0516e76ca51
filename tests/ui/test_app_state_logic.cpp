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
    app.session.document = std::shared_ptr<const MapDocument>(LoadMapDocument(app.options.geodata, &errors));
    ASSERT_TRUE(app.session.document);
    LoadDatasetFile(app, kSource + "/datasets/engagemap.json");
    ASSERT_TRUE(app.session.dataset);
}

TEST(AppStateLogic, ADateChangeThatChangesNoColourRedrawsNothing) {
    AppState app;
    LoadData(app);
    if (HasFatalFailure()) return;
    ASSERT_TRUE(SelectInstrumentA(app.explorer, *app.session.dataset, "budapest"));
    app.explorer.timeline.Controller().SetDate(CivilDate{2010, 3, 1});
    EXPECT_TRUE(RecolourMap(app, false)) << "new data: the map gets colours";
    app.explorer.timeline.Controller().SetDate(CivilDate{2010, 3, 2});
    EXPECT_FALSE(RecolourMap(app, true)) << "no country changed status overnight";
    app.explorer.timeline.Controller().SetDate(CivilDate{2024, 10, 31});
    EXPECT_TRUE(RecolourMap(app, true)) << "fourteen years later the map differs";
    app.explorer.viewState.kind = ViewKind::Breadth;
    app.explorer.coloursDirty = true;  // what the view panel reports
    EXPECT_TRUE(RecolourMap(app, false));
    EXPECT_EQ(app.explorer.request.kind, ViewKind::Breadth);
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
    app.session.story.slides = {compare, broken};
    app.presentation.deck.SetCount(2);

    ApplySlide(app, 0, 0.0);
    EXPECT_EQ(app.presentation.slideError, "");
    EXPECT_EQ(app.explorer.viewState, compare.view);
    EXPECT_EQ(app.explorer.timeline.Controller().Date(), *compare.date);
    EXPECT_EQ(app.map.Projection(), ProjectionKind::Robinson);
    EXPECT_EQ(app.presentation.camera.to, *compare.view.camera);
    EXPECT_FALSE(app.explorer.request.signaturesCount) << "the signatures option reaches the shown view";
    EXPECT_EQ(app.session.dataset->instruments[static_cast<size_t>(app.explorer.request.instrumentB)].id, "foc");

    ApplySlide(app, 1, 1.0);
    EXPECT_EQ(app.presentation.slideError, "slide 2 cannot be shown: unknown instrument 'no-such-forum'");
    EXPECT_EQ(app.presentation.deck.Current(), 1u);
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

// The view owns instrument A: the instrument list edits viewState.instrumentA and the timeline
// (range, ticks, chart) follows it; nothing copies A back from the timeline.
TEST(AppStateLogic, TheTimelineFollowsTheViewsInstrumentA) {
    AppState app;
    LoadData(app);
    if (HasFatalFailure()) return;
    ASSERT_TRUE(SelectInstrumentA(app.explorer, *app.session.dataset, "budapest"));
    ASSERT_NE(app.explorer.timeline.SelectedInstrument(), nullptr);
    EXPECT_EQ(app.explorer.timeline.SelectedInstrument()->id, "budapest");
    EXPECT_FALSE(SelectInstrumentA(app.explorer, *app.session.dataset, "no-such-instrument"));
    EXPECT_EQ(app.explorer.viewState.instrumentA, "budapest") << "an unknown id changes nothing";

    app.explorer.viewState.instrumentA = "foc";  // what the instrument list reports
    app.explorer.coloursDirty = true;
    EXPECT_TRUE(RecolourMap(app, false));
    ASSERT_NE(app.explorer.timeline.SelectedInstrument(), nullptr);
    EXPECT_EQ(app.explorer.timeline.SelectedInstrument()->id, "foc");
    EXPECT_EQ(app.session.dataset->instruments[static_cast<size_t>(app.explorer.request.instrument)].id, "foc");
    EXPECT_EQ(CurrentViewState(app).instrumentA, "foc");

    app.explorer.viewState.instrumentA.clear();
    EXPECT_TRUE(SyncTimelineToView(app.explorer));
    EXPECT_EQ(app.explorer.timeline.SelectedInstrument(), nullptr);
    EXPECT_FALSE(SyncTimelineToView(app.explorer)) << "already following";
}

// Date changes are pushed by the timeline (not compared each frame): the explorer learns of each
// one, and RecolourMap takes it.
TEST(AppStateLogic, TheTimelinePushesDateChangesToTheExplorer) {
    AppState app;
    LoadData(app);
    if (HasFatalFailure()) return;
    ASSERT_TRUE(SelectInstrumentA(app.explorer, *app.session.dataset, "budapest"));
    RecolourMap(app, false);
    EXPECT_FALSE(app.explorer.dateChanged);
    app.explorer.timeline.Controller().SetDate(CivilDate{2015, 6, 1});
    EXPECT_TRUE(app.explorer.dateChanged);
    RecolourMap(app, true);
    EXPECT_FALSE(app.explorer.dateChanged);
    app.explorer.timeline.Controller().SetDate(CivilDate{2015, 6, 1});
    EXPECT_FALSE(app.explorer.dateChanged) << "the same day is no change";
}

// A view panel's edit, applied as the window applies it (coloursDirty), recolours the map: no
// panel and no GL context involved.
TEST(AppStateLogic, AViewChangeRecoloursTheMap) {
    AppState app;
    LoadData(app);
    if (HasFatalFailure()) return;
    ASSERT_TRUE(SelectInstrumentA(app.explorer, *app.session.dataset, "budapest"));
    app.explorer.timeline.Controller().SetDate(CivilDate{2020, 1, 1});
    ASSERT_TRUE(RecolourMap(app, false));
    const std::vector<Rgba8> whole = app.explorer.colours;
    EXPECT_FALSE(RecolourMap(app, false)) << "nothing changed";

    app.explorer.viewState.regions = {"Africa"};  // the region filter's edit
    app.explorer.coloursDirty = true;
    EXPECT_TRUE(RecolourMap(app, false));
    EXPECT_FALSE(app.explorer.request.region.Empty());
    EXPECT_NE(app.explorer.colours, whole) << "countries outside Africa are dimmed";
}

// A clicker step in the explorer (no storyboard): by year, the caption says what the year brought,
// the changed countries are kept for outlining, both for a few seconds; at the end nothing moves.
TEST(AppStateLogic, StepTimeByYearKeepsCaptionAndOutline) {
    AppState app;
    LoadData(app);
    if (HasFatalFailure()) return;
    ASSERT_TRUE(SelectInstrumentA(app.explorer, *app.session.dataset, "budapest"));
    app.explorer.stepMode = StepMode::Year;
    app.explorer.timeline.Controller().SetDate(CivilDate{2004, 12, 31});
    ASSERT_TRUE(StepTime(app, true, 100.0));
    EXPECT_EQ(app.explorer.timeline.Controller().Date(), (CivilDate{2005, 12, 31}));
    EXPECT_EQ(app.explorer.stepCaption.rfind("2005: ", 0), 0u) << app.explorer.stepCaption;
    EXPECT_FALSE(app.explorer.stepOutline.empty());
    EXPECT_DOUBLE_EQ(app.explorer.stepCaptionUntil, 100.0 + kStepCaptionSeconds);
    EXPECT_DOUBLE_EQ(app.explorer.stepOutlineUntil, 100.0 + kStepOutlineSeconds);
    app.explorer.timeline.Controller().JumpToEnd();
    EXPECT_FALSE(StepTime(app, true, 200.0));
    EXPECT_DOUBLE_EQ(app.explorer.stepCaptionUntil, 100.0 + kStepCaptionSeconds) << "nothing new to say";
}

// Exports are named after what is shown: the slide's title while presenting, else the view and date.
TEST(AppStateLogic, ExportStemNamesTheViewOrTheSlide) {
    AppState app;
    LoadData(app);
    if (HasFatalFailure()) return;
    ASSERT_TRUE(SelectInstrumentA(app.explorer, *app.session.dataset, "budapest"));
    app.explorer.timeline.Controller().SetDate(CivilDate{2012, 6, 30});
    EXPECT_EQ(ExportStem(app), "budapest-2012-06-30");
    app.explorer.viewState.kind = ViewKind::Breadth;
    app.explorer.viewState.regions = {"Africa"};
    EXPECT_EQ(ExportStem(app).rfind("breadth-", 0), 0u) << ExportStem(app);
    EXPECT_NE(ExportStem(app).find("africa"), std::string::npos) << ExportStem(app);
    Slide slide;
    slide.title = "The Pacific";
    slide.view.instrumentA = "budapest";
    app.session.story.slides = {slide};
    app.presentation.deck.SetCount(1);
    app.presentation.active = true;
    ApplySlide(app, 0, 0.0);
    EXPECT_EQ(ExportStem(app), "the-pacific");
}

}  // namespace
}  // namespace engagemap
