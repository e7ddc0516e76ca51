#include "ui/table_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <tuple>

namespace engagemap {
namespace {

// A one-line text box over a std::string; true when edited.
bool EditText(const char* label, std::string& text, float width, const char* hint = nullptr) {
    char buffer[128];
    std::strncpy(buffer, text.c_str(), sizeof buffer - 1);
    buffer[sizeof buffer - 1] = 0;
    ImGui::SetNextItemWidth(width);
    const bool changed = hint ? ImGui::InputTextWithHint(label, hint, buffer, sizeof buffer)
                              : ImGui::InputText(label, buffer, sizeof buffer);
    if (changed) text = buffer;
    return changed;
}

void DrawControls(TableTab& tab, TablePanelReport& report) {
    const float em = ImGui::GetFontSize();
    if (ImGui::RadioButton("Current view", !tab.range)) tab.range = false;
    ImGui::SameLine();
    if (ImGui::RadioButton("Date range", tab.range)) tab.range = true;
    if (tab.range) {
        // Labels before their boxes: "from [2015-01-01] to [2020-12-31] event [deposit]".
        for (auto [label, id, text] : {std::tuple{"from", "##from", &tab.from}, std::tuple{"to", "##to", &tab.to}}) {
            ImGui::SameLine();
            ImGui::TextUnformatted(label);
            ImGui::SameLine();
            EditText(id, *text, em * 6.5f);
        }
        ImGui::SameLine();
        ImGui::TextUnformatted("event");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em * 7);
        if (ImGui::BeginCombo("##event", std::string(ToString(tab.event)).c_str())) {
            for (EventSelector s : {EventSelector::Signed, EventSelector::Deposit, EventSelector::InForce,
                                    EventSelector::Joined, EventSelector::Left, EventSelector::Invited,
                                    EventSelector::Denounced, EventSelector::Any})
                if (ImGui::Selectable(std::string(ToString(s)).c_str(), tab.event == s)) tab.event = s;
            ImGui::EndCombo();
        }
    }
    ImGui::SameLine();
    std::string filter = tab.model.Filter();
    if (EditText("##filter", filter, em * 12, "Filter rows (any column)")) tab.model.SetFilter(filter);
    ImGui::SameLine();
    if (ImGui::Button("Export CSV")) report.exportCsv = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Writes the rows shown, in this order and filter, to a new file");

    if (!tab.error.empty()) {
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", tab.error.c_str());
        return;
    }
    ImGui::TextUnformatted(tab.caption.c_str());
    if (tab.change) {
        ImGui::Text("Change over the range: %s on %s -> %s on %s, %+d", FormatCount(tab.change->atFrom).c_str(),
                    tab.from.c_str(), FormatCount(tab.change->atTo).c_str(), tab.to.c_str(),
                    tab.change->CertainChange());
    }
    ImGui::TextDisabled("%zu of %zu rows shown", tab.model.ShownRows().size(), tab.model.Source().rows.size());
}

void DrawRows(TableTab& tab, float height) {
    const ViewTable& source = tab.model.Source();
    const int columns = static_cast<int>(source.header.size());
    if (columns == 0 || columns > 64) return;  // ImGui 1.86 tables take at most 64 columns
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_BordersV | ImGuiTableFlags_SizingFixedFit;
    // A different layout (another view kind or mode) gets its own table id, so its sort state fits it.
    const std::string id = "rows-" + std::to_string(columns) + (tab.range ? "-range" : "-view");
    if (!ImGui::BeginTable(id.c_str(), columns, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(2, 1);
    for (int c = 0; c < columns; ++c) {
        const ImGuiTableColumnFlags cf = c == 0 ? ImGuiTableColumnFlags_DefaultSort : ImGuiTableColumnFlags_None;
        ImGui::TableSetupColumn(source.header[static_cast<std::size_t>(c)].c_str(), cf);
    }
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0)
            tab.model.SetSort(specs->Specs[0].ColumnIndex, specs->Specs[0].SortDirection == ImGuiSortDirection_Descending);
        else
            tab.model.SetSort(-1, false);
        specs->SpecsDirty = false;
    }
    const auto& shown = tab.model.ShownRows();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const auto& row = source.rows[shown[static_cast<std::size_t>(r)]];
            ImGui::TableNextRow();
            for (int c = 0; c < columns; ++c) {
                ImGui::TableSetColumnIndex(c);
                ImGui::TextUnformatted(row[static_cast<std::size_t>(c)].c_str());
            }
        }
    }
    ImGui::EndTable();
}

}  // namespace

TablePanelReport DrawTablePanel(TableTab& tab, float height) {
    TablePanelReport report;
    const float top = ImGui::GetCursorPosY();
    DrawControls(tab, report);
    const float used = ImGui::GetCursorPosY() - top;
    DrawRows(tab, std::max(ImGui::GetFrameHeight() * 3, height - used));
    return report;
}

}  // namespace engagemap
