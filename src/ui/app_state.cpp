#include "ui/app_state.hpp"

#include "core/data/country_names.hpp"
#include "core/io/output_names.hpp"

#include "core/story/storyboard_ids.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include "core/data/dataset_loader.hpp"
#include "core/filter/view_table.hpp"
#include "core/io/atomic_file.hpp"
#include "core/io/output_name.hpp"
#include "core/query/event_range.hpp"
#include "core/story/slide_camera.hpp"
#include "core/style/map_style.hpp"
#include "export/view_csv.hpp"
#include "ui/map_overlay.hpp"
#include "ui/window_labels.hpp"

#include <imgui.h>

namespace engagemap {

float TextScale(const AppState& app, float framebufferHeight) {
    float scale = app.prefs.contentScale;
    if (app.presentation.active || scale <= 1.0f) scale = std::max(scale, framebufferHeight / 1080.0f);
    return scale * app.prefs.userScale;
}

OverlayTypeScale PresentationTypeScale(const AppState& app) {
    return TypeScaleForOutput(ImGui::GetIO().DisplaySize.y, static_cast<float>(app.explorer.viewState.textScale));
}

Explorer::Explorer() {
    timeline.Controller().SetDateListener([this](const CivilDate&) { dateChanged = true; });
}

bool SyncTimelineToView(Explorer& explorer) {
    const Instrument* shown = explorer.timeline.SelectedInstrument();
    const std::string& wanted = explorer.viewState.instrumentA;
    if (shown ? shown->id == wanted : wanted.empty()) return false;
    if (wanted.empty() || !explorer.timeline.SelectInstrument(wanted)) explorer.timeline.SelectInstrument(-1);
    return true;
}

bool SelectInstrumentA(Explorer& explorer, const Dataset& dataset, const std::string& id) {
    if (dataset.FindInstrument(id) < 0) return false;
    explorer.viewState.instrumentA = id;
    explorer.viewState.hub.clear();  // the new instrument's own hub
    SyncTimelineToView(explorer);
    explorer.coloursDirty = true;
    return true;
}

// Recentres the shown document when the view's central meridian changed (once per change), and
// points the map widget (mesh, hit test) and the timeline at it.
void ApplyCentralMeridian(AppState& app) {
    if (!app.session.geodata) app.session.geodata = app.session.document;
    const double meridian = app.explorer.viewState.centralMeridian;
    if (app.session.document->countries.centralMeridian == meridian) return;
    app.session.document = RecentredDocument(app.session.geodata, meridian);  // an export keeps the old one
    app.map.SetDocument(app.session.document.get());
    app.explorer.timeline.SetData(app.session.dataset.get(), &app.session.document->countries);
}

bool RecolourMap(AppState& app, bool fade, double fadeSeconds) {
    if (!app.session.document) return false;
    ApplyCentralMeridian(app);
    const bool dataChanged = app.explorer.coloursDirty;
    SyncTimelineToView(app.explorer);
    ViewRequest request;
    std::string error;
    const bool resolved = app.session.dataset && ResolveViewState(app.explorer.viewState, *app.session.dataset, app.session.document->countries,
                                                          app.explorer.timeline.Controller().Date(), &request, &error);
    app.explorer.request = resolved ? request : ViewRequest{};
    std::vector<Rgba8> before = std::move(app.explorer.colours);
    if (resolved) {
        ViewStyle style;
        style.theme = app.prefs.theme;
        style.noneColour = app.map.Style().land;
        app.explorer.view = BuildView(*app.session.dataset, app.session.document->countries, app.explorer.request, style);
        app.explorer.colours = app.explorer.view.colours;
        app.explorer.labelsBefore = LabelsBeforeView(app, style);
        // The chart counts what the filter includes.
        std::optional<std::set<std::string>> keys;
        if (!app.explorer.request.region.Empty()) {
            keys.emplace();
            for (size_t i = 0; i < app.explorer.view.region.included.size(); ++i)
                if (app.explorer.view.region.included[i]) keys->insert(app.session.document->countries.countries[i].key);
        }
        app.explorer.timeline.SetCountryFilter(std::move(keys));
    } else {
        app.explorer.labelsBefore.reset();
        app.explorer.view = ViewResult{};
        app.explorer.colours = RegionColours(app.session.document->countries, app.map.Style());  // base map
    }
    app.explorer.coloursDirty = false;
    app.explorer.dateChanged = false;
    app.map.ShowArcs(ViewStrokes(app.explorer.view));
    // A date change that changes no colour redraws nothing (arcs redraw through the canvas's own check).
    if (!dataChanged && before == app.explorer.colours) return false;
    if (fade) app.map.FadeToColours(app.explorer.colours, fadeSeconds);
    else app.map.ShowColours(app.explorer.colours);
    return true;
}

std::vector<int> CountrySuggestions(const CountrySet& countries, const std::string& text, size_t limit) {
    std::vector<CountryNameEntry> entries;
    entries.reserve(countries.countries.size());
    for (const auto& c : countries.countries) entries.push_back({c.key, c.name});
    std::vector<int> out;
    for (const CountryMatch& m : RankCountryMatches(entries, text, limit)) out.push_back(static_cast<int>(m.index));
    return out;
}

int FindCountry(const CountrySet& countries, const std::string& text) {
    const std::vector<int> best = CountrySuggestions(countries, text, 1);
    return best.empty() ? -1 : best.front();
}

bool ExportViewCsv(const AppState& app, const std::string& path, std::string* error) {
    if (!app.session.dataset || !app.session.document) {
        if (error) *error = "no dataset loaded";
        return false;
    }
    return WriteViewCsv(*app.session.dataset, app.session.document->countries, CurrentViewState(app), app.explorer.timeline.Controller().Date(),
                        path, error);
}

void RefreshTableTab(AppState& app) {
    TableTab& tab = app.table;
    tab.change.reset();
    tab.error.clear();
    const Dataset* dataset = app.session.dataset.get();
    if (!dataset || !app.session.document) {
        tab.caption = "No dataset loaded.";
        tab.model.SetTable({});
        return;
    }
    const CivilDate day = app.explorer.timeline.Controller().Date();
    if (!tab.range) {
        tab.caption = "The map's view on " + ToString(day) + ", countries inside the region filter";
        tab.model.SetTable(app.explorer.view.colours.empty()
                               ? ViewTable{}
                               : BuildViewTable(*dataset, app.session.document->countries, app.explorer.request,
                                                app.explorer.view));
        return;
    }
    const int index = dataset->FindInstrument(app.explorer.viewState.instrumentA);
    const auto from = ParseCivilDate(tab.from), to = ParseCivilDate(tab.to);
    if (index < 0) tab.error = "Choose an instrument (A) for a date range.";
    else if (!from) tab.error = "From: not a date (YYYY-MM-DD).";
    else if (!to) tab.error = "To: not a date (YYYY-MM-DD).";
    else if (*to < *from) tab.error = "To is before From.";
    if (!tab.error.empty()) {
        tab.caption.clear();
        tab.model.SetTable({});
        return;
    }
    const Instrument& instrument = dataset->instruments[static_cast<std::size_t>(index)];
    const RangeEventsResult result = EventsInRange(instrument, tab.event, {*from, *to});
    tab.caption = instrument.id + " " + std::string(ToString(tab.event)) + " events from " + tab.from + " to " + tab.to +
                  ": " + std::to_string(result.certainCountries) + " countries certain, " +
                  std::to_string(result.possibleOnlyCountries) + " more possible";
    tab.change = CountChangeOverRange(*dataset, index, *from, *to);
    tab.model.SetTable(RangeEventsTable(result));
}

std::string TableExportName(const AppState& app) {
    std::string name = "engagemap-table";
    if (!app.explorer.viewState.instrumentA.empty()) name += "-" + app.explorer.viewState.instrumentA;
    if (app.table.range) name += "-" + app.table.from + "_" + app.table.to;
    else name += "-" + ToString(app.explorer.timeline.Controller().Date());
    return FileNameSafe(name) + ".csv";
}

std::string ExportTableTabCsv(const AppState& app, std::string* error) {
    const std::string path = UnusedOutputPath(TableExportName(app));
    if (path.empty()) {
        if (error) *error = "no free file name for " + TableExportName(app);
        return {};
    }
    if (!WriteOutputFile(path, ToCsv(app.table.model.Shown()), error)) return {};
    return path;
}

void LoadDatasetFile(AppState& app, const std::string& path) {
    std::set<std::string> known;
    for (const auto& c : app.session.document->countries.countries) known.insert(c.key);
    DatasetLoadOptions options;
    options.knownCountries = &known;
    DatasetLoadResult result = LoadDataset(path, options);
    app.session.datasetErrors = result.errors;
    if (!result.Ok()) {
        app.session.showDatasetErrors = true;
        app.status = path + ": " + std::to_string(result.errors.size()) + " error(s); keeping the previous data";
        for (const auto& e : result.errors) std::fprintf(stderr, "engagemap: %s\n", e.ToString().c_str());
        return;
    }
    // Swap in the new data; the timeline keeps its instrument (by id) and date, the view state its
    // ids (resolved afresh by RecolourMap). A running video export keeps its own snapshot.
    auto dataset = std::make_shared<const Dataset>(std::move(result.dataset));
    app.explorer.timeline.SetData(dataset.get(), &app.session.document->countries);
    app.session.dataset = std::move(dataset);
    app.session.showDatasetErrors = false;
    app.status = "Loaded " + std::to_string(app.session.dataset->instruments.size()) + " instruments from " + path;
    app.explorer.coloursDirty = true;
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
    app.session.geodata = std::shared_ptr<const MapDocument>(std::move(doc));
    app.session.document = RecentredDocument(app.session.geodata, app.explorer.viewState.centralMeridian);  // an export keeps the old one
    app.map.SetDocument(app.session.document.get());
    app.explorer.timeline.SetData(app.session.dataset.get(), &app.session.document->countries);
    app.explorer.coloursDirty = true;
    app.status = "Loaded " + std::to_string(app.session.document->countries.countries.size()) + " countries from " + layer;
}

bool LoadStoryFile(AppState& app, const std::string& path) {
    const StoryboardKnownIds known = KnownStoryboardIds(app.session.dataset.get(), app.session.document->countries);
    StoryboardLoadOptions options;
    known.ApplyTo(&options);
    StoryboardLoadResult result = LoadStoryboard(path, options);
    app.session.storyPath = path;
    if (!result.Ok()) {
        app.session.datasetErrors = result.errors;  // shown in the problems panel
        app.session.showDatasetErrors = true;
        app.status = path + ": storyboard refused (" + std::to_string(result.errors.size()) + " error(s))";
        for (const auto& e : result.errors) std::fprintf(stderr, "engagemap: %s\n", e.ToString().c_str());
        return false;
    }
    for (const auto& w : result.warnings) std::fprintf(stderr, "engagemap: warning: %s\n", w.ToString().c_str());
    app.session.story = std::move(result.storyboard);
    app.presentation.deck.SetCount(app.session.story.slides.size());
    app.presentation.deck.First();
    app.status = "Storyboard: " + std::to_string(app.session.story.slides.size()) + " slides from " + path;
    return true;
}

std::string SlideProblem(const AppState& app, const Slide& slide) {
    if (!app.session.dataset || !app.session.document) return "no dataset is loaded";
    ViewRequest request;
    std::string error;
    const CivilDate day = SlideStillDate(slide).value_or(app.explorer.timeline.Controller().Date());
    if (!ResolveViewState(slide.view, *app.session.dataset, app.session.document->countries, day, &request, &error)) return error;
    return std::string();
}

void ApplySlide(AppState& app, std::size_t index, double nowSeconds) {
    if (index >= app.session.story.slides.size()) return;
    const Slide& slide = app.session.story.slides[index];
    app.presentation.deck.GoTo(index);
    app.presentation.slideActive = true;
    app.presentation.slideStart = nowSeconds;
    if (const std::string problem = SlideProblem(app, slide); !problem.empty()) {
        // Never the previous slide's map under this slide's title: presentation mode shows a card.
        app.presentation.slideError = "slide " + std::to_string(index + 1) + " cannot be shown: " + problem;
        app.status = app.presentation.slideError;
        return;
    }
    app.presentation.slideError.clear();
    const ViewState& view = slide.view;
    // A slide without instrument A (a breadth view) keeps the one the explorer had.
    const std::string keptA = app.explorer.viewState.instrumentA;
    app.explorer.viewState = view;
    if (view.instrumentA.empty()) app.explorer.viewState.instrumentA = keptA;
    SyncTimelineToView(app.explorer);
    const CivilDate date = slide.range ? slide.range->from : slide.date ? *slide.date : app.explorer.timeline.Controller().Date();
    app.explorer.timeline.Controller().Pause();
    app.explorer.timeline.Controller().SetDate(date);
    // The theme stays the presenter's choice for the room (View > Dark theme); the slide's theme
    // is what its exports use.
    const SlideCamera from = CameraFromView(app.map.View(), app.map.Projection());
    app.map.SetProjection(view.projection);
    // The map's edge is the antimeridian: move the centre directly, never across ±180°.
    app.presentation.camera = CameraTransition{from, view.camera.value_or(SlideCamera{}), kDefaultTransitionSeconds};
    app.presentation.cameraFramesLeft = 3;
    app.explorer.coloursDirty = true;
    RecolourMap(app, true, kDefaultTransitionSeconds);
}

void AnimateSlide(AppState& app, double nowSeconds) {
    if (!app.presentation.slideActive || !app.presentation.slideError.empty() || app.presentation.deck.Current() >= app.session.story.slides.size()) return;
    const Slide& slide = app.session.story.slides[app.presentation.deck.Current()];
    const double elapsed = nowSeconds - app.presentation.slideStart;
    const bool moving = elapsed < app.presentation.camera.durationSeconds;
    if (moving || app.presentation.cameraFramesLeft > 0) {
        const double t = TransitionProgress(elapsed, app.presentation.camera.durationSeconds);
        const SlideCamera cam = InterpolateCamera(app.presentation.camera.from, app.presentation.camera.to, t, LongitudePath::Direct);
        const MapView& v = app.map.View();
        app.map.SetView(CameraView(cam, app.map.Projection(), v.ViewportWidth(), v.ViewportHeight(),
                                   8.0 * app.prefs.contentScale));
        if (!moving) app.presentation.cameraFramesLeft--;
    }
    if (slide.range) {
        const CivilDate date = SlideDateAt(slide, elapsed, slide.range->from);
        if (date != app.explorer.timeline.Controller().Date()) app.explorer.timeline.Controller().SetDate(date);
    }
}

bool SlideAnimating(const AppState& app, double nowSeconds) {
    const Presentation& p = app.presentation;
    if (!p.slideActive || !p.slideError.empty() || p.deck.Current() >= app.session.story.slides.size()) return false;
    const double elapsed = nowSeconds - p.slideStart;
    if (elapsed < p.camera.durationSeconds || p.cameraFramesLeft > 0) return true;
    const Slide& slide = app.session.story.slides[p.deck.Current()];
    // Until the range's last date has been shown (the frame after the play time ends shows it).
    return slide.range && (elapsed < SlidePlaySeconds(slide) ||
                           SlideDateAt(slide, elapsed, slide.range->from) != app.explorer.timeline.Controller().Date());
}

ViewState CurrentViewState(const AppState& app) {
    ViewState state = app.explorer.viewState;
    state.projection = app.map.Projection();
    state.camera = CameraFromView(app.map.View(), app.map.Projection());
    state.theme = app.prefs.theme;
    return NormalizedViewState(state);
}

TimelineExportOptions ExportOptionsForCurrentView(const AppState& app, int width, int height) {
    TimelineExportOptions options;
    options.map.width = width;
    options.map.height = height;
    options.map.projection = app.map.Projection();
    options.map.style = app.map.Style();
    options.view = CurrentViewState(app);
    options.date = app.explorer.timeline.Controller().Date();
    return options;
}

Slide SlideFromCurrentView(const AppState& app) {
    Slide slide;
    slide.view = CurrentViewState(app);
    slide.date = app.explorer.timeline.Controller().Date();
    // The title the window shows for this view (with its region filter), so the slide looks the same.
    if (app.session.dataset && !app.explorer.view.colours.empty())
        slide.title = OverlayForView(app.explorer.timeline, *app.session.dataset, app.explorer.request, app.explorer.view, 120).title;  // caption days do not change the title
    return slide;
}

std::string ExportStem(const AppState& app) {
    const Presentation& p = app.presentation;
    if (p.active && p.slideActive && p.deck.Current() < app.session.story.slides.size()) {
        const std::string& title = app.session.story.slides[p.deck.Current()].title;
        if (!title.empty()) return FileStem(title);
    }
    const ViewState view = CurrentViewState(app);
    std::string label = view.kind == ViewKind::InstrumentStatus ? "" : ViewKindId(view.kind);
    for (const std::string* id : {&view.instrumentA, &view.instrumentB})
        if (!id->empty()) label += " " + *id;
    for (const std::string& region : view.regions) label += " " + region;
    if (app.session.dataset) label += " " + ToString(app.explorer.timeline.Controller().Date());
    return FileStem(label);
}

bool StepTime(AppState& app, bool forward, double nowSeconds) {
    Explorer& explorer = app.explorer;
    if (!app.session.dataset || !app.session.document || !explorer.timeline.SelectedInstrument()) return false;
    explorer.timeline.Controller().Pause();
    const auto step = StepTimeline(explorer.timeline, *app.session.dataset, app.session.document->countries,
                                   explorer.stepMode, forward);
    if (!step) return false;
    explorer.stepCaption = step->caption;
    explorer.stepCaptionUntil = nowSeconds + kStepCaptionSeconds;
    explorer.stepOutline = step->changedCountries;
    explorer.stepOutlineUntil = nowSeconds + kStepOutlineSeconds;
    return true;
}

void SetTheme(AppState& app, Theme theme) {
    app.prefs.theme = theme;
    app.map.Style() = MapStyleFor(theme, app.map.Style());
    app.prefs.fontScale = 0.0f;  // forces the style rebuild with the new colours
    app.explorer.coloursDirty = true;
}

}  // namespace engagemap
