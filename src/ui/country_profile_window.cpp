#include "ui/country_profile_window.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/filter/country_profile.hpp"
#include "ui/timeline_panel.hpp"

namespace engagemap {
namespace {

// The country's events on one bar from its first to its last known day (year labels at ends).
void DrawCountryTimeline(const std::vector<ProfileRow>& rows, float scale) {
    std::int64_t first = 0, last = 0;
    bool any = false;
    for (const auto& r : rows) {
        for (const auto& d : {r.date.Earliest(), r.date.Latest()}) {
            if (!d) continue;
            const std::int64_t day = DaysFromCivil(*d);
            first = any ? std::min(first, day) : day;
            last = any ? std::max(last, day) : day;
            any = true;
        }
    }
    if (!any) {
        ImGui::TextDisabled("No dated events.");
        return;
    }
    first -= 180;
    last += 180;
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x, height = 34 * scale;
    ImGui::Dummy(ImVec2(width, height));
    const float y = p0.y + height * 0.45f;
    auto xOf = [&](std::int64_t day) {
        return p0.x + static_cast<float>(day - first) / static_cast<float>(std::max<std::int64_t>(1, last - first)) * width;
    };
    list->AddLine(ImVec2(p0.x, y), ImVec2(p0.x + width, y), IM_COL32(180, 180, 180, 255), 2 * scale);
    for (const auto& r : rows) {
        const auto lo = r.date.Earliest(), hi = r.date.Latest();
        if (!lo && !hi) continue;
        const bool exact = r.date.IsExactDay();
        const float x0 = xOf(DaysFromCivil(lo ? *lo : *hi)), x1 = xOf(DaysFromCivil(hi ? *hi : *lo));
        // A bounded date is a span (translucent); an exact one a tick.
        if (!exact) list->AddRectFilled(ImVec2(x0, y - 5 * scale), ImVec2(std::max(x1, x0 + 2), y + 5 * scale), TickColour(r.event, false));
        else list->AddLine(ImVec2(x0, y - 9 * scale), ImVec2(x0, y + 9 * scale), TickColour(r.event, true), 2 * scale);
    }
    const std::string a = std::to_string(CivilFromDays(first + 180).year), b = std::to_string(CivilFromDays(last - 180).year);
    list->AddText(ImVec2(p0.x, y + 10 * scale), IM_COL32(110, 110, 110, 255), a.c_str());
    list->AddText(ImVec2(p0.x + width - ImGui::CalcTextSize(b.c_str()).x, y + 10 * scale), IM_COL32(110, 110, 110, 255), b.c_str());
}

}  // namespace

void DrawCountryProfilePanel(int& profileCountry, const Dataset* dataset, const CountrySet* countries,
                             const std::vector<int>& shown, float width, float height) {
    if (profileCountry < 0 || !countries || !dataset) return;
    if (profileCountry >= static_cast<int>(countries->countries.size())) {
        profileCountry = -1;
        return;
    }
    const CountryGeometry& c = countries->countries[static_cast<size_t>(profileCountry)];
    const float scale = ImGui::GetFontSize() / 17.0f;
    bool open = true;
    if (ImGui::BeginChild("profile", ImVec2(width, height), true)) {
        ImGui::Text("%s (%s)", c.name.c_str(), c.key.c_str());
        ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize("Close").x - ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::SmallButton("Close")) open = false;
        ImGui::TextDisabled("%s%s%s", c.region.c_str(), c.subregion.empty() ? "" : " / ", c.subregion.c_str());
        if (!c.IsIso()) {
            ImGui::TextWrapped("This area has no ISO 3166 code in the geodata, so no membership data is joined to it.");
        }
        std::vector<ProfileRow> rows = BuildCountryProfile(*dataset, c.key);
        const std::vector<ProfileRow> inView = RowsOfInstruments(rows, shown);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("Timeline: the %zu event(s) in the instruments this view shows; the table lists all %zu.",
                           inView.size(), rows.size());
        ImGui::PopStyleColor();
        DrawCountryTimeline(inView, scale);
        const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders |
                                      ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                      ImGuiTableFlags_SizingFixedFit;
        if (ImGui::BeginTable("events", 6, flags)) {
            ImGui::TableSetupScrollFreeze(1, 1);
            ImGui::TableSetupColumn("Instrument", ImGuiTableColumnFlags_DefaultSort, 0, static_cast<ImGuiID>(ProfileColumn::Instrument));
            ImGui::TableSetupColumn("Kind", 0, 0, static_cast<ImGuiID>(ProfileColumn::Kind));
            ImGui::TableSetupColumn("Event", 0, 0, static_cast<ImGuiID>(ProfileColumn::Event));
            ImGui::TableSetupColumn("Date", 0, 0, static_cast<ImGuiID>(ProfileColumn::Date));
            ImGui::TableSetupColumn("Precision", 0, 0, static_cast<ImGuiID>(ProfileColumn::Precision));
            ImGui::TableSetupColumn("Source", 0, 0, static_cast<ImGuiID>(ProfileColumn::Source));
            ImGui::TableHeadersRow();
            if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
                const ImGuiTableColumnSortSpecs& s = specs->Specs[0];
                SortProfileRows(rows, static_cast<ProfileColumn>(s.ColumnUserID), s.SortDirection == ImGuiSortDirection_Ascending);
            }
            for (const ProfileRow& r : rows) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(r.instrumentName.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(ToString(r.kind).data());
                ImGui::TableNextColumn();
                ImGui::Text("%s%s%s", ToString(r.event).data(), r.role.empty() ? "" : ", ", r.role.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(r.dateText.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(r.precision.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(r.sources.c_str());
                if (!r.note.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", r.note.c_str());
            }
            ImGui::EndTable();
        }
        if (rows.empty()) ImGui::TextDisabled("No engagement recorded in this dataset.");
    }
    ImGui::EndChild();
    if (!open) profileCountry = -1;
}

}  // namespace engagemap
