#include "ui/app_state.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include "core/data/dataset_loader.hpp"
#include "core/story/slide_camera.hpp"
#include "core/style/map_style.hpp"
#include "export/view_csv.hpp"
#include "ui/map_overlay.hpp"

namespace engagemap {

float TextScale(const AppState& app, float framebufferHeight) {
    float scale = app.contentScale;
    if (app.presentation) scale = std::max(scale, framebufferHeight / 1080.0f);
    return scale * app.userScale;
}

bool RecolourMap(AppState& app, bool fade, double fadeSeconds) {
    if (!app.document) return false;
    const bool dataChanged = app.coloursDirty;
    const Instrument* a = app.timeline.SelectedInstrument();
    app.viewState.instrumentA = a ? a->id : std::string();
    ViewRequest request;
    std::string error;
    const bool resolved = app.dataset && ResolveViewState(app.viewState, *app.dataset, app.document->countries,
                                                          app.timeline.Controller().Date(), &request, &error);
    app.request = resolved ? request : ViewRequest{};
    std::vector<Rgba8> before = app.document->colours;
    if (resolved) {
        ViewStyle style;
        style.noneColour = app.map.Style().land;
        app.view = BuildView(*app.dataset, app.document->countries, app.request, style);
        app.document->colours = app.view.colours;
        // The chart counts what the filter includes.
        std::optional<std::set<std::string>> keys;
        if (!app.request.region.Empty()) {
            keys.emplace();
            for (size_t i = 0; i < app.view.region.included.size(); ++i)
                if (app.view.region.included[i]) keys->insert(app.document->countries.countries[i].key);
        }
        app.timeline.SetCountryFilter(std::move(keys));
    } else {
        app.view = ViewResult{};
        app.document->colours = RegionColours(app.document->countries, app.map.Style());  // base map
    }
    app.coloursDirty = false;
    // A date change that changes no colour redraws nothing.
    if (!dataChanged && before == app.document->colours) return false;
    if (fade) app.map.FadeToColours(fadeSeconds);
    else app.map.ColoursChanged();
    return true;
}

int FindCountry(const CountrySet& countries, const std::string& text) {
    auto lower = [](std::string v) {
        for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return v;
    };
    const std::string needle = lower(text);
    if (needle.empty()) return -1;
    for (size_t i = 0; i < countries.countries.size(); ++i)
        if (lower(countries.countries[i].key) == needle) return static_cast<int>(i);
    for (size_t i = 0; i < countries.countries.size(); ++i)
        if (lower(countries.countries[i].name).find(needle) != std::string::npos) return static_cast<int>(i);
    return -1;
}

bool ExportViewCsv(const AppState& app, const std::string& path, std::string* error) {
    if (!app.dataset || !app.document) {
        if (error) *error = "no dataset loaded";
        return false;
    }
    return WriteViewCsv(*app.dataset, app.document->countries, CurrentViewState(app), app.timeline.Controller().Date(),
                        path, error);
}

void LoadDatasetFile(AppState& app, const std::string& path) {
    std::set<std::string> known;
    for (const auto& c : app.document->countries.countries) known.insert(c.key);
    DatasetLoadOptions options;
    options.knownCountries = &known;
    DatasetLoadResult result = LoadDataset(path, options);
    app.datasetErrors = result.errors;
    if (!result.Ok()) {
        app.showDatasetErrors = true;
        app.status = path + ": " + std::to_string(result.errors.size()) + " error(s); keeping the previous data";
        for (const auto& e : result.errors) std::fprintf(stderr, "engagemap: %s\n", e.ToString().c_str());
        return;
    }
    // Swap in the new data; the timeline keeps its instrument (by id) and date, the view state its
    // ids (resolved afresh by RecolourMap). A running video export keeps its own snapshot.
    auto dataset = std::make_shared<const Dataset>(std::move(result.dataset));
    app.timeline.SetData(dataset.get(), &app.document->countries);
    app.dataset = std::move(dataset);
    app.showDatasetErrors = false;
    app.status = "Loaded " + std::to_string(app.dataset->instruments.size()) + " instruments from " + path;
    app.coloursDirty = true;
}

void SwitchLayer(AppState& app, const std::string& layer) {
    GeodataOptions geo = app.options.geodata;
    geo.layer = layer;
    std::vector<LoadError> errors;
    auto doc = LoadMapDocument(geo, &errors);
    if (!doc) {
        app.status = errors.empty() ? "cannot load " + layer : errors.front().ToString();
        return;  // keep the current document
    }
    app.options.geodata = geo;
    app.document = std::shared_ptr<MapDocument>(std::move(doc));  // an export keeps the old one
    app.map.SetDocument(app.document.get());
    app.timeline.SetData(app.dataset.get(), &app.document->countries);
    app.coloursDirty = true;
    app.status = "Loaded " + std::to_string(app.document->countries.countries.size()) + " countries from " + layer;
}

bool LoadStoryFile(AppState& app, const std::string& path) {
    std::set<std::string> instruments, pillars, regions;
    if (app.dataset) {
        for (const Instrument& i : app.dataset->instruments) instruments.insert(i.id), regions.insert(i.id);
        for (const Pillar& p : app.dataset->pillars) pillars.insert(p.id);
    }
    for (const auto& c : app.document->countries.countries) {
        if (!c.region.empty()) regions.insert(c.region);
        if (!c.subregion.empty()) regions.insert(c.subregion);
    }
    StoryboardLoadOptions options;
    options.knownInstruments = &instruments;
    options.knownPillars = &pillars;
    options.knownRegions = &regions;
    StoryboardLoadResult result = LoadStoryboard(path, options);
    app.storyPath = path;
    if (!result.Ok()) {
        app.datasetErrors = result.errors;  // shown in the problems panel
        app.showDatasetErrors = true;
        app.status = path + ": storyboard refused (" + std::to_string(result.errors.size()) + " error(s))";
        for (const auto& e : result.errors) std::fprintf(stderr, "engagemap: %s\n", e.ToString().c_str());
        return false;
    }
    for (const auto& w : result.warnings) std::fprintf(stderr, "engagemap: warning: %s\n", w.ToString().c_str());
    app.story = std::move(result.storyboard);
    app.deck.SetCount(app.story.slides.size());
    app.deck.First();
    app.status = "Storyboard: " + std::to_string(app.story.slides.size()) + " slides from " + path;
    return true;
}

std::string SlideProblem(const AppState& app, const Slide& slide) {
    if (!app.dataset || !app.document) return "no dataset is loaded";
    ViewRequest request;
    std::string error;
    const CivilDate day = SlideStillDate(slide).value_or(app.timeline.Controller().Date());
    if (!ResolveViewState(slide.view, *app.dataset, app.document->countries, day, &request, &error)) return error;
    return std::string();
}

void ApplySlide(AppState& app, std::size_t index, double nowSeconds) {
    if (index >= app.story.slides.size()) return;
    const Slide& slide = app.story.slides[index];
    app.deck.GoTo(index);
    app.slideActive = true;
    app.slideStart = nowSeconds;
    if (const std::string problem = SlideProblem(app, slide); !problem.empty()) {
        // Never the previous slide's map under this slide's title: presentation mode shows a card.
        app.slideError = "slide " + std::to_string(index + 1) + " cannot be shown: " + problem;
        app.status = app.slideError;
        return;
    }
    app.slideError.clear();
    const ViewState& view = slide.view;
    if (!view.instrumentA.empty()) app.timeline.SelectInstrument(view.instrumentA);
    const CivilDate date = slide.range ? slide.range->from : slide.date ? *slide.date : app.timeline.Controller().Date();
    app.timeline.Controller().Pause();
    app.timeline.Controller().SetDate(date);
    app.viewState = view;
    // The theme stays the presenter's choice for the room (View > Dark theme); the slide's theme
    // is what its exports use.
    const SlideCamera from = CameraFromView(app.map.View(), app.map.Projection());
    app.map.SetProjection(view.projection);
    // The map's edge is the antimeridian: move the centre directly, never across ±180°.
    app.camera = CameraTransition{from, view.camera.value_or(SlideCamera{}), kDefaultTransitionSeconds};
    app.cameraFramesLeft = 3;
    app.coloursDirty = true;
    RecolourMap(app, true, kDefaultTransitionSeconds);
}

void AnimateSlide(AppState& app, double nowSeconds) {
    if (!app.slideActive || !app.slideError.empty() || app.deck.Current() >= app.story.slides.size()) return;
    const Slide& slide = app.story.slides[app.deck.Current()];
    const double elapsed = nowSeconds - app.slideStart;
    const bool moving = elapsed < app.camera.durationSeconds;
    if (moving || app.cameraFramesLeft > 0) {
        const double t = TransitionProgress(elapsed, app.camera.durationSeconds);
        const SlideCamera cam = InterpolateCamera(app.camera.from, app.camera.to, t, LongitudePath::Direct);
        const MapView& v = app.map.View();
        app.map.SetView(CameraView(cam, app.map.Projection(), v.ViewportWidth(), v.ViewportHeight(),
                                   8.0 * app.contentScale));
        if (!moving) app.cameraFramesLeft--;
    }
    if (slide.range) {
        const CivilDate date = SlideDateAt(slide, elapsed, slide.range->from);
        if (date != app.timeline.Controller().Date()) app.timeline.Controller().SetDate(date);
    }
}

ViewState CurrentViewState(const AppState& app) {
    ViewState state = app.viewState;
    const Instrument* a = app.timeline.SelectedInstrument();
    state.instrumentA = a ? a->id : std::string();
    state.projection = app.map.Projection();
    state.camera = CameraFromView(app.map.View(), app.map.Projection());
    state.theme = app.theme;
    return NormalizedViewState(state);
}

TimelineExportOptions ExportOptionsForCurrentView(const AppState& app, int width, int height) {
    TimelineExportOptions options;
    options.map.width = width;
    options.map.height = height;
    options.map.projection = app.map.Projection();
    options.map.style = app.map.Style();
    options.view = CurrentViewState(app);
    options.date = app.timeline.Controller().Date();
    return options;
}

Slide SlideFromCurrentView(const AppState& app) {
    Slide slide;
    slide.view = CurrentViewState(app);
    slide.date = app.timeline.Controller().Date();
    // The title the window shows for this view (with its region filter), so the slide looks the same.
    if (app.dataset && !app.view.colours.empty())
        slide.title = OverlayForView(app.timeline, *app.dataset, app.request, app.view, 120).title;  // caption days do not change the title
    return slide;
}

void SetTheme(AppState& app, Theme theme) {
    app.theme = theme;
    app.map.Style() = MapStyleFor(theme, app.map.Style());
    app.fontScale = 0.0f;  // forces the style rebuild with the new colours
    app.coloursDirty = true;
}

}  // namespace engagemap
