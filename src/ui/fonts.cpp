#include "ui/fonts.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include "core/style/label_layout.hpp"

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

// Latin (incl. Extended-A/B for country names), general punctuation, arrows and shapes.
const ImWchar kTextRanges[] = {0x0020, 0x024F, 0x2000, 0x206F, 0x2190, 0x21FF, 0x25A0, 0x25FF, 0};

}  // namespace

AppFonts LoadAppFonts(ImGuiIO& io, float scale) {
    const ImWchar* kRanges = kTextRanges;
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
        fonts.regular = fonts.bold = {fonts.body};
        return fonts;
    }
    const std::string& strong = bold.empty() ? regular : bold;
    fonts.legend = io.Fonts->AddFontFromFileTTF(regular.c_str(), 21.0f * scale, nullptr, kRanges);
    fonts.heading = io.Fonts->AddFontFromFileTTF(strong.c_str(), 28.0f * scale, nullptr, kRanges);
    fonts.date = io.Fonts->AddFontFromFileTTF(strong.c_str(), 60.0f * scale, nullptr, kRanges);
    fonts.regular = {fonts.body, fonts.legend};
    fonts.bold = {fonts.heading, fonts.date};
    return fonts;
}

void AddOverlayFonts(ImGuiIO& io, const OverlayTypeScale& type, AppFonts& fonts) {
    const std::string regular = Find("DejaVuSans.ttf");
    const std::string bold = Find("DejaVuSans-Bold.ttf");
    if (regular.empty()) return;  // LoadAppFonts already said so; the built-in font is scaled
    const std::string& strong = bold.empty() ? regular : bold;
    static const ImWchar kDateRanges[] = {0x0020, 0x007E, 0x2000, 0x206F, 0};
    auto add = [&](const std::string& file, float size, const ImWchar* ranges, std::vector<ImFont*>& into) {
        for (const ImFont* f : into)
            if (f->FontSize == size) return;
        if (ImFont* f = io.Fonts->AddFontFromFileTTF(file.c_str(), size, nullptr, ranges)) into.push_back(f);
    };
    add(regular, type.legendPx, kTextRanges, fonts.regular);
    add(regular, type.footnotePx, kTextRanges, fonts.regular);
    const LabelSizes labels = LabelSizesFor(type.labelPx);  // country labels at exactly their sizes
    add(regular, labels.normal, kTextRanges, fonts.regular);
    add(strong, labels.major, kTextRanges, fonts.bold);
    add(strong, type.titlePx, kTextRanges, fonts.bold);
    add(strong, type.captionPx, kTextRanges, fonts.bold);
    add(strong, type.datePx, kDateRanges, fonts.bold);
}

ImFont* FontFor(const AppFonts& fonts, FontRole role, float sizePx) {
    const std::vector<ImFont*>& list = role == FontRole::Bold ? fonts.bold : fonts.regular;
    ImFont* atLeast = nullptr;  // the smallest font at least sizePx
    ImFont* largest = nullptr;
    for (ImFont* f : list) {
        if (f->FontSize >= sizePx - 0.01f && (!atLeast || f->FontSize < atLeast->FontSize)) atLeast = f;
        if (!largest || f->FontSize > largest->FontSize) largest = f;
    }
    if (atLeast) return atLeast;
    return largest ? largest : fonts.body;
}

}  // namespace engagemap
