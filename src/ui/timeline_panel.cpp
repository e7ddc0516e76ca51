#include "ui/timeline_panel.hpp"
#include "ui/theme.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace engagemap {

unsigned TickColour(EventType type, bool exact) {
    const Theme theme = CurrentImGuiTheme();
    auto colourOf = [theme](MembershipStatus s) { return StatusColour(s, theme); };
    Rgba8 c;
    switch (type) {
        case EventType::Signed: c = colourOf(MembershipStatus::Signed); break;
        case EventType::Ratified:
        case EventType::Accepted:
        case EventType::Acceded: c = colourOf(MembershipStatus::Party); break;
        case EventType::InForce: c = colourOf(MembershipStatus::InForce); break;
        case EventType::Denounced:
        case EventType::Left: c = colourOf(MembershipStatus::Former); break;
        case EventType::Invited: c = colourOf(MembershipStatus::Invited); break;
        case EventType::Joined: c = colourOf(MembershipStatus::Member); break;
        case EventType::Start: c = colourOf(MembershipStatus::Participant); break;
        case EventType::End:
        case EventType::Ended: c = colourOf(MembershipStatus::Ended); break;
        case EventType::Launched:
        case EventType::Round:
        case EventType::Resumed: c = colourOf(MembershipStatus::Active); break;
        case EventType::Suspended: c = colourOf(MembershipStatus::Suspended); break;
    }
    return IM_COL32(c.r, c.g, c.b, exact ? 255 : 140);
}

bool TimelinePanel::HandleKeys(InstrumentTimeline& timeline) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return false;
    TimelineController& c = timeline.Controller();
    const auto before = c.CurrentDay();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false)) c.TogglePlay();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) io.KeyShift ? c.StepYears(-1) : c.StepToPreviousEvent();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) io.KeyShift ? c.StepYears(1) : c.StepToNextEvent();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Home), false)) c.JumpToStart();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_End), false)) c.JumpToEnd();
    return c.CurrentDay() != before;
}

bool TimelinePanel::Draw(InstrumentTimeline& timeline, float scale) {
    TimelineController& c = timeline.Controller();
    const auto before = c.CurrentDay();

    // Transport row.
    if (ImGui::Button("|<")) c.JumpToStart();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Start (Home)");
    ImGui::SameLine();
    if (ImGui::Button("<<")) c.StepToPreviousEvent();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous event (Left); previous year: Shift+Left");
    ImGui::SameLine();
    if (ImGui::Button(c.Playing() ? " Pause " : "  Play  ")) c.TogglePlay();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Play / pause (Space)");
    ImGui::SameLine();
    if (ImGui::Button(">>")) c.StepToNextEvent();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next event (Right); next year: Shift+Right");
    ImGui::SameLine();
    if (ImGui::Button(">|")) c.JumpToEnd();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("End (End)");
    ImGui::SameLine();
    bool loop = c.Loop();
    if (ImGui::Checkbox("Loop", &loop)) c.SetLoop(loop);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(110 * scale);
    char presetLabel[32];
    std::snprintf(presetLabel, sizeof presetLabel, "%gx", speedMultiple_);
    if (ImGui::BeginCombo("##speed", presetLabel)) {
        for (double p : TimelineController::kSpeedPresets) {
            char label[32];
            std::snprintf(label, sizeof label, "%gx", p);
            if (ImGui::Selectable(label, std::abs(p - speedMultiple_) < 1e-6)) {
                speedMultiple_ = static_cast<float>(p);
                c.SetSpeedMultiple(p);
            }
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(200 * scale);
    if (ImGui::SliderFloat("speed", &speedMultiple_, 0.1f, 8.0f, "%.2fx", ImGuiSliderFlags_Logarithmic))
        c.SetSpeedMultiple(speedMultiple_);
    ImGui::SameLine();
    ImGui::TextDisabled("(%.0f days/s; whole range in %.0f s)", c.DaysPerSecond(),
                        (DaysFromCivil(c.End()) - DaysFromCivil(c.Start())) / c.DaysPerSecond());

    // The bar.
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float barHeight = 54.0f * scale;
    const ImVec2 size(ImGui::GetContentRegionAvail().x, barHeight);
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("timeline-bar", size);
    const float pad = 12.0f * scale;
    const float x0 = p0.x + pad, x1 = p0.x + size.x - pad;
    const double start = static_cast<double>(DaysFromCivil(c.Start()));
    const double span = std::max(1.0, static_cast<double>(DaysFromCivil(c.End())) - start);
    auto xOf = [&](double day) { return static_cast<float>(x0 + (day - start) / span * (x1 - x0)); };
    if (ImGui::IsItemActive()) {
        const float mx = ImGui::GetIO().MousePos.x;
        c.SetFraction((mx - x0) / std::max(1.0f, x1 - x0));
    }
    const float trackY = p0.y + barHeight * 0.55f;
    list->AddRectFilled(ImVec2(x0, trackY - 3 * scale), ImVec2(x1, trackY + 3 * scale), IM_COL32(200, 200, 205, 255),
                        3 * scale);
    // Year labels.
    const int y0 = c.Start().year, y1 = c.End().year;
    const int step = std::max(1, (y1 - y0) / std::max(1, static_cast<int>((x1 - x0) / (60 * scale))));
    for (int y = y0 + 1; y <= y1; y += step) {
        const float x = xOf(static_cast<double>(DaysFromCivil(CivilDate{y, 1, 1})));
        list->AddLine(ImVec2(x, trackY + 4 * scale), ImVec2(x, trackY + 9 * scale), IM_COL32(120, 120, 120, 255));
        const std::string label = std::to_string(y);
        list->AddText(ImVec2(x - ImGui::CalcTextSize(label.c_str()).x / 2, trackY + 9 * scale), IM_COL32(90, 90, 90, 255),
                      label.c_str());
    }
    // Event ticks (uncertain bounds are shorter and translucent).
    for (const EventTick& t : timeline.Ticks()) {
        const float x = xOf(static_cast<double>(t.day));
        const float h = (t.exact ? 10.0f : 6.0f) * scale;
        list->AddLine(ImVec2(x, trackY - h), ImVec2(x, trackY - 3 * scale), TickColour(t.type, t.exact),
                      std::max(1.0f, 1.5f * scale));
    }
    // Milestones: diamonds above the track; hover shows the caption.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (const Milestone* m : timeline.Milestones()) {
        const auto d = m->date.Earliest();
        if (!d) continue;
        const float x = xOf(static_cast<double>(DaysFromCivil(*d)));
        const float r = 5.0f * scale, cy = p0.y + 8 * scale;
        list->AddQuadFilled(ImVec2(x, cy - r), ImVec2(x + r, cy), ImVec2(x, cy + r), ImVec2(x - r, cy),
                            IM_COL32(160, 60, 40, 255));
        if (std::abs(mouse.x - x) < r * 1.5f && std::abs(mouse.y - cy) < r * 2)
            ImGui::SetTooltip("%s  %s", m->date.Describe().c_str(), m->caption.c_str());
    }
    // The current-date handle.
    const float cx = xOf(static_cast<double>(c.CurrentDay()));
    list->AddLine(ImVec2(cx, p0.y + 2 * scale), ImVec2(cx, trackY + 8 * scale), IM_COL32(20, 20, 20, 255), 2 * scale);
    list->AddCircleFilled(ImVec2(cx, trackY), 7 * scale, IM_COL32(20, 20, 20, 255));
    if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) {
        const double day = start + (mouse.x - x0) / std::max(1.0f, x1 - x0) * span;
        ImGui::SetTooltip("%s", ToString(CivilFromDays(static_cast<std::int64_t>(std::clamp(day, start, start + span)))).c_str());
    }
    return c.CurrentDay() != before;
}

}  // namespace engagemap
