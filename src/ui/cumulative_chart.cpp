#include "ui/cumulative_chart.hpp"
#include "ui/theme.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/style/palettes.hpp"
#include "core/timeline/axis_ticks.hpp"

namespace engagemap {

bool CumulativeChart::Draw(InstrumentTimeline& timeline, float heightPx, float scale) {
    TimelineController& c = timeline.Controller();
    const auto before = c.CurrentDay();
    const Instrument* inst = timeline.SelectedInstrument();
    const auto& samples = timeline.Cumulative();
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const ImVec2 size(ImGui::GetContentRegionAvail().x, heightPx);
    ImGui::InvisibleButton("cumulative-chart", size);
    if (!inst || samples.empty()) return false;
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float pad = 12.0f * scale;
    const float lineH = ImGui::GetTextLineHeight();
    // The time axis lines up with the timeline slider above (same side padding); the count labels
    // sit inside the plot at its left edge, the legend in a strip above it.
    const float x0 = p0.x + pad, x1 = p0.x + size.x - pad;
    const float yTop = p0.y + lineH + 6 * scale, yBottom = p0.y + size.y - 4 * scale;
    const double start = static_cast<double>(DaysFromCivil(c.Start()));
    const double span = std::max(1.0, static_cast<double>(DaysFromCivil(c.End())) - start);
    auto xOf = [&](double day) { return static_cast<float>(x0 + (day - start) / span * (x1 - x0)); };
    if (ImGui::IsItemActive()) c.SetFraction((ImGui::GetIO().MousePos.x - x0) / std::max(1.0f, x1 - x0));

    // Stack order: the most engaged status at the bottom (in force, party, ...), as in the legend reversed.
    const std::vector<MembershipStatus> statuses = StatusesForKind(inst->kind);
    int maxTotal = 1;
    for (const auto& s : samples) {
        int total = 0;
        for (size_t i = 0; i < statuses.size(); ++i) total += s.certain[i] + s.uncertain[i];
        maxTotal = std::max(maxTotal, total);
    }
    const int maxTicks = std::max(1, static_cast<int>((yBottom - yTop) / (lineH * 1.6f)));
    const std::vector<int> ticks = CountAxisTicks(maxTotal, maxTicks);
    const double axisTop = ticks.back();
    auto yOf = [&](double v) { return static_cast<float>(yBottom - v / axisTop * (yBottom - yTop)); };
    list->AddRectFilled(ImVec2(x0, yTop), ImVec2(x1, yBottom), IM_COL32(250, 250, 250, 255));
    for (int v : ticks) {
        const float y = yOf(v);
        list->AddLine(ImVec2(x0, y), ImVec2(x1, y), IM_COL32(220, 220, 220, 255));
    }

    // Legend: one swatch per status (solid: certain; pale: uncertain), then the reference line.
    float lx = x0;
    const float ly = p0.y + 2 * scale, sw = lineH * 0.8f;
    auto legendItem = [&](ImU32 colour, const char* label) {
        list->AddRectFilled(ImVec2(lx, ly + (lineH - sw) / 2), ImVec2(lx + sw, ly + (lineH + sw) / 2), colour);
        lx += sw + 4 * scale;
        list->AddText(ImVec2(lx, ly), IM_COL32(60, 60, 60, 255), label);
        lx += ImGui::CalcTextSize(label).x + 14 * scale;
    };
    for (MembershipStatus st : statuses) {
        const Rgba8 col = StatusColour(st);
        legendItem(IM_COL32(col.r, col.g, col.b, 255), StatusLabel(st));
    }
    legendItem(IM_COL32(150, 150, 150, 110), "pale: uncertain date");
    const std::string countTitle = "countries, by status (stacked)";
    const float titleW = ImGui::CalcTextSize(countTitle.c_str()).x;
    if (x1 - titleW > lx) list->AddText(ImVec2(x1 - titleW, ly), IM_COL32(110, 110, 110, 255), countTitle.c_str());

    for (size_t k = 0; k < samples.size(); ++k) {
        const double dayA = static_cast<double>(samples[k].day);
        const double dayB = k + 1 < samples.size() ? static_cast<double>(samples[k + 1].day) : start + span;
        const float xa = xOf(dayA), xb = std::max(xOf(dayB), xa + 1.0f);
        double base = 0;
        for (size_t i = statuses.size(); i-- > 0;) {  // most engaged last in the legend: bottom of the stack
            const Rgba8 col = StatusColour(statuses[i], CurrentImGuiTheme());
            const double certain = samples[k].certain[i];
            const double uncertain = samples[k].uncertain[i];
            if (certain > 0)
                list->AddRectFilled(ImVec2(xa, yOf(base + certain)), ImVec2(xb, yOf(base)), IM_COL32(col.r, col.g, col.b, 255));
            base += certain;
            if (uncertain > 0)
                list->AddRectFilled(ImVec2(xa, yOf(base + uncertain)), ImVec2(xb, yOf(base)), IM_COL32(col.r, col.g, col.b, 110));
            base += uncertain;
        }
    }
    // Count labels on top of the stacks, each just above its grid line.
    for (int v : ticks) {
        const std::string label = std::to_string(v);
        const float y = std::max(yTop, yOf(v) - lineH);
        const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        list->AddRectFilled(ImVec2(x0 + 1 * scale, y), ImVec2(x0 + 5 * scale + ts.x, y + ts.y), IM_COL32(250, 250, 250, 200));
        list->AddText(ImVec2(x0 + 3 * scale, y), IM_COL32(90, 90, 90, 255), label.c_str());
    }
    // Reference line: the total on the shown date, across the whole chart, labelled at the cursor.
    const CumulativeSample* now = &samples.front();
    for (const auto& s : samples)
        if (s.day <= c.CurrentDay()) now = &s;
    int nowCertain = 0, nowUncertain = 0;
    for (size_t i = 0; i < statuses.size(); ++i) {
        nowCertain += now->certain[i];
        nowUncertain += now->uncertain[i];
    }
    const float cx = xOf(static_cast<double>(c.CurrentDay()));
    const float ry = yOf(nowCertain + nowUncertain);
    for (float x = x0; x < x1; x += 8 * scale)
        list->AddLine(ImVec2(x, ry), ImVec2(std::min(x + 4 * scale, x1), ry), IM_COL32(200, 30, 30, 255), 1.5f * scale);
    std::string refLabel = std::to_string(nowCertain);
    if (nowUncertain) refLabel.append(" (+").append(std::to_string(nowUncertain)).append(" uncertain)");
    refLabel.append(" on ").append(ToString(c.Date()));
    const ImVec2 rs = ImGui::CalcTextSize(refLabel.c_str());
    const float rx = std::clamp(cx - rs.x - 6 * scale, x0 + 40 * scale, x1 - rs.x);
    const float rly = std::max(yTop, ry - rs.y - 1 * scale);
    list->AddRectFilled(ImVec2(rx - 2 * scale, rly), ImVec2(rx + rs.x + 2 * scale, rly + rs.y), IM_COL32(255, 255, 255, 210));
    list->AddText(ImVec2(rx, rly), IM_COL32(170, 20, 20, 255), refLabel.c_str());
    list->AddLine(ImVec2(cx, yTop), ImVec2(cx, yBottom), IM_COL32(20, 20, 20, 255), 2 * scale);
    if (ImGui::IsItemHovered()) {
        // Counts at the hovered day.
        const double day = start + (ImGui::GetIO().MousePos.x - x0) / std::max(1.0f, x1 - x0) * span;
        const CumulativeSample* at = &samples.front();
        for (const auto& s : samples)
            if (static_cast<double>(s.day) <= day) at = &s;
        std::string tip = ToString(CivilFromDays(static_cast<std::int64_t>(std::clamp(day, start, start + span))));
        for (size_t i = 0; i < statuses.size(); ++i) {
            // append() rather than operator+ chains: GCC 12 warns spuriously (-Wrestrict) on those.
            tip.append("\n").append(StatusLabel(statuses[i])).append(": ").append(std::to_string(at->certain[i]));
            if (at->uncertain[i]) tip.append(" (+").append(std::to_string(at->uncertain[i])).append(" uncertain)");
        }
        ImGui::SetTooltip("%s", tip.c_str());
    }
    return c.CurrentDay() != before;
}

}  // namespace engagemap
