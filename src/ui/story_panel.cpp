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

void DrawSlideEditor(AppState& app, Slide& slide) {
    InputString("Title", slide.title);
    InputString("Caption", slide.caption, true);
    bool playsRange = slide.range.has_value();
    if (ImGui::Checkbox("Play a date range", &playsRange)) {
        if (playsRange) {
            const CivilDate d = slide.date.value_or(app.timeline.Controller().Date());
            slide.range = SlideDateRange{app.timeline.Controller().Start(), d};
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

void DrawStoryPanel(AppState& app) {
    if (!app.showStoryPanel) return;
    const float scale = ImGui::GetFontSize() / 17.0f;
    ImGui::SetNextWindowSize(ImVec2(460 * scale, 520 * scale), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Storyboard", &app.showStoryPanel)) {
        ImGui::End();
        return;
    }
    const double now = ImGui::GetTime();
    InputString("Briefing title", app.story.title);
    ImGui::TextDisabled("%s", app.storyPath.empty() ? "(not saved yet)" : app.storyPath.c_str());
    if (ImGui::Button("Add current view")) {
        const size_t at = app.story.slides.empty() ? 0 : app.deck.Current() + 1;
        const size_t index = AddSlide(app.story, SlideFromCurrentView(app), at);
        app.deck.SetCount(app.story.slides.size());
        app.deck.GoTo(index);
    }
    const bool has = !app.story.slides.empty();
    const size_t current = app.deck.Current();
    ImGui::SameLine();
    if (ImGui::Button("Update from view") && has) {
        Slide updated = SlideFromCurrentView(app);
        const Slide& old = app.story.slides[current];
        updated.title = old.title;
        updated.caption = old.caption;
        updated.notes = old.notes;
        updated.range = old.range;
        updated.playSeconds = old.playSeconds;
        if (old.range) updated.date.reset();
        UpdateSlide(app.story, current, updated);
    }
    ImGui::SameLine();
    if (ImGui::Button("Up") && has && current > 0) {
        MoveSlide(app.story, current, current - 1);
        app.deck.GoTo(current - 1);
    }
    ImGui::SameLine();
    if (ImGui::Button("Down") && has && current + 1 < app.story.slides.size()) {
        MoveSlide(app.story, current, current + 1);
        app.deck.GoTo(current + 1);
    }
    ImGui::SameLine();
    if (ImGui::Button("Delete") && has) {
        DeleteSlide(app.story, current);
        app.deck.SetCount(app.story.slides.size());
    }
    ImGui::Separator();
    if (ImGui::BeginChild("slides", ImVec2(0, 160 * scale), true)) {
        for (size_t i = 0; i < app.story.slides.size(); ++i) {
            const Slide& s = app.story.slides[i];
            const std::string label = std::to_string(i + 1) + ". " + (s.title.empty() ? "(untitled)" : s.title) + "##slide" + std::to_string(i);
            // A slide the loaded data cannot show is marked red, with the reason on hover.
            const std::string problem = SlideProblem(app, s);
            if (!problem.empty()) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.85f, 0.15f, 0.15f, 1.0f));
            if (ImGui::Selectable(label.c_str(), i == current)) ApplySlide(app, i, now);
            if (!problem.empty()) {
                ImGui::PopStyleColor();
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("cannot be shown: %s", problem.c_str());
            }
        }
    }
    ImGui::EndChild();
    if (has && app.deck.Current() < app.story.slides.size()) DrawSlideEditor(app, app.story.slides[app.deck.Current()]);
    ImGui::Separator();
    if (ImGui::Button("Save")) {
        if (app.storyPath.empty()) app.storyPath = DefaultStoryboardPath(app.options.datasetPath);
        std::string error;
        app.status = SaveStoryboard(app.storyPath, app.story, &error) ? "Saved " + app.storyPath : "Save failed: " + error;
    }
    ImGui::SameLine();
    if (ImGui::Button("Present from slide 1 (F5)") && has) {
        app.presentation = true;
        ApplySlide(app, 0, now);
    }
    ImGui::TextDisabled("In presentation mode: PageDown/Right/Space next, PageUp/Left back, Esc leaves.");
    ImGui::End();
}

}  // namespace engagemap
