// An export's font atlas holds the glyphs of the text it draws, and only those (issue 15): no
// character of the content is drawn with the fallback glyph ('?'), non-ASCII titles and labels
// included, and the atlas is a fraction of the window's.
#include <gtest/gtest.h>

#include <imgui.h>

#include <string>

#include "bundled_data.hpp"
#include "../render/golden_image.hpp"
#include "export/timeline_export.hpp"
#include "export/video_export.hpp"
#include "ui/export_fonts.hpp"

namespace engagemap {
namespace {

// A fresh ImGui context for the test's lifetime.
struct ScopedContext {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGuiContext* context = ImGui::CreateContext();
    ScopedContext() { ImGui::SetCurrentContext(context); }
    ~ScopedContext() {
        ImGui::DestroyContext(context);
        ImGui::SetCurrentContext(previous);
    }
};

// The code points of UTF-8 `text` (ImGui's decoder, as the font atlas and text drawing use).
std::vector<ImWchar> CodePoints(const std::string& text) {
    ImFontGlyphRangesBuilder builder;
    builder.AddText(text.c_str(), text.c_str() + text.size());
    std::vector<ImWchar> out;
    for (int c = 0x20; c <= IM_UNICODE_CODEPOINT_MAX; ++c)
        if (builder.GetBit(static_cast<size_t>(c))) out.push_back(static_cast<ImWchar>(c));
    return out;
}

OverlayContent NonAsciiContent() {
    OverlayContent content;
    content.title = "C\u00f4te d'Ivoire \u2013 S\u00e3o Tom\u00e9";
    content.date = "2012-06-30";
    content.legend.title = "Budapest Convention";
    ViewLegendEntry entry;
    entry.label = "Party, in force";
    content.legend.entries.push_back(entry);
    LabelCandidate label;
    label.text = "Cura\u00e7ao";
    content.labels.push_back(label);
    return content;
}

TEST(ExportFontAtlas, HoldsEveryCharacterOfItsContentAndLittleElse) {
    ScopedContext imgui;
    ImGuiIO& io = ImGui::GetIO();
    OverlayTypeScale type = TypeScaleForOutput(2160.0f, 1.0f);
    ExportFontAtlas atlas(2.0f, type);
    AppFonts fonts;
    const OverlayContent content = NonAsciiContent();
    ASSERT_TRUE(atlas.Ensure(io, content, fonts));
    ASSERT_TRUE(io.Fonts->IsBuilt());
    ASSERT_GE(fonts.regular.size() + fonts.bold.size(), 4u);
    const ImFont* date = FontFor(fonts, FontRole::Bold, type.datePx);
    for (const std::string& text : {content.title, content.date, content.legend.title, content.legend.entries[0].label,
                                   content.labels[0].text}) {
        for (ImWchar c : CodePoints(text)) {
            EXPECT_TRUE(atlas.Has(c)) << text << ": U+" << std::hex << c;
            for (const auto* role : {&fonts.regular, &fonts.bold})
                for (const ImFont* font : *role) {
                    if (font == date && c > 0x7E && (c < 0x2000 || c > 0x206F)) continue;  // the date's size: ASCII + punctuation
                    EXPECT_NE(font->FindGlyphNoFallback(c), nullptr) << text << ": U+" << std::hex << c << " at " << font->FontSize;
                }
        }
    }
    // Not drawn, so not built: Cyrillic, Latin Extended-B, arrows (the window's ranges have the last two).
    EXPECT_EQ(fonts.body->FindGlyphNoFallback(0x0416), nullptr);
    EXPECT_EQ(fonts.body->FindGlyphNoFallback(0x01C4), nullptr);
    EXPECT_EQ(fonts.body->FindGlyphNoFallback(0x2192), nullptr);
    // Nor is ASCII that no text uses (the atlas once started from all of printable ASCII).
    for (ImWchar c : {ImWchar('Q'), ImWchar('z'), ImWchar('#'), ImWchar('~')}) {
        EXPECT_FALSE(atlas.Has(c)) << static_cast<char>(c);
        EXPECT_EQ(fonts.body->FindGlyphNoFallback(c), nullptr) << static_cast<char>(c);
    }
    // The legend's counts and the fallback glyph are there before any content has them.
    for (char c : std::string("0123456789(+)uncertai?")) EXPECT_TRUE(atlas.Has(static_cast<ImWchar>(c))) << c;
    // The characters drawn, the scene's and the fallback: a few dozen glyphs a font, not ~880.
    EXPECT_LT(fonts.body->Glyphs.Size, 60);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    EXPECT_LE(static_cast<long>(w) * h, 4096L * 4096L / 2) << w << "x" << h;  // the window's ranges at these sizes: ~4096x8192
}

TEST(ExportFontAtlas, RebuildsOnlyForANewCharacter) {
    ScopedContext imgui;
    ImGuiIO& io = ImGui::GetIO();
    ExportFontAtlas atlas(1.0f, TypeScaleForOutput(720.0f, 1.0f));
    AppFonts fonts;
    OverlayContent content = NonAsciiContent();
    EXPECT_TRUE(atlas.Ensure(io, content, fonts));
    EXPECT_FALSE(atlas.Ensure(io, content, fonts));  // nothing new
    content.caption = "12 in force\nCote";            // characters already drawn and a line break: nothing new
    EXPECT_FALSE(atlas.Ensure(io, content, fonts));
    EXPECT_EQ(atlas.Builds(), 1);
    EXPECT_FALSE(atlas.Has(0x00F1));
    content.legend.notes.push_back("Espa\u00f1a");
    EXPECT_TRUE(atlas.Ensure(io, content, fonts));
    EXPECT_TRUE(atlas.Has(0x00F1));
    EXPECT_NE(fonts.body->FindGlyphNoFallback(0x00F1), nullptr);
    EXPECT_EQ(atlas.Builds(), 2);
}

// The export draws a non-ASCII title and label with their own glyphs: the same export with each
// non-ASCII character replaced by '?' (what a missing glyph draws) differs in the title, and the
// labelled export differs from one whose label would fall back.
TEST(ExportFontAtlas, ExportDrawsNoFallbackGlyph) {
    const BundledData& data = SharedBundledData();
    ASSERT_TRUE(data.doc);
    ASSERT_TRUE(data.dataset.Ok());
    TimelineExportOptions options;
    options.map.width = 960;
    options.map.height = 540;
    options.map.renderer = ExportRenderer::Cpu;
    options.view.instrumentA = "budapest";
    options.date = *ParseCivilDate("2012-06-30");
    options.title = "C\u00f4te d'Ivoire \u2013 S\u00e3o Tom\u00e9";
    RgbaImage proper, fallback;
    std::string error;
    ASSERT_TRUE(RenderTimelineImage(*data.doc, data.dataset.dataset, options, proper, &error)) << error;
    options.title = "C?te d'Ivoire ? S?o Tom?";
    ASSERT_TRUE(RenderTimelineImage(*data.doc, data.dataset.dataset, options, fallback, &error)) << error;
    const test::ImageDiff d = test::CompareImages(proper, fallback);
    EXPECT_GT(d.badPixelFraction * proper.width * proper.height, 50.0);  // four glyphs (and their halos) differ
}

// A video's atlas starts from its last date's text and grows when a frame shows a new character
// (the 2004 entry-into-force caption brings U+2014 and rebuilds it): the frames still equal the
// stills of the same dates, pixel for pixel (the GL twin: VideoExportTest.FramesEqualTheStillExport).
TEST(ExportFontAtlas, CpuVideoFramesAfterARebuildEqualTheStills) {
    const BundledData& data = SharedBundledData();
    ASSERT_TRUE(data.doc);
    ASSERT_TRUE(data.dataset.Ok());
    VideoExportOptions o;
    o.frame.map.width = 320;
    o.frame.map.height = 180;
    o.frame.map.renderer = ExportRenderer::Cpu;
    o.frame.view.instrumentA = "budapest";
    o.frame.view.legend = LegendPlacement::BottomLeft;
    o.from = CivilDate{2001, 11, 23};
    o.to = CivilDate{2012, 12, 31};
    o.fps = 10;
    o.durationSeconds = 1.2;
    o.captionDays = 120;
    TimelineFrameRenderer renderer;
    std::string error;
    ASSERT_TRUE(renderer.Init(*data.doc, data.dataset.dataset, o, &error)) << error;
    for (CivilDate date : {CivilDate{2012, 6, 30}, CivilDate{2004, 7, 1}, CivilDate{2012, 6, 30}}) {
        RgbaImage frame, still;
        ASSERT_TRUE(renderer.Render(date, frame, &error)) << error;
        TimelineExportOptions ex = o.frame;
        ex.date = date;
        ASSERT_TRUE(RenderTimelineImage(*data.doc, data.dataset.dataset, ex, still, &error)) << error;
        EXPECT_TRUE(frame.pixels == still.pixels) << ToString(date);
    }
}

}  // namespace
}  // namespace engagemap
