#include "ui/app_state.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include <cpl_vsi.h>

#include "core/data/dataset_loader.hpp"
#include "core/filter/view_table.hpp"
#include "core/style/map_style.hpp"

namespace engagemap {

float TextScale(const AppState& app, float framebufferHeight) {
    float scale = app.contentScale;
    if (app.presentation) scale = std::max(scale, framebufferHeight / 1080.0f);
    return scale * app.userScale;
}

void RecolourMap(AppState& app, bool fade) {
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
    if (fade) app.map.FadeToColours(0.25);
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
    VSILFILE* f = VSIFOpenL(path.c_str(), "wb");
    if (!f || VSIFWriteL(csv.data(), 1, csv.size(), f) != csv.size()) {
        if (f) VSIFCloseL(f);
        if (error) *error = path + ": cannot write";
        return false;
    }
    VSIFCloseL(f);
    return true;
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

void SetTheme(AppState& app, Theme theme) {
    app.theme = theme;
    app.map.Style() = MapStyleFor(theme, app.map.Style());
    app.fontScale = 0.0f;  // forces the style rebuild with the new colours
    app.coloursDirty = true;
}

}  // namespace engagemap
