// One view state end to end: what the window shows (AppState), the slide it saves, the storyboard
// file, and the exports are the same ViewState and the same picture, for every view kind with
// filters, a zoomed camera and each view option. Also: a video export keeps the data it started
// with while the window reloads the dataset and switches the boundary scale, and a slide the data
// cannot show is refused with a reason instead of showing the previous map.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <unistd.h>

#include "core/story/storyboard.hpp"
#include "render/headless_gl_context.hpp"
#include "ui/app_state.hpp"
#include "export/timeline_export.hpp"
#include "export/video_export.hpp"

namespace engagemap {
namespace {

namespace fs = std::filesystem;

const std::string kSource = ENGAGEMAP_SOURCE_DIR;
const std::string kDatasetPath = kSource + "/datasets/engagemap.json";

// A scratch directory per test, removed afterwards.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& name) {
        path_ = fs::temp_directory_path() / ("engagemap-viewstate-" + std::to_string(::getpid()) + "-" + name);
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }

private:
    fs::path path_;
};

std::string ReadAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// A window's state without the window: the bundled geodata at `layer` and the bundled dataset,
// loaded by the same functions the window uses. Needs a current GL context (the map widget).
void LoadWindowData(AppState& app, const std::string& layer = "countries_50m") {
    app.options.geodata.path = kSource + "/geodata/countries.gpkg";
    app.options.geodata.layer = layer;
    app.options.datasetPath = kDatasetPath;
    std::vector<LoadError> errors;
    app.session.document = std::shared_ptr<const MapDocument>(LoadMapDocument(app.options.geodata, &errors));
    ASSERT_TRUE(app.session.document);
    app.map.SetDocument(app.session.document.get());
    LoadDatasetFile(app, kDatasetPath);
    ASSERT_TRUE(app.session.dataset) << (app.session.datasetErrors.empty() ? "" : app.session.datasetErrors[0].ToString());
}

// What the storyboard loader is told the data knows (as the window and the command line do).
struct KnownIds {
    std::set<std::string> instruments, pillars, regions;
    StoryboardLoadOptions Options() const {
        StoryboardLoadOptions o;
        o.knownInstruments = &instruments;
        o.knownPillars = &pillars;
        o.knownRegions = &regions;
        return o;
    }
};
KnownIds Known(const AppState& app) {
    KnownIds k;
    for (const Instrument& i : app.session.dataset->instruments) k.instruments.insert(i.id), k.regions.insert(i.id);
    for (const Pillar& p : app.session.dataset->pillars) k.pillars.insert(p.id);
    for (const auto& c : app.session.document->countries.countries) {
        if (!c.region.empty()) k.regions.insert(c.region);
        if (!c.subregion.empty()) k.regions.insert(c.subregion);
    }
    return k;
}

struct RoundTripCase {
    const char* name;
    ViewState state;  // camera set: every case is zoomed
};

// Test names, not byte dumps, in ctest's list.
void PrintTo(const RoundTripCase& c, std::ostream* os) { *os << c.name; }

ViewState Make(ViewKind kind, const char* a, const char* b, std::vector<std::string> regions,
               std::vector<std::string> pillars, std::vector<std::string> kinds, bool signatures, ProjectionKind projection,
               SlideCamera camera, Theme theme) {
    ViewState s;
    s.kind = kind;
    s.instrumentA = a;
    s.instrumentB = b;
    s.regions = std::move(regions);
    s.pillars = std::move(pillars);
    s.kinds = std::move(kinds);
    s.signaturesCount = signatures;
    s.projection = projection;
    s.camera = camera;
    s.theme = theme;
    return s;
}

// `state` centred on `meridian` (degrees).
ViewState Centred(ViewState state, double meridian) {
    state.centralMeridian = meridian;
    return state;
}

// `state` with country labels (a list, "changed" or "all").
ViewState Labelled(ViewState state, const char* labels) {
    state.labels = *ParseLabelSelection(labels);
    return state;
}

// Every view kind, each with a filter and a zoomed camera; between them every option: both
// signature settings, both themes, all five projections, region / subregion / members-of
// filters, pillar and kind filters. The cameras of the breadth and compare cases show a country
// whose colour depends on the signatures option (South Africa signed the Budapest Convention in
// 2001 without ratifying it).
const RoundTripCase kCases[] = {
    {"status_region_robinson_dark",
     Make(ViewKind::InstrumentStatus, "budapest", "", {"Europe"}, {}, {}, true, ProjectionKind::Robinson,
          SlideCamera{15.0, 50.0, 3.0}, Theme::Dark)},
    {"status_members_of_osce",
     Make(ViewKind::InstrumentStatus, "budapest", "", {"osce"}, {}, {}, true, ProjectionKind::EqualEarth,
          SlideCamera{40.0, 45.0, 2.0}, Theme::Light)},
    {"breadth_pillar_kind_no_signatures",
     Make(ViewKind::Breadth, "", "", {"Africa"}, {"law-enforcement"}, {"treaty"}, false,
          ProjectionKind::NaturalEarth, SlideCamera{22.0, -15.0, 2.5}, Theme::Light)},
    {"breadth_signatures_dark",
     Make(ViewKind::Breadth, "", "", {"Sub-Saharan Africa"}, {}, {"treaty", "forum"}, true, ProjectionKind::EqualEarth,
          SlideCamera{22.0, -15.0, 3.0}, Theme::Dark)},
    {"compare_no_signatures_mercator",
     Make(ViewKind::Compare, "budapest", "foc", {"Sub-Saharan Africa", "Americas"}, {}, {}, false,
          ProjectionKind::WebMercator, SlideCamera{22.0, -15.0, 2.0}, Theme::Light)},
    {"compare_signatures_equirectangular",
     Make(ViewKind::Compare, "budapest", "malabo", {"Africa"}, {}, {}, true, ProjectionKind::Equirectangular,
          SlideCamera{22.0, -15.0, 2.5}, Theme::Dark)},
    // Centred on the Pacific: the window recentres its document, the slide and the export agree.
    {"status_pacific_centred_170",
     Centred(Make(ViewKind::InstrumentStatus, "budapest", "", {"Oceania"}, {}, {}, true, ProjectionKind::EqualEarth,
                  SlideCamera{0.0, -15.0, 2.0}, Theme::Light),
             170.0)},
    // Labels: a list of small states on the Pacific-centred map, and the states that changed.
    {"status_pacific_labels_ton_kir_fji",
     Labelled(Centred(Make(ViewKind::InstrumentStatus, "budapest", "", {}, {}, {}, true, ProjectionKind::EqualEarth,
                           SlideCamera{5.0, -12.0, 3.0}, Theme::Light),  // lon relative to the meridian: 175°E
                      170.0),
              "TON,KIR,FJI")},
    {"breadth_labels_all_dark",
     Labelled(Make(ViewKind::Breadth, "", "", {"Europe"}, {}, {"treaty"}, true, ProjectionKind::Robinson,
                   SlideCamera{15.0, 50.0, 3.0}, Theme::Dark),
              "all")},
};

class ViewStateRoundTrip : public ::testing::TestWithParam<RoundTripCase> {
protected:
    void SetUp() override {
        std::string error;
        context_ = HeadlessGlContext::Create(&error);
        ASSERT_TRUE(context_) << error;
    }
    std::unique_ptr<HeadlessGlContext> context_;
};

// window state -> slide -> storyboard file -> export: the same ViewState and the same picture.
TEST_P(ViewStateRoundTrip, WindowSlideFileAndExportAgree) {
    const RoundTripCase& c = GetParam();
    AppState app;
    LoadWindowData(app);
    if (HasFatalFailure()) return;

    // The window shows the case: instrument A picked in the instrument list (the timeline follows), the view panel's state,
    // the map's projection and camera, the theme.
    const std::string timelineInstrument = c.state.instrumentA.empty() ? "foc" : c.state.instrumentA;
    app.explorer.viewState = c.state;
    ASSERT_TRUE(SelectInstrumentA(app.explorer, *app.session.dataset, timelineInstrument));
    app.explorer.timeline.Controller().SetDate(CivilDate{2020, 1, 1});
    app.map.SetProjection(c.state.projection);
    app.map.SetView(CameraView(*c.state.camera, c.state.projection, 1600, 900));
    SetTheme(app, c.state.theme);
    RecolourMap(app, false);
    ASSERT_FALSE(app.explorer.view.colours.empty()) << "the view resolves";

    // 1. What the window shows.
    const ViewState shown = CurrentViewState(app);
    EXPECT_EQ(shown.kind, c.state.kind);
    EXPECT_EQ(shown.instrumentA, c.state.kind == ViewKind::Breadth ? "" : timelineInstrument);
    EXPECT_EQ(shown.instrumentB, c.state.instrumentB);
    EXPECT_EQ(shown.regions, c.state.regions);
    EXPECT_EQ(shown.pillars, c.state.pillars);
    EXPECT_EQ(shown.kinds, c.state.kinds);
    EXPECT_EQ(shown.signaturesCount, c.state.signaturesCount);
    EXPECT_EQ(shown.projection, c.state.projection);
    EXPECT_EQ(shown.theme, c.state.theme);
    ASSERT_TRUE(shown.camera);
    EXPECT_NEAR(shown.camera->centerLon, c.state.camera->centerLon, 1e-3);
    EXPECT_NEAR(shown.camera->centerLat, c.state.camera->centerLat, 1e-3);
    EXPECT_NEAR(shown.camera->zoom, c.state.camera->zoom, 1e-6);

    EXPECT_EQ(shown, NormalizedViewState(shown)) << "only what the view kind uses";

    // 2. The slide it saves: that value.
    const Slide slide = SlideFromCurrentView(app);
    EXPECT_EQ(slide.view, shown);
    EXPECT_EQ(slide.date, app.explorer.timeline.Controller().Date());

    // 3. The storyboard file gives the slide back exactly, checked against the loaded data.
    ScratchDir dir(c.name);
    Storyboard story;
    story.slides.push_back(slide);
    std::string error;
    ASSERT_TRUE(SaveStoryboard(dir / "s.json", story, &error)) << error;
    const KnownIds known = Known(app);
    const StoryboardLoadResult loaded = LoadStoryboard(dir / "s.json", known.Options());
    ASSERT_TRUE(loaded.Ok()) << loaded.errors[0].ToString();
    ASSERT_EQ(loaded.storyboard.slides.size(), 1u);
    EXPECT_EQ(loaded.storyboard.slides[0], slide);

    // 4. The exports: File > Export PNG of the window, and the slide as the command line's
    //    --story export writes it. Same ViewState, same picture.
    const TimelineExportOptions fromWindow = ExportOptionsForCurrentView(app, 640, 360);
    const TimelineExportOptions fromSlide =
        StillOptionsForSlide(loaded.storyboard.slides[0], fromWindow.map, CivilDate{1999, 1, 1});
    EXPECT_EQ(fromWindow.view, fromSlide.view);
    EXPECT_EQ(fromWindow.date, fromSlide.date);
    RgbaImage windowImage, slideImage;
    ASSERT_TRUE(RenderTimelineImage(*app.session.document, *app.session.dataset, fromWindow, windowImage, &error)) << error;
    ASSERT_TRUE(RenderTimelineImage(*app.session.document, *app.session.dataset, fromSlide, slideImage, &error)) << error;
    EXPECT_TRUE(windowImage.pixels == slideImage.pixels) << "the slide's export differs from the window's";

    // The picture is the view: another option or camera gives another picture.
    TimelineExportOptions other = fromWindow;
    other.view.camera = SlideCamera{};
    RgbaImage otherImage;
    ASSERT_TRUE(RenderTimelineImage(*app.session.document, *app.session.dataset, other, otherImage, &error)) << error;
    EXPECT_FALSE(otherImage.pixels == windowImage.pixels) << "the camera must reach the export";
    if (c.state.kind != ViewKind::InstrumentStatus) {
        other = fromWindow;
        other.view.signaturesCount = !other.view.signaturesCount;
        ASSERT_TRUE(RenderTimelineImage(*app.session.document, *app.session.dataset, other, otherImage, &error)) << error;
        EXPECT_FALSE(otherImage.pixels == windowImage.pixels) << "the signatures option must reach the export";
    }
    EXPECT_EQ(shown.labels, c.state.labels);
    if (!c.state.labels.Empty()) {
        other = fromWindow;
        other.view.labels = {};
        ASSERT_TRUE(RenderTimelineImage(*app.session.document, *app.session.dataset, other, otherImage, &error)) << error;
        EXPECT_FALSE(otherImage.pixels == windowImage.pixels) << "the labels must reach the export";
    }
    if (c.state.centralMeridian != 0.0) {
        other = fromWindow;
        other.view.centralMeridian = 0.0;
        ASSERT_TRUE(RenderTimelineImage(*app.session.document, *app.session.dataset, other, otherImage, &error)) << error;
        EXPECT_FALSE(otherImage.pixels == windowImage.pixels) << "the central meridian must reach the export";
    }
}

INSTANTIATE_TEST_SUITE_P(EveryViewKindAndOption, ViewStateRoundTrip, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<RoundTripCase>& info) { return std::string(info.param.name); });

// A video export started from the window keeps the data it started with: reloading the dataset
// (a new object, instruments reordered) and switching the boundary scale mid-export change nothing
// in the frames, and nothing reads freed memory (run under ASan: SANITIZE=1 scripts/test).
TEST(VideoExportSnapshots, ReloadAndScaleSwitchMidExport) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    ASSERT_TRUE(context) << error;
    AppState app;
    LoadWindowData(app);
    if (HasFatalFailure()) return;
    ASSERT_TRUE(SelectInstrumentA(app.explorer, *app.session.dataset, "budapest"));
    app.explorer.viewState.kind = ViewKind::Compare;
    app.explorer.viewState.instrumentB = "foc";
    app.explorer.viewState.signaturesCount = false;
    RecolourMap(app, false);

    VideoExportOptions o;
    o.frame.map.width = 320;
    o.frame.map.height = 180;
    o.frame.view = CurrentViewState(app);
    o.from = CivilDate{2005, 1, 1};
    o.to = CivilDate{2020, 1, 1};
    o.fps = 8;
    o.durationSeconds = 1.0;  // 8 frames
    ScratchDir dir("snapshots");

    // Reference: the same export with nothing happening meanwhile.
    const VideoExportResult reference = RunVideoExport(*app.session.document, *app.session.dataset, o, dir / "ref/%02d.png");
    ASSERT_TRUE(reference.ok) << reference.error;
    ASSERT_EQ(reference.framesWritten, 8);

    VideoExportJob job;
    ASSERT_TRUE(job.Start(std::shared_ptr<const MapDocument>(app.session.document), app.session.dataset, o, dir / "run/%02d.png", &error))
        << error;
    ASSERT_TRUE(job.Step());
    ASSERT_TRUE(job.Step());
    const Dataset* before = app.session.dataset.get();
    const MapDocument* beforeDocument = app.session.document.get();
    LoadDatasetFile(app, kDatasetPath);  // what the file watcher does on a change
    ASSERT_NE(app.session.dataset.get(), before) << "a reload makes a new dataset object";
    SwitchLayer(app, "countries_110m");  // the boundary-scale menu
    ASSERT_NE(app.session.document.get(), beforeDocument);
    ASSERT_EQ(app.options.geodata.layer, "countries_110m");
    RecolourMap(app, false);
    while (job.Step()) {
    }
    const VideoExportResult result = job.Finish();
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.framesWritten, 8);
    for (int i = 0; i < 8; ++i) {
        char name[16];
        std::snprintf(name, sizeof name, "%02d.png", i);
        EXPECT_EQ(ReadAll(dir / (std::string("run/") + name)), ReadAll(dir / (std::string("ref/") + name))) << name;
    }
}

// The compare view names its instruments by id: a reload that reorders instruments keeps them.
TEST(WindowViewState, CompareKeepsInstrumentIdsAcrossAReorderingReload) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    ASSERT_TRUE(context) << error;
    AppState app;
    LoadWindowData(app);
    if (HasFatalFailure()) return;
    ASSERT_TRUE(SelectInstrumentA(app.explorer, *app.session.dataset, "budapest"));
    app.explorer.viewState.kind = ViewKind::Compare;
    app.explorer.viewState.instrumentB = "foc";
    app.explorer.coloursDirty = true;
    RecolourMap(app, false);
    const std::vector<Rgba8> colours = app.explorer.view.colours;

    // The same data with the instruments in reverse order, swapped in as a reload does.
    ScratchDir dir("reorder");
    nlohmann::json j = nlohmann::json::parse(ReadAll(kDatasetPath));
    std::reverse(j["instruments"].begin(), j["instruments"].end());
    {
        std::ofstream out(dir / "reordered.json");
        out << j.dump();
    }
    LoadDatasetFile(app, dir / "reordered.json");
    ASSERT_TRUE(app.session.datasetErrors.empty()) << app.session.datasetErrors[0].ToString();
    ASSERT_NE(app.session.dataset->FindInstrument("foc"), 7) << "the reload must reorder the instruments";
    RecolourMap(app, false);
    EXPECT_EQ(app.session.dataset->instruments[static_cast<size_t>(app.explorer.request.instrument)].id, "budapest");
    EXPECT_EQ(app.session.dataset->instruments[static_cast<size_t>(app.explorer.request.instrumentB)].id, "foc");
    EXPECT_EQ(app.explorer.view.colours, colours);
    EXPECT_EQ(CurrentViewState(app).instrumentB, "foc");
}

// A slide the loaded data cannot show is refused with the reason; the map keeps no stale view
// under its title (presentation mode draws the "cannot be shown" card from slideError).
TEST(WindowViewState, SlideThatDoesNotResolveIsRefusedWithAReason) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    ASSERT_TRUE(context) << error;
    AppState app;
    LoadWindowData(app);
    if (HasFatalFailure()) return;
    Slide good;
    good.view.instrumentA = "budapest";
    good.date = CivilDate{2012, 6, 30};
    Slide bad;
    bad.title = "Unknown treaty";
    bad.view.instrumentA = "no-such-treaty";
    app.session.story.slides = {good, bad};
    app.presentation.deck.SetCount(2);

    EXPECT_EQ(SlideProblem(app, good), "");
    EXPECT_EQ(SlideProblem(app, bad), "unknown instrument 'no-such-treaty'");

    ApplySlide(app, 0, 0.0);
    EXPECT_TRUE(app.presentation.slideError.empty());
    EXPECT_EQ(app.explorer.viewState.instrumentA, "budapest");
    ApplySlide(app, 1, 1.0);
    EXPECT_EQ(app.presentation.slideError, "slide 2 cannot be shown: unknown instrument 'no-such-treaty'");
    EXPECT_EQ(app.presentation.deck.Current(), 1u);
    ApplySlide(app, 0, 2.0);
    EXPECT_TRUE(app.presentation.slideError.empty()) << "a good slide clears the card";
}

}  // namespace
}  // namespace engagemap
