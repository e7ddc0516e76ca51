#include "ui/view_panel.hpp"

#include <imgui.h>

#include <cstring>

#include "core/filter/region_filter.hpp"

namespace engagemap {
namespace {

// Checkbox bound to membership of `value` in `set`; true when toggled.
template <typename Set, typename Value>
bool SetCheckbox(const char* label, Set& set, const Value& value) {
    bool on = set.count(value) > 0;
    if (!ImGui::Checkbox(label, &on)) return false;
    if (on) set.insert(value);
    else set.erase(value);
    return true;
}

bool DrawViewKind(AppState& app) {
    bool changed = false;
    ImGui::TextDisabled("View");
    for (ViewKind kind : {ViewKind::InstrumentStatus, ViewKind::Breadth, ViewKind::Compare}) {
        if (ImGui::RadioButton(ViewKindName(kind), app.request.kind == kind)) {
            app.request.kind = kind;
            changed = true;
        }
    }
    if (app.request.kind == ViewKind::Compare && app.dataset) {
        const auto& instruments = app.dataset->instruments;
        const int b = app.request.instrumentB;
        const char* preview = b >= 0 && b < static_cast<int>(instruments.size())
                                  ? instruments[static_cast<size_t>(b)].shortName.c_str()
                                  : "choose B...";
        ImGui::SetNextItemWidth(-1);
        if (ImGui::BeginCombo("##compare-b", preview)) {
            for (size_t i = 0; i < instruments.size(); ++i)
                if (ImGui::Selectable(instruments[i].shortName.c_str(), static_cast<int>(i) == b)) {
                    app.request.instrumentB = static_cast<int>(i);
                    changed = true;
                }
            ImGui::EndCombo();
        }
        ImGui::TextDisabled("A is the instrument selected below.");
    }
    if (app.request.kind != ViewKind::InstrumentStatus)
        changed |= ImGui::Checkbox("Signatures count", &app.request.signaturesCount);
    return changed;
}

bool DrawInstrumentFilter(AppState& app) {
    bool changed = false;
    if (!app.dataset || !ImGui::CollapsingHeader("Pillars and kinds")) return false;
    for (const Pillar& p : app.dataset->pillars) changed |= SetCheckbox(p.name.c_str(), app.request.instruments.pillars, p.id);
    ImGui::Separator();
    for (InstrumentKind k : {InstrumentKind::Treaty, InstrumentKind::Forum, InstrumentKind::Program, InstrumentKind::Assessment})
        changed |= SetCheckbox(KindPluralName(k), app.request.instruments.kinds, k);
    if (!app.request.instruments.Empty() && ImGui::SmallButton("All instruments")) {
        app.request.instruments = InstrumentFilter{};
        changed = true;
    }
    return changed;
}

bool DrawRegionFilter(AppState& app) {
    bool changed = false;
    RegionFilter& filter = app.request.region;
    const std::string header = "Regions: " + filter.Describe(app.dataset.get()) + "###regions";
    if (!ImGui::CollapsingHeader(header.c_str())) return false;
    for (const RegionGroup& g : ListRegions(app.document->countries)) {
        ImGui::PushID(g.region.c_str());
        const std::string label = g.region + " (" + std::to_string(g.countryCount) + ")";
        changed |= SetCheckbox(label.c_str(), filter.regions, g.region);
        ImGui::SameLine();
        if (ImGui::TreeNode("subregions", "%s", "")) {
            for (const auto& [name, count] : g.subregions) {
                const std::string sub = name + " (" + std::to_string(count) + ")";
                changed |= SetCheckbox(sub.c_str(), filter.subregions, name);
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    if (app.dataset) {
        ImGui::SetNextItemWidth(-1);
        if (ImGui::BeginCombo("##members-of", "Members of...")) {
            for (const Instrument& inst : app.dataset->instruments)
                if (ImGui::Selectable(inst.shortName.c_str(), filter.instruments.count(inst.id) > 0)) {
                    if (!filter.instruments.erase(inst.id)) filter.instruments.insert(inst.id);
                    changed = true;
                }
            ImGui::EndCombo();
        }
    }
    if (!filter.Empty()) {
        if (ImGui::SmallButton("Clear")) {
            filter.Clear();
            changed = true;
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("Zoom to filtered area")) {
            if (auto box = FilteredProjectedBox(app.document->countries, app.view.region.included, app.map.Projection()))
                app.map.FitBox(*box);
        }
        if (app.view.region.uncertainCount > 0)
            ImGui::TextDisabled("+%d of uncertain membership left out", app.view.region.uncertainCount);
    }
    return changed;
}

void DrawSearch(AppState& app) {
    char buffer[128];
    std::strncpy(buffer, app.search.c_str(), sizeof buffer - 1);
    buffer[sizeof buffer - 1] = 0;
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputTextWithHint("##search", "Find a country (name or ISO3)", buffer, sizeof buffer,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    app.search = buffer;
    if (!enter) return;
    const int found = FindCountry(app.document->countries, app.search);
    if (found < 0) {
        app.status = "No country matches '" + app.search + "'";
        return;
    }
    app.map.FlyTo(found);
    app.highlightCountry = found;
    app.highlightUntil = ImGui::GetTime() + 3.0;
    app.profileCountry = found;
    app.status = app.document->countries.countries[static_cast<size_t>(found)].name;
}

}  // namespace

bool DrawViewPanel(AppState& app) {
    if (!app.document) return false;
    DrawSearch(app);
    bool changed = DrawViewKind(app);
    changed |= DrawInstrumentFilter(app);
    changed |= DrawRegionFilter(app);
    return changed;
}

}  // namespace engagemap
