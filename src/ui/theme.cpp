#include "ui/theme.hpp"

#include <imgui.h>

namespace engagemap {

MapStyle MapStyleFor(Theme theme, const MapStyle& current) {
    MapStyle s = current;
    if (theme == Theme::Light) {
        const MapStyle light;
        s.background = light.background;
        s.ocean = light.ocean;
        s.land = light.land;
        s.border = light.border;
        s.frame = light.frame;
    } else {
        // Dark: deep blue-grey sea, mid-grey land; status colours stay the same hues.
        s.background = RgbHex(0x15191E);
        s.ocean = RgbHex(0x1F2D3A);
        s.land = RgbHex(0x4A4F57);
        s.border = RgbHex(0x9AA3AD);
        s.frame = RgbHex(0x5C6B78);
    }
    return s;
}

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
