#include "ui/cumulative_chart.hpp"
#include "ui/theme.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

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
    const float x0 = p0.x + pad, x1 = p0.x + size.x - pad;
    const float yTop = p0.y + 4 * scale, yBottom = p0.y + size.y - 4 * scale;
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
    auto yOf = [&](double v) { return static_cast<float>(yBottom - v / maxTotal * (yBottom - yTop)); };
    list->AddRectFilled(ImVec2(x0, yTop), ImVec2(x1, yBottom), IM_COL32(250, 250, 250, 255));
    for (int g = 0; g <= 4; ++g) {
        const float y = yOf(maxTotal * g / 4.0);
        list->AddLine(ImVec2(x0, y), ImVec2(x1, y), IM_COL32(225, 225, 225, 255));
    }
    const std::string maxLabel = std::to_string(maxTotal);
    list->AddText(ImVec2(x0 + 2 * scale, yTop), IM_COL32(110, 110, 110, 255), maxLabel.c_str());

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
    const float cx = xOf(static_cast<double>(c.CurrentDay()));
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
