#include "ui/export_fonts.hpp"

namespace engagemap {

ExportFontAtlas::ExportFontAtlas(float pixelScale, const OverlayTypeScale& type) : pixelScale_(pixelScale), type_(type) {
    // The fallback glyph ('?') and what the scene adds to the content's text (digits, " (+", ...).
    used_.AddChar('?');
    const std::string_view scene = OverlaySceneCharacters();
    used_.AddText(scene.data(), scene.data() + scene.size());
}

bool ExportFontAtlas::Ensure(ImGuiIO& io, const OverlayContent& content, AppFonts& fonts) {
    ImFontGlyphRangesBuilder seen;
    ForEachOverlayText(content, [&](std::string_view text) {
        if (!text.empty()) seen.AddText(text.data(), text.data() + text.size());
    });
    bool grew = false;
    // Word 0 holds the control characters U+0000..U+001F ('\n' breaks lines): they have no glyph.
    for (int i = 1; i < used_.UsedChars.Size; ++i) {
        if (seen.UsedChars[i] & ~used_.UsedChars[i]) grew = true;
        used_.UsedChars[i] |= seen.UsedChars[i];
    }
    if (builds_ > 0 && !grew && io.Fonts->IsBuilt()) return false;
    ImVector<ImWchar> built;
    used_.BuildRanges(&built);
    ranges_.assign(built.begin(), built.end());
    // The date's own size gets digits, Latin letters and punctuation only, as AddOverlayFonts' default.
    ImFontGlyphRangesBuilder date;
    date.AddRanges(OverlayDateRanges());
    for (int i = 0; i < date.UsedChars.Size; ++i) date.UsedChars[i] &= used_.UsedChars[i];
    built.clear();
    date.BuildRanges(&built);
    dateRanges_.assign(built.begin(), built.end());
    io.Fonts->Clear();
    fonts = LoadExportBaseFont(io, pixelScale_, ranges_.data());
    AddOverlayFonts(io, type_, fonts, FontGlyphRanges{ranges_.data(), dateRanges_.data()});
    io.Fonts->Build();
    ++builds_;
    return true;
}

}  // namespace engagemap
