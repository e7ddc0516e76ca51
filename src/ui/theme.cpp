#include "ui/theme.hpp"

#include <imgui.h>

namespace engagemap {

void ApplyImGuiTheme(Theme theme, float scale) {
    ImGuiStyle style;
    if (theme == Theme::Light) ImGui::StyleColorsLight(&style);
    else ImGui::StyleColorsDark(&style);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

Theme CurrentImGuiTheme() {
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    return 0.2126f * bg.x + 0.7152f * bg.y + 0.0722f * bg.z < 0.5f ? Theme::Dark : Theme::Light;
}

}  // namespace engagemap
