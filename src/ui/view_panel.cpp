#include "ui/view_panel.hpp"

#include "core/data/country_names.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>

#include "core/filter/region_filter.hpp"

namespace engagemap {
namespace {

// Checkbox bound to the presence of `id` in the list `ids` (a ViewState filter); true when toggled.
bool IdCheckbox(const char* label, std::vector<std::string>& ids, const std::string& id) {
    const auto it = std::find(ids.begin(), ids.end(), id);
    bool on = it != ids.end();
    if (!ImGui::Checkbox(label, &on)) return false;
    if (on) ids.push_back(id);
    else ids.erase(it);
    return true;
}

bool DrawViewKind(ViewState& state, const Dataset* dataset) {
    bool changed = false;
    ImGui::TextDisabled("View");
    for (ViewKind kind : {ViewKind::InstrumentStatus, ViewKind::Breadth, ViewKind::Compare}) {
        if (ImGui::RadioButton(ViewKindName(kind), state.kind == kind)) {
            state.kind = kind;
            changed = true;
        }
    }
    if (state.kind == ViewKind::Compare && dataset) {
        const int b = dataset->FindInstrument(state.instrumentB);
        const char* preview = b >= 0 ? dataset->instruments[static_cast<size_t>(b)].shortName.c_str() : "choose B...";
        ImGui::SetNextItemWidth(-1);
        if (ImGui::BeginCombo("##compare-b", preview)) {
            for (const Instrument& inst : dataset->instruments)
                if (ImGui::Selectable(inst.shortName.c_str(), inst.id == state.instrumentB)) {
                    state.instrumentB = inst.id;  // by id: a reload that reorders instruments keeps B
                    changed = true;
                }
            ImGui::EndCombo();
        }
        ImGui::TextDisabled("A is the instrument selected below.");
    }
    if (state.kind != ViewKind::InstrumentStatus)
        changed |= ImGui::Checkbox("Signatures count", &state.signaturesCount);
    // A bilateral instrument's status view: whose dialogues are drawn (the instrument's hub first).
    const int a = dataset && state.kind == ViewKind::InstrumentStatus ? dataset->FindInstrument(state.instrumentA) : -1;
    if (a >= 0 && dataset->instruments[static_cast<size_t>(a)].kind == InstrumentKind::Bilateral) {
        const Instrument& in = dataset->instruments[static_cast<size_t>(a)];
        const std::string shown = state.hub.empty() ? in.hub : state.hub;
        ImGui::SetNextItemWidth(-1);
        if (ImGui::BeginCombo("##hub", ("Hub: " + shown).c_str())) {
            for (const std::string& party : BilateralParties(in))
                if (ImGui::Selectable(party.c_str(), party == shown)) {
                    state.hub = party == in.hub ? std::string() : party;
                    changed = true;
                }
            ImGui::EndCombo();
        }
    }
    return changed;
}

bool DrawInstrumentFilter(ViewState& state, const Dataset* dataset) {
    bool changed = false;
    if (!dataset || !ImGui::CollapsingHeader("Pillars, kinds and instruments")) return false;
    for (const Pillar& p : dataset->pillars) changed |= IdCheckbox(p.name.c_str(), state.pillars, p.id);
    ImGui::Separator();
    for (InstrumentKind k : {InstrumentKind::Treaty, InstrumentKind::Forum, InstrumentKind::Program,
                             InstrumentKind::Assessment, InstrumentKind::Bilateral})
        changed |= IdCheckbox(KindPluralName(k), state.kinds, std::string(ToString(k)));
    ImGui::Separator();
    ImGui::TextDisabled("Instruments counted (none ticked: all)");
    for (const Instrument& in : dataset->instruments) {
        ImGui::PushID(in.id.c_str());
        changed |= IdCheckbox((in.shortName.empty() ? in.id : in.shortName).c_str(), state.instrumentIds, in.id);
        ImGui::PopID();
    }
    if ((!state.pillars.empty() || !state.kinds.empty() || !state.instrumentIds.empty()) &&
        ImGui::SmallButton("All instruments")) {
        state.pillars.clear();
        state.kinds.clear();
        state.instrumentIds.clear();
        changed = true;
    }
    return changed;
}

void DrawRegionFilter(ViewState& state, const Dataset* dataset, const CountrySet& countries,
                      const ViewRequest& shownRequest, const ViewResult& shown, ViewPanelReport& report) {
    std::vector<std::string>& regions = state.regions;
    bool& changed = report.viewChanged;
    const std::string header = "Regions: " + shownRequest.region.Describe(dataset) + "###regions";
    if (!ImGui::CollapsingHeader(header.c_str())) return;
    for (const RegionGroup& g : ListRegions(countries)) {
        ImGui::PushID(g.region.c_str());
        const std::string label = g.region + " (" + std::to_string(g.countryCount) + ")";
        changed |= IdCheckbox(label.c_str(), regions, g.region);
        ImGui::SameLine();
        if (ImGui::TreeNode("subregions", "%s", "")) {
            for (const auto& [name, count] : g.subregions) {
                const std::string sub = name + " (" + std::to_string(count) + ")";
                changed |= IdCheckbox(sub.c_str(), regions, name);
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    if (dataset) {
        ImGui::SetNextItemWidth(-1);
        if (ImGui::BeginCombo("##members-of", "Members of...")) {
            for (const Instrument& inst : dataset->instruments) {
                const auto it = std::find(regions.begin(), regions.end(), inst.id);
                if (ImGui::Selectable(inst.shortName.c_str(), it != regions.end())) {
                    if (it != regions.end()) regions.erase(it);
                    else regions.push_back(inst.id);
                    changed = true;
                }
            }
            ImGui::EndCombo();
        }
    }
    if (!regions.empty()) {
        if (ImGui::SmallButton("Clear")) {
            regions.clear();
            changed = true;
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("Zoom to filtered area")) report.zoomToFiltered = true;
        if (shown.region.uncertainCount > 0)
            ImGui::TextDisabled("+%d of uncertain membership left out", shown.region.uncertainCount);
    }
}

}  // namespace

ViewPanelReport DrawViewPanel(ViewState& view, const Dataset* dataset, const CountrySet& countries,
                              const ViewRequest& shownRequest, const ViewResult& shown) {
    ViewPanelReport report;
    report.viewChanged = DrawViewKind(view, dataset);
    report.viewChanged |= DrawInstrumentFilter(view, dataset);
    DrawRegionFilter(view, dataset, countries, shownRequest, shown, report);
    return report;
}

int DrawCountrySearch(std::string& text, const std::vector<std::string>& suggestions) {
    char buffer[128];
    std::strncpy(buffer, text.c_str(), sizeof buffer - 1);
    buffer[sizeof buffer - 1] = 0;
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputTextWithHint("##search", "Find a country (name or ISO3)", buffer, sizeof buffer,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    text = buffer;
    if (enter) return suggestions.empty() ? -1 : 0;
    if (suggestions.empty() && !text.empty()) ImGui::TextDisabled("No country matches");
    // The list stays until the text names its best match (a choice writes that name back).
    if (suggestions.empty() || FoldForSearch(text) == FoldForSearch(suggestions.front())) return -1;
    int chosen = -1;
    for (size_t i = 0; i < suggestions.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(suggestions[i].c_str())) chosen = static_cast<int>(i);
        ImGui::PopID();
    }
    if (chosen >= 0) text = suggestions[static_cast<size_t>(chosen)];
    return chosen;
}

}  // namespace engagemap
