// The overlay's layout (core/style/overlay_scene.hpp): type scale, wrapping, legend placement
// (corners, outside, auto over a land mask), and what the scene contains.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "core/style/overlay_scene.hpp"

namespace engagemap {
namespace {

// A monospace stand-in for a font: every UTF-8 code point is 0.6 em wide (bold 0.7 em).
TextExtent FakeMeasure(std::string_view text, FontRole role, float sizePx) {
    size_t codePoints = 0;
    for (unsigned char c : text) codePoints += (c & 0xC0) != 0x80;
    const float em = role == FontRole::Bold ? 0.7f : 0.6f;
    return {em * sizePx * static_cast<float>(codePoints), sizePx};
}

OverlayContent SampleContent() {
    OverlayContent c;
    c.title = "Budapest Convention (ETS 185)";
    c.date = "2024-10-31";
    c.legend.title = "Budapest Convention";
    for (const auto& [label, n, colour] : {std::tuple{"Party, in force", 76, RgbHex(0x1B7837)},
                                          std::tuple{"Signed", 2, RgbHex(0xA6DBA0)},
                                          std::tuple{"Not a party", 120, RgbHex(0xDDDDDD)}}) {
        ViewLegendEntry e;
        e.label = label;
        e.certain = n;
        e.colour = colour;
        c.legend.entries.push_back(e);
    }
    c.legend.notes.push_back("3 not shown: not identified in sources (79 in all, as of 2024)");
    c.footnote = "Sources: Council of Europe Treaty Office chart of signatures and ratifications; UN Treaty Collection";
    return c;
}

template <typename T>
std::vector<T> ItemsOf(const OverlayScene& scene) {
    std::vector<T> out;
    for (const ScenePrimitive& p : scene.items)
        if (const T* t = std::get_if<T>(&p)) out.push_back(*t);
    return out;
}

bool Inside(const PxRect& inner, const PxRect& outer) {
    return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
}

OverlayOptions ExportOptions(int height, LegendPlacement placement) {
    OverlayOptions o;
    o.type = TypeScaleForOutput(static_cast<float>(height));
    o.legend = placement;
    return o;
}

TEST(OverlayScene, TypeScaleMeetsRoomSizes) {
    for (float h : {1080.0f, 2160.0f}) {
        const OverlayTypeScale t = TypeScaleForOutput(h);
        EXPECT_GE(t.legendPx, 0.035f * h);
        EXPECT_GE(t.titlePx, 0.05f * h);
        EXPECT_GE(t.datePx, 0.08f * h);
    }
    EXPECT_FLOAT_EQ(TypeScaleForOutput(1000, 2).legendPx, TypeScaleForOutput(2000).legendPx);
}

TEST(OverlayScene, PlacementNamesRoundTrip) {
    for (LegendPlacement p : {LegendPlacement::Auto, LegendPlacement::Outside, LegendPlacement::TopLeft,
                              LegendPlacement::TopRight, LegendPlacement::BottomLeft, LegendPlacement::BottomRight,
                              LegendPlacement::None})
        EXPECT_EQ(ParseLegendPlacement(LegendPlacementName(p)), p);
    EXPECT_FALSE(ParseLegendPlacement("middle"));
}

TEST(OverlayScene, WrapKeepsEveryWordWithinWidth) {
    const std::string text = "one two three four five six seven eight nine ten eleven twelve";
    const auto lines = WrapText(text, FontRole::Regular, 10, 60, FakeMeasure);
    ASSERT_GT(lines.size(), 1u);
    std::string joined;
    for (const std::string& l : lines) {
        EXPECT_LE(FakeMeasure(l, FontRole::Regular, 10).width, 60.0f) << l;
        joined += (joined.empty() ? "" : " ") + l;
    }
    EXPECT_EQ(joined, text);
    EXPECT_EQ(WrapText("a\nb", FontRole::Regular, 10, 1000, FakeMeasure), (std::vector<std::string>{"a", "b"}));
}

TEST(OverlayScene, TextUsesTheTypeScaleAndTitleHasAHalo) {
    const OverlayScene scene = BuildOverlayScene(1920, 1080, SampleContent(), ExportOptions(1080, LegendPlacement::BottomLeft), FakeMeasure);
    const auto texts = ItemsOf<SceneText>(scene);
    const OverlayTypeScale type = TypeScaleForOutput(1080);
    auto find = [&](const std::string& s) {
        return std::find_if(texts.begin(), texts.end(), [&](const SceneText& t) { return t.text == s; });
    };
    ASSERT_NE(find("2024-10-31"), texts.end());
    EXPECT_FLOAT_EQ(find("2024-10-31")->sizePx, type.datePx);
    EXPECT_EQ(find("2024-10-31")->role, FontRole::Bold);
    ASSERT_NE(find("Budapest Convention (ETS 185)"), texts.end());
    EXPECT_TRUE(find("Budapest Convention (ETS 185)")->halo);
    ASSERT_NE(find("Party, in force  76"), texts.end());
    EXPECT_FLOAT_EQ(find("Party, in force  76")->sizePx, type.legendPx);
    // The footnote is wrapped, not truncated: every word appears.
    std::string footnote;
    for (const SceneText& t : texts)
        if (t.sizePx == type.footnotePx) footnote += (footnote.empty() ? "" : " ") + t.text;
    EXPECT_EQ(footnote, SampleContent().footnote);
    // Every text run lies inside the output.
    for (const SceneText& t : texts) {
        const float w = FakeMeasure(t.text, t.role, t.sizePx).width;
        EXPECT_TRUE(Inside({t.x, t.y, t.x + w, t.y + t.sizePx}, {0, 0, 1920, 1080})) << t.text;
    }
    EXPECT_EQ(ItemsOf<SceneSwatch>(scene).size(), 3u);
}

TEST(OverlayScene, CornerPlacements) {
    const PxRect all{0, 0, 1920, 1080};
    for (LegendPlacement p : {LegendPlacement::TopLeft, LegendPlacement::TopRight, LegendPlacement::BottomLeft,
                              LegendPlacement::BottomRight}) {
        const OverlayScene s = BuildOverlayScene(1920, 1080, SampleContent(), ExportOptions(1080, p), FakeMeasure);
        EXPECT_EQ(s.legendPlacement, p);
        EXPECT_EQ(s.mapArea, all);
        EXPECT_TRUE(Inside(s.legendBox, all));
        const bool left = p == LegendPlacement::TopLeft || p == LegendPlacement::BottomLeft;
        const bool top = p == LegendPlacement::TopLeft || p == LegendPlacement::TopRight;
        EXPECT_EQ(s.legendBox.x0 < 960, left);
        EXPECT_EQ(s.legendBox.y0 < 540, top);
    }
}

TEST(OverlayScene, TopLeftLegendStaysUnderTheTitleBlock) {
    const OverlayScene s = BuildOverlayScene(1920, 1080, SampleContent(), ExportOptions(1080, LegendPlacement::TopLeft), FakeMeasure);
    for (const SceneText& t : ItemsOf<SceneText>(s)) {
        if (t.text != "2024-10-31") continue;
        EXPECT_GE(s.legendBox.y0, t.y + t.sizePx);
    }
}

TEST(OverlayScene, NoneDrawsNoLegend) {
    const OverlayScene s = BuildOverlayScene(1920, 1080, SampleContent(), ExportOptions(1080, LegendPlacement::None), FakeMeasure);
    EXPECT_TRUE(s.legendBox.Empty());
    EXPECT_TRUE(ItemsOf<SceneSwatch>(s).empty());
}

TEST(OverlayScene, ProgressBarAndRunningCount) {
    OverlayContent content = SampleContent();
    const size_t rectsWithout = ItemsOf<SceneRect>(BuildOverlayScene(1920, 1080, content, ExportOptions(1080, LegendPlacement::None), FakeMeasure)).size();
    content.progress = 0.25f;
    content.runningCount = "68 countries with a status";
    const OverlayScene s = BuildOverlayScene(1920, 1080, content, ExportOptions(1080, LegendPlacement::None), FakeMeasure);
    const auto rects = ItemsOf<SceneRect>(s);
    ASSERT_EQ(rects.size(), rectsWithout + 2);  // the track and its filled part, drawn last
    const SceneRect& track = rects[rects.size() - 2];
    const SceneRect& filled = rects.back();
    EXPECT_FLOAT_EQ(track.box.x0, 0);
    EXPECT_FLOAT_EQ(track.box.x1, 1920);
    EXPECT_FLOAT_EQ(track.box.y1, 1080);
    EXPECT_FLOAT_EQ(filled.box.x1, 480);
    bool countShown = false;
    for (const SceneText& t : ItemsOf<SceneText>(s)) countShown |= t.text == "68 countries with a status";
    EXPECT_TRUE(countShown);
}

TEST(OverlayScene, OutsideShrinksTheMapForABandBelowIt) {
    for (const auto& [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1350}}) {
        const OverlayScene s = BuildOverlayScene(w, h, SampleContent(), ExportOptions(h, LegendPlacement::Outside), FakeMeasure);
        EXPECT_EQ(s.legendPlacement, LegendPlacement::Outside);
        EXPECT_EQ(s.mapArea.x1, static_cast<float>(w));
        EXPECT_LT(s.mapArea.y1, static_cast<float>(h));
        EXPECT_GT(s.mapArea.y1, 0.6f * static_cast<float>(h));  // the entries flow into columns: a low band
        EXPECT_FALSE(s.legendBox.Intersects(s.mapArea));
        EXPECT_TRUE(Inside(s.legendBox, {0, 0, static_cast<float>(w), static_cast<float>(h)}));
        // The footnote is in the band too, clear of the legend.
        for (const SceneText& t : ItemsOf<SceneText>(s)) {
            if (t.sizePx != TypeScaleForOutput(static_cast<float>(h)).footnotePx) continue;
            EXPECT_GE(t.y, s.mapArea.y1) << t.text;
            EXPECT_GE(t.y, s.legendBox.y1) << t.text;
        }
        // The band is painted first, in the page's colour.
        ASSERT_FALSE(s.items.empty());
        ASSERT_TRUE(std::holds_alternative<SceneRect>(s.items.front()));
        EXPECT_EQ(std::get<SceneRect>(s.items.front()).box.y0, s.mapArea.y1);
    }
}

TEST(OverlayScene, CornerLegendStaysClearOfTheFootnote) {
    const OverlayScene s = BuildOverlayScene(1920, 1080, SampleContent(), ExportOptions(1080, LegendPlacement::BottomRight), FakeMeasure);
    for (const SceneText& t : ItemsOf<SceneText>(s)) {
        if (t.sizePx != TypeScaleForOutput(1080).footnotePx) continue;
        const float w = FakeMeasure(t.text, t.role, t.sizePx).width;
        EXPECT_FALSE(s.legendBox.Intersects({t.x, t.y, t.x + w, t.y + t.sizePx})) << t.text;
    }
}

TEST(OverlayScene, ProvenanceIsAFootnoteLineThatCanBeTurnedOff) {
    OverlayContent c = SampleContent();
    c.legend.provenance = "78 parties identified";
    auto has = [](const OverlayScene& s, const std::string& text) {
        for (const SceneText& t : ItemsOf<SceneText>(s))
            if (t.text == text) return true;
        return false;
    };
    OverlayOptions o = ExportOptions(1080, LegendPlacement::BottomLeft);
    EXPECT_TRUE(has(BuildOverlayScene(1920, 1080, c, o, FakeMeasure), "78 parties identified"));
    o.showFootnote = false;
    const OverlayScene off = BuildOverlayScene(1920, 1080, c, o, FakeMeasure);
    EXPECT_FALSE(has(off, "78 parties identified"));
    for (const SceneText& t : ItemsOf<SceneText>(off)) EXPECT_NE(t.sizePx, o.type.footnotePx) << t.text;
}

// A mask of 1920x1080 in 20 px cells with the given cell kind inside `land` (pixels).
LandMask MaskWith(const PxRect& land, uint8_t kind, const PxRect& other = {}, uint8_t otherKind = LandMask::Land) {
    LandMask m;
    m.cellPx = 20;
    m.cols = 96;
    m.rows = 54;
    m.cells.assign(static_cast<size_t>(m.cols * m.rows), LandMask::Ocean);
    for (int r = 0; r < m.rows; ++r)
        for (int c = 0; c < m.cols; ++c) {
            const PxRect cell{c * 20.0f, r * 20.0f, c * 20.0f + 20, r * 20.0f + 20};
            if (cell.Intersects(land)) m.cells[static_cast<size_t>(r * m.cols + c)] = kind;
            else if (cell.Intersects(other)) m.cells[static_cast<size_t>(r * m.cols + c)] = otherKind;
        }
    return m;
}

TEST(OverlayScene, AutoAvoidsInstrumentLand) {
    // Instrument land covers the left half; plain land the top of the rest.
    const PxRect instrument{0, 0, 1000, 1080};
    const PxRect land{1000, 0, 1920, 400};
    const LandMask mask = MaskWith(instrument, LandMask::InstrumentLand, land, LandMask::Land);
    OverlayOptions o = ExportOptions(1080, LegendPlacement::Auto);
    o.land = &mask;
    const OverlayScene s = BuildOverlayScene(1920, 1080, SampleContent(), o, FakeMeasure);
    EXPECT_EQ(s.legendPlacement, LegendPlacement::Auto);
    EXPECT_FALSE(s.legendBox.Intersects(instrument));
    EXPECT_FALSE(s.legendBox.Intersects(land));  // there is room in the empty ocean below it
    EXPECT_EQ(s.mapArea, (PxRect{0, 0, 1920, 1080}));
}

TEST(OverlayScene, AutoFallsBackOutsideWhenNoOceanIsFree) {
    const LandMask mask = MaskWith({0, 0, 1920, 1080}, LandMask::InstrumentLand);
    OverlayOptions o = ExportOptions(1080, LegendPlacement::Auto);
    o.land = &mask;
    const OverlayScene s = BuildOverlayScene(1920, 1080, SampleContent(), o, FakeMeasure);
    EXPECT_EQ(s.legendPlacement, LegendPlacement::Outside);
    EXPECT_LT(s.mapArea.y1, 1080);
    EXPECT_FALSE(s.legendBox.Intersects(s.mapArea));
}

TEST(OverlayScene, AutoWithoutAMaskIsBottomLeft) {
    const OverlayScene s = BuildOverlayScene(1920, 1080, SampleContent(), ExportOptions(1080, LegendPlacement::Auto), FakeMeasure);
    EXPECT_EQ(s.legendPlacement, LegendPlacement::BottomLeft);
}

TEST(OverlayScene, HatchRowGetsAHatchedSwatch) {
    OverlayContent c = SampleContent();
    c.legend.hatchMeaning = "3 hatched: status possible but not certain on this day";
    const OverlayScene s = BuildOverlayScene(1920, 1080, c, ExportOptions(1080, LegendPlacement::BottomLeft), FakeMeasure);
    const auto swatches = ItemsOf<SceneSwatch>(s);
    ASSERT_EQ(swatches.size(), 4u);
    EXPECT_TRUE(swatches.back().hatched);
    for (const SceneSwatch& w : swatches) EXPECT_TRUE(Inside(w.box, s.legendBox));
}

TEST(OverlayScene, OutsideFilterRowComesLastWithItsSwatch) {
    OverlayContent c = SampleContent();
    OutsideFilterRow row;
    row.colour = OutsideFilterColour(Theme::Light);
    row.countries = 150;
    c.legend.outsideFilter = row;
    const OverlayScene s = BuildOverlayScene(1920, 1080, c, ExportOptions(1080, LegendPlacement::BottomLeft), FakeMeasure);
    const auto swatches = ItemsOf<SceneSwatch>(s);
    ASSERT_EQ(swatches.size(), c.legend.entries.size() + 1);
    EXPECT_EQ(swatches.back().fill, OutsideFilterColour(Theme::Light));
    EXPECT_FALSE(swatches.back().hatched);
    for (const SceneSwatch& w : swatches) EXPECT_TRUE(Inside(w.box, s.legendBox));
    const auto texts = ItemsOf<SceneText>(s);
    EXPECT_TRUE(std::any_of(texts.begin(), texts.end(), [](const SceneText& t) { return t.text == "Outside filter"; }));
}

}  // namespace
}  // namespace engagemap
