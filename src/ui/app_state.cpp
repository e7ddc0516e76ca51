#include "ui/app_state.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "core/data/dataset_loader.hpp"

namespace engagemap {

float TextScale(const AppState& app, float framebufferHeight) {
    float scale = app.contentScale;
    if (app.presentation) scale = std::max(scale, framebufferHeight / 1080.0f);
    return scale * app.userScale;
}

void RecolourMap(AppState& app, bool fade) {
    if (!app.document) return;
    if (app.timeline.SelectedInstrument())
        app.document->colours = app.timeline.Colours(app.map.Style().land);
    else
        app.document->colours.clear();
    if (fade) app.map.FadeToColours(0.25);
    else app.map.ColoursChanged();
    app.coloursDirty = false;
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
