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

OverlayInk OverlayInkFor(Theme theme) {
    if (theme == Theme::Light)
        return {IM_COL32(30, 36, 44, 255), IM_COL32(255, 255, 255, 200), IM_COL32(255, 255, 255, 215),
                IM_COL32(30, 36, 44, 255), IM_COL32(70, 70, 70, 255)};
    return {IM_COL32(236, 240, 244, 255), IM_COL32(0, 0, 0, 200), IM_COL32(20, 24, 30, 220),
            IM_COL32(236, 240, 244, 255), IM_COL32(180, 186, 192, 255)};
}

}  // namespace engagemap
