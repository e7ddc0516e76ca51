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

}  // namespace engagemap
