#include "ui/fonts.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <cstdio>
#include <string>

namespace engagemap {
namespace {

bool Exists(const char* path) {
    if (FILE* f = std::fopen(path, "rb")) {
        std::fclose(f);
        return true;
    }
    return false;
}

std::string Find(const char* file) {
    for (const char* dir : {"/usr/share/fonts/truetype/dejavu/", "/usr/share/fonts/TTF/"}) {
        std::string path(dir);
        path.append(file);  // not operator+: GCC 12 -Wrestrict false positive
        if (Exists(path.c_str())) return path;
    }
    return {};
}

}  // namespace

AppFonts LoadAppFonts(ImGuiIO& io, float scale) {
    // Latin (incl. Extended-A/B for country names), general punctuation, arrows and shapes.
    static const ImWchar kRanges[] = {0x0020, 0x024F, 0x2000, 0x206F, 0x2190, 0x21FF, 0x25A0, 0x25FF, 0};
    // FreeType hinting/antialiasing is crisper than stb_truetype at large sizes (4K, projectors);
    // window and exports use the same rasterizer so they look the same.
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    AppFonts fonts;
    const std::string regular = Find("DejaVuSans.ttf");
    const std::string bold = Find("DejaVuSans-Bold.ttf");
    if (!regular.empty()) fonts.body = io.Fonts->AddFontFromFileTTF(regular.c_str(), 17.0f * scale, nullptr, kRanges);
    if (!fonts.body) {
        std::fprintf(stderr, "engagemap: DejaVu Sans not found (install fonts-dejavu-core); using ImGui's font\n");
        ImFontConfig config;
        config.SizePixels = 13.0f * scale;
        fonts.body = io.Fonts->AddFontDefault(&config);
        fonts.legend = fonts.heading = fonts.date = fonts.body;
        return fonts;
    }
    const std::string& strong = bold.empty() ? regular : bold;
    fonts.legend = io.Fonts->AddFontFromFileTTF(regular.c_str(), 21.0f * scale, nullptr, kRanges);
    fonts.heading = io.Fonts->AddFontFromFileTTF(strong.c_str(), 28.0f * scale, nullptr, kRanges);
    fonts.date = io.Fonts->AddFontFromFileTTF(strong.c_str(), 60.0f * scale, nullptr, kRanges);
    return fonts;
}

}  // namespace engagemap
