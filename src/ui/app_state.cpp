#include "ui/app_state.hpp"

#include "core/io/atomic_file.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include <cpl_vsi.h>

#include "core/data/dataset_loader.hpp"
#include "core/filter/view_table.hpp"
#include "core/story/slide_camera.hpp"
#include "core/style/map_style.hpp"

namespace engagemap {

float TextScale(const AppState& app, float framebufferHeight) {
    float scale = app.contentScale;
    if (app.presentation) scale = std::max(scale, framebufferHeight / 1080.0f);
    return scale * app.userScale;
}

void RecolourMap(AppState& app, bool fade, double fadeSeconds) {
    if (!app.document) return;
    app.request.instrument = app.timeline.InstrumentIndex();
    app.request.date = app.timeline.Controller().Date();
    if (app.dataset && (app.request.instrument >= 0 || app.request.kind == ViewKind::Breadth)) {
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
    if (fade) app.map.FadeToColours(fadeSeconds);
    else app.map.ColoursChanged();
    app.coloursDirty = false;
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
    const std::string csv = ViewTableCsv(*app.dataset, app.document->countries, app.request, app.view);
    return WriteOutputFile(path, csv, error);
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
    // Swap in the new data; the timeline keeps its instrument (by id) and date.
    auto dataset = std::make_unique<Dataset>(std::move(result.dataset));
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
    app.document = std::move(doc);
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

void ApplySlide(AppState& app, std::size_t index, double nowSeconds) {
    if (index >= app.story.slides.size() || !app.dataset) return;
    const Slide& slide = app.story.slides[index];
    ViewSpec spec = SlideViewSpec(slide);
    if (!spec.instrumentA.empty()) app.timeline.SelectInstrument(spec.instrumentA);
    const CivilDate date = slide.range ? slide.range->from : slide.date ? *slide.date : app.timeline.Controller().Date();
    app.timeline.Controller().Pause();
    app.timeline.Controller().SetDate(date);
    ViewRequest request;
    std::string error;
    if (ResolveViewSpec(spec, *app.dataset, app.document->countries, date, &request, &error)) app.request = request;
    else app.status = "Slide " + std::to_string(index + 1) + ": " + error;
    const SlideCamera from = CameraFromView(app.map.View(), app.map.Projection());
    app.map.SetProjection(slide.projection);
    // The map's edge is the antimeridian: move the centre directly, never across ±180°.
    app.camera = CameraTransition{from, slide.camera, kDefaultTransitionSeconds};
    app.cameraFramesLeft = 3;
    app.slideActive = true;
    app.slideStart = nowSeconds;
    app.deck.GoTo(index);
    RecolourMap(app, true, kDefaultTransitionSeconds);
}

void AnimateSlide(AppState& app, double nowSeconds) {
    if (!app.slideActive || app.deck.Current() >= app.story.slides.size()) return;
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

Slide SlideFromCurrentView(const AppState& app) {
    Slide slide;
    const ViewRequest& r = app.request;
    slide.view = r.kind == ViewKind::Breadth ? SlideView::Breadth
                 : r.kind == ViewKind::Compare ? SlideView::Compare
                                               : SlideView::Instrument;
    auto id = [&](int index) {
        return app.dataset && index >= 0 ? app.dataset->instruments[static_cast<size_t>(index)].id : std::string();
    };
    if (slide.view != SlideView::Breadth && !id(app.timeline.InstrumentIndex()).empty())
        slide.instruments.push_back(id(app.timeline.InstrumentIndex()));
    if (slide.view == SlideView::Compare && !id(r.instrumentB).empty()) slide.instruments.push_back(id(r.instrumentB));
    for (const auto& x : r.region.regions) slide.filters.regions.push_back(x);
    for (const auto& x : r.region.subregions) slide.filters.regions.push_back(x);
    for (const auto& x : r.region.instruments) slide.filters.regions.push_back(x);
    for (const auto& x : r.instruments.pillars) slide.filters.pillars.push_back(x);
    for (InstrumentKind k : r.instruments.kinds) slide.filters.kinds.emplace_back(ToString(k));
    slide.projection = app.map.Projection();
    slide.camera = CameraFromView(app.map.View(), app.map.Projection());
    slide.date = app.timeline.Controller().Date();
    if (app.dataset && !app.view.legend.title.empty()) slide.title = app.view.legend.title;
    return slide;
}

void SetTheme(AppState& app, Theme theme) {
    app.theme = theme;
    app.map.Style() = MapStyleFor(theme, app.map.Style());
    app.fontScale = 0.0f;  // forces the style rebuild with the new colours
    app.coloursDirty = true;
}

}  // namespace engagemap
