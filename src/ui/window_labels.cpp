#include "ui/window_labels.hpp"

#include <algorithm>

#include "core/view/country_labels.hpp"

namespace engagemap {

std::optional<ViewResult> LabelsBeforeView(const AppState& app, const ViewStyle& style) {
    if (app.explorer.viewState.labels.mode != LabelSelection::Mode::Changed || !app.session.dataset || !app.session.document)
        return std::nullopt;
    ViewRequest request = app.explorer.request;
    request.date = LabelsChangedSinceDefault(request.date);
    const Presentation& p = app.presentation;
    if (p.active && p.slideActive && p.deck.Current() < app.session.story.slides.size()) {
        const Slide& slide = app.session.story.slides[p.deck.Current()];
        if (slide.range) request.date = slide.range->from;
    }
    return BuildView(*app.session.dataset, app.session.document->countries, request, style);
}

std::vector<LabelCandidate> WindowLabelCandidates(AppState& app, const OverlayTypeScale& type, float framebufferScale,
                                                  float uiScale) {
    const LabelSelection& selection = app.explorer.viewState.labels;
    if (selection.Empty() || !app.session.document || app.explorer.view.colours.empty()) return {};
    const CountrySet& countries = app.session.document->countries;
    const MapStyle& style = app.map.Style();
    const float pixels = std::max(1.0f, uiScale) * framebufferScale;  // marker sizes in framebuffer pixels
    LabelCandidateStyle labelStyle;
    labelStyle.labelPx = type.labelPx;
    labelStyle.smallExtentPx = std::max(style.markerMinExtentPx, 2 * style.markerRadiusPx) * pixels;
    labelStyle.markerRadiusPx = style.markerRadiusPx * pixels;
    labelStyle.screenPerOutputPx = framebufferScale;
    const ViewResult* before = app.explorer.labelsBefore ? &*app.explorer.labelsBefore : nullptr;
    return BuildLabelCandidates(LabelledCountries(selection, countries, app.explorer.view, before), countries,
                                app.map.Projected(), app.map.View(), labelStyle);
}

}  // namespace engagemap

#include <imgui.h>

namespace engagemap {

void DrawLabelsMenu(AppState& app) {
    if (!ImGui::BeginMenu("Country labels")) return;
    LabelSelection& labels = app.explorer.viewState.labels;
    using Mode = LabelSelection::Mode;
    auto choose = [&](Mode mode) {
        labels.mode = mode;
        app.explorer.coloursDirty = true;  // "changed" needs the earlier view (RecolourMap)
    };
    if (ImGui::MenuItem("None", nullptr, labels.mode == Mode::None)) choose(Mode::None);
    if (ImGui::MenuItem("Changed in the last year (or the slide's range)", nullptr, labels.mode == Mode::Changed))
        choose(Mode::Changed);
    if (ImGui::MenuItem("All that fit", nullptr, labels.mode == Mode::All)) choose(Mode::All);
    if (!labels.countries.empty()) {
        LabelSelection listed{Mode::Countries, labels.countries};
        const std::string text = "Listed: " + LabelSelectionText(listed);
        if (ImGui::MenuItem(text.c_str(), nullptr, labels.mode == Mode::Countries)) choose(Mode::Countries);
    }
    ImGui::EndMenu();
}

}  // namespace engagemap
