#include "ui/fonts.hpp"

#include "ui/embedded_fonts.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include "core/style/label_layout.hpp"

#include <cstdio>
#include <string>

namespace engagemap {
namespace {

// Adds `font` (embedded bytes, which the atlas must not free) at `sizePx`.
ImFont* AddEmbedded(ImGuiIO& io, const FontBytes& font, float sizePx, const ImWchar* ranges) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;
    return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(font.data), static_cast<int>(font.size), sizePx,
                                          &config, ranges);
}

// Latin (incl. Extended-A/B for country names), general punctuation, arrows and shapes.
const ImWchar kTextRanges[] = {0x0020, 0x024F, 0x2000, 0x206F, 0x2190, 0x21FF, 0x25A0, 0x25FF, 0};

}  // namespace

const ImWchar* OverlayDateRanges() {
    static const ImWchar kDateRanges[] = {0x0020, 0x007E, 0x2000, 0x206F, 0};
    return kDateRanges;
}

namespace {

// The body font (ImGui's default for the context) with ImGui's own font as the fallback when the
// embedded DejaVu does not load (then every role is that font). True when DejaVu loaded.
bool AddBodyFont(ImGuiIO& io, float scale, const ImWchar* ranges, AppFonts& fonts) {
    // FreeType hinting/antialiasing is crisper than stb_truetype at large sizes (4K, projectors);
    // window and exports use the same rasterizer so they look the same.
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    fonts.body = AddEmbedded(io, DejaVuSansRegular(), 17.0f * scale, ranges);
    if (fonts.body) return true;
    std::fprintf(stderr, "engagemap: the embedded DejaVu Sans did not load; using ImGui's font\n");
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    fonts.body = io.Fonts->AddFontDefault(&config);
    fonts.legend = fonts.heading = fonts.date = fonts.body;
    fonts.regular = fonts.bold = {fonts.body};
    return false;
}

}  // namespace

AppFonts LoadExportBaseFont(ImGuiIO& io, float scale, const ImWchar* ranges) {
    AppFonts fonts;
    if (AddBodyFont(io, scale, ranges, fonts)) fonts.regular = {fonts.body};
    return fonts;
}

AppFonts LoadAppFonts(ImGuiIO& io, float scale, const ImWchar* ranges) {
    const ImWchar* kRanges = ranges ? ranges : kTextRanges;
    AppFonts fonts;
    if (!AddBodyFont(io, scale, kRanges, fonts)) return fonts;
    const FontBytes regular = DejaVuSansRegular();
    const FontBytes strong = DejaVuSansBold();
    fonts.legend = AddEmbedded(io, regular, 21.0f * scale, kRanges);
    fonts.heading = AddEmbedded(io, strong, 28.0f * scale, kRanges);
    fonts.date = AddEmbedded(io, strong, 60.0f * scale, kRanges);
    fonts.regular = {fonts.body, fonts.legend};
    fonts.bold = {fonts.heading, fonts.date};
    return fonts;
}

void AddOverlayFonts(ImGuiIO& io, const OverlayTypeScale& type, AppFonts& fonts, FontGlyphRanges ranges) {
    if (fonts.regular.size() == 1 && fonts.regular.front() == fonts.body && fonts.body == fonts.date)
        return;  // LoadAppFonts fell back to the built-in font, which is scaled
    const FontBytes regular = DejaVuSansRegular();
    const FontBytes strong = DejaVuSansBold();
    const ImWchar* text = ranges.text ? ranges.text : kTextRanges;
    const ImWchar* date = ranges.date ? ranges.date : OverlayDateRanges();
    auto add = [&](const FontBytes& file, float size, const ImWchar* glyphs, std::vector<ImFont*>& into) {
        for (const ImFont* f : into)
            if (f->FontSize == size) return;
        if (ImFont* f = AddEmbedded(io, file, size, glyphs)) into.push_back(f);
    };
    add(regular, type.legendPx, text, fonts.regular);
    add(regular, type.footnotePx, text, fonts.regular);
    const LabelSizes labels = LabelSizesFor(type.labelPx);  // country labels at exactly their sizes
    add(regular, labels.normal, text, fonts.regular);
    add(strong, labels.major, text, fonts.bold);
    add(strong, type.titlePx, text, fonts.bold);
    add(strong, type.captionPx, text, fonts.bold);
    add(strong, type.datePx, date, fonts.bold);
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
