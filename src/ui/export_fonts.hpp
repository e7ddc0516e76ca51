// The fonts of an export's overlay, built with only the glyphs its text draws (issue 15).
// ImGui 1.86 rasterises every glyph of a font's ranges when the atlas is built and has no
// dynamic glyphs; an export's ~11 fonts at 4K sizes with the window's ~880 glyphs each took
// ~150 ms and tens of MiB, for the few dozen characters a map's title, date and legend use.
//
// The set starts with the characters the overlay scene adds itself (OverlaySceneCharacters: the
// legend's counts) and the fallback glyph ('?'), and grows with each content drawn: a character
// not yet in the atlas rebuilds it before the frame is laid out and drawn, so text is never
// measured or drawn with the fallback glyph. A glyph's bitmap does not depend on the other glyphs
// in the atlas, so a rebuild changes no picture. Starting from all of printable ASCII instead
// built ~95 glyphs per font, a third of them at the date's and title's 4K sizes: 20 ms of a 4K
// export's ~250 (issue 15).
// The window keeps its full ranges (ui/fonts.cpp).
#pragma once

#include <imgui.h>

#include <string_view>
#include <vector>

#include "core/style/overlay_scene.hpp"
#include "ui/fonts.hpp"

namespace engagemap {

// Calls fn for each text of `content` the overlay may draw: title, date, legend (title, entry
// labels, notes, hatch meaning, provenance, outside-filter row), caption, running count,
// footnote, country labels.
template <class Fn>
void ForEachOverlayText(const OverlayContent& content, Fn&& fn) {
    fn(std::string_view(content.title));
    fn(std::string_view(content.date));
    fn(std::string_view(content.legend.title));
    for (const ViewLegendEntry& e : content.legend.entries) fn(std::string_view(e.label));
    for (const std::string& note : content.legend.notes) fn(std::string_view(note));
    fn(std::string_view(content.legend.hatchMeaning));
    fn(std::string_view(content.legend.provenance));
    if (content.legend.outsideFilter) fn(std::string_view(content.legend.outsideFilter->label));
    fn(std::string_view(content.caption));
    fn(std::string_view(content.runningCount));
    fn(std::string_view(content.footnote));
    for (const LabelCandidate& label : content.labels) fn(std::string_view(label.text));
}

// The overlay fonts of one export (LoadAppFonts at `pixelScale` plus AddOverlayFonts at `type`'s
// sizes) in the current ImGui context's atlas, with the glyphs of the text seen so far.
class ExportFontAtlas {
public:
    ExportFontAtlas() = default;
    ExportFontAtlas(float pixelScale, const OverlayTypeScale& type);

    // Adds the characters of every text of `content`; when one is new, or the atlas was never
    // built, clears io.Fonts, adds the fonts again with the set and builds the atlas (alpha),
    // refilling `fonts`. True when it (re)built the atlas: a GL backend must upload it again.
    bool Ensure(ImGuiIO& io, const OverlayContent& content, AppFonts& fonts);

    // Whether `c` is in the set.
    bool Has(ImWchar c) const { return used_.GetBit(c); }
    // Builds so far (for tests and figures).
    int Builds() const { return builds_; }

private:
    float pixelScale_ = 1;
    OverlayTypeScale type_;
    ImFontGlyphRangesBuilder used_;
    // std::vector, not ImVector: copying an empty ImVector passes memcpy a null pointer (UBSan).
    std::vector<ImWchar> ranges_;      // used_ as ranges, what the fonts were built with
    std::vector<ImWchar> dateRanges_;  // ranges_ within OverlayDateRanges(), for the date's size
    int builds_ = 0;
};

}  // namespace engagemap
