#include "ui/story_panel.hpp"

#include <imgui.h>

#include <cstring>

namespace engagemap {
namespace {

// A text field bound to a std::string (ImGui 1.86 has no std::string overload).
bool InputString(const char* label, std::string& value, bool multiline = false) {
    char buffer[512];
    std::strncpy(buffer, value.c_str(), sizeof buffer - 1);
    buffer[sizeof buffer - 1] = 0;
    const bool changed = multiline ? ImGui::InputTextMultiline(label, buffer, sizeof buffer, ImVec2(-1, ImGui::GetFontSize() * 3))
                                   : ImGui::InputText(label, buffer, sizeof buffer);
    if (changed) value = buffer;
    return changed;
}

// A YYYY-MM-DD field for an optional date; an invalid entry is shown but not applied.
void InputDate(const char* label, std::optional<CivilDate>& date) {
    std::string text = date ? ToString(*date) : "";
    if (InputString(label, text)) {
        if (text.empty()) date.reset();
        else if (auto d = ParseCivilDate(text)) date = *d;
    }
}

void DrawSlideEditor(Slide& slide, const TimelineController& timeline) {
    InputString("Title", slide.title);
    InputString("Caption", slide.caption, true);
    bool playsRange = slide.range.has_value();
    if (ImGui::Checkbox("Play a date range", &playsRange)) {
        if (playsRange) {
            const CivilDate d = slide.date.value_or(timeline.Date());
            slide.range = SlideDateRange{timeline.Start(), d};
            slide.date.reset();
        } else {
            slide.date = slide.range->to;
            slide.range.reset();
        }
    }
    if (slide.range) {
        std::optional<CivilDate> from = slide.range->from, to = slide.range->to;
        InputDate("From", from);
        InputDate("To", to);
        if (from && to && *from <= *to) slide.range = SlideDateRange{*from, *to};
        float seconds = static_cast<float>(slide.playSeconds.value_or(kDefaultSlidePlaySeconds));
        if (ImGui::SliderFloat("Play seconds", &seconds, 2.0f, 60.0f, "%.0f s")) slide.playSeconds = seconds;
    } else {
        InputDate("Date", slide.date);
    }
    InputString("Notes", slide.notes, true);
    const ViewState& v = slide.view;
    ImGui::TextDisabled("%s view, %s%s%s%s", ViewKindId(v.kind), ProjectionId(v.projection),
                        v.instrumentA.empty() ? "" : (", " + v.instrumentA).c_str(),
                        v.instrumentB.empty() ? "" : (" vs " + v.instrumentB).c_str(),
                        v.signaturesCount ? "" : ", signatures not counted");
}

}  // namespace

StoryPanelReport DrawStoryPanel(bool& open, Storyboard& story, SlideDeck& deck, const std::string& storyPath,
                                const std::vector<std::string>& problems, const TimelineController& timeline) {
    StoryPanelReport report;
    if (!open) return report;
    const float scale = ImGui::GetFontSize() / 17.0f;
    ImGui::SetNextWindowSize(ImVec2(460 * scale, 520 * scale), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Storyboard", &open)) {
        ImGui::End();
        return report;
    }
    InputString("Briefing title", story.title);
    ImGui::TextDisabled("%s", storyPath.empty() ? "(not saved yet)" : storyPath.c_str());
    report.addCurrentView = ImGui::Button("Add current view");
    const bool has = !story.slides.empty();
    const size_t current = deck.Current();
    ImGui::SameLine();
    report.updateFromView = ImGui::Button("Update from view") && has;
    ImGui::SameLine();
    if (ImGui::Button("Up") && has && current > 0) {
        MoveSlide(story, current, current - 1);
        deck.GoTo(current - 1);
    }
    ImGui::SameLine();
    if (ImGui::Button("Down") && has && current + 1 < story.slides.size()) {
        MoveSlide(story, current, current + 1);
        deck.GoTo(current + 1);
    }
    ImGui::SameLine();
    if (ImGui::Button("Delete") && has) {
        DeleteSlide(story, current);
        deck.SetCount(story.slides.size());
    }
    ImGui::Separator();
    if (ImGui::BeginChild("slides", ImVec2(0, 160 * scale), true)) {
        for (size_t i = 0; i < story.slides.size(); ++i) {
            const Slide& s = story.slides[i];
            const std::string label = std::to_string(i + 1) + ". " + (s.title.empty() ? "(untitled)" : s.title) + "##slide" + std::to_string(i);
            // A slide the loaded data cannot show is marked red, with the reason on hover.
            const std::string problem = i < problems.size() ? problems[i] : std::string();
            if (!problem.empty()) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.85f, 0.15f, 0.15f, 1.0f));
            if (ImGui::Selectable(label.c_str(), i == current)) report.showSlide = i;
            if (!problem.empty()) {
                ImGui::PopStyleColor();
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("cannot be shown: %s", problem.c_str());
            }
        }
    }
    ImGui::EndChild();
    if (has && deck.Current() < story.slides.size()) DrawSlideEditor(story.slides[deck.Current()], timeline);
    ImGui::Separator();
    report.save = ImGui::Button("Save");
    ImGui::SameLine();
    report.present = ImGui::Button("Present from slide 1 (F5)") && has;
    ImGui::TextDisabled("In presentation mode: PageDown/Right/Space next, PageUp/Left back, Esc leaves.");
    ImGui::End();
    return report;
}

}  // namespace engagemap
