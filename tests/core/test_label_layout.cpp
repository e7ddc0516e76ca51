// Country labels (core/style/label_layout.hpp, core/view/country_labels.hpp): the greedy layout
// (no overlaps, priority order, leader lines to small states, obstacles and off-map anchors,
// determinism) and the label selection (parsing, unknown codes with a suggestion, "changed").
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/style/label_layout.hpp"
#include "core/view/country_labels.hpp"

namespace engagemap {
namespace {

// "<prefix><n>" (without operator+ on a literal, which GCC 12 warns about falsely under -O3).
std::string Key(const char* prefix, int n) {
    std::string key(prefix);
    key.append(std::to_string(n));
    return key;
}

// A monospace stand-in for a font: every UTF-8 code point is 0.6 em wide.
TextExtent FakeMeasure(std::string_view text, FontRole, float sizePx) {
    size_t codePoints = 0;
    for (unsigned char c : text) codePoints += (c & 0xC0) != 0x80;
    return {0.6f * sizePx * static_cast<float>(codePoints), sizePx};
}

LabelCandidate Candidate(const char* key, const char* text, float x, float y, float priority, bool small = false) {
    LabelCandidate c;
    c.key = key;
    c.text = text;
    c.x = x;
    c.y = y;
    c.priority = priority;
    c.sizePx = 20;
    c.smallState = small;
    c.markerRadiusPx = small ? 4 : 0;
    return c;
}

LabelLayoutOptions Area(float w, float h) {
    LabelLayoutOptions o;
    o.area = {0, 0, w, h};
    return o;
}

const PlacedLabel* Find(const LabelLayoutResult& r, const std::string& key) {
    for (const PlacedLabel& l : r.placed)
        if (l.key == key) return &l;
    return nullptr;
}

TEST(LabelLayout, PlacedLabelsNeverOverlapAndStayInside) {
    // A crowd of anchors on a small map: whatever is placed must not overlap.
    std::vector<LabelCandidate> crowd;
    for (int i = 0; i < 40; ++i) {
        const std::string key = Key("C", i);
        crowd.push_back(Candidate("", "Country", 40.0f + 17.0f * static_cast<float>(i % 8), 30.0f + 23.0f * static_cast<float>(i / 8),
                                  static_cast<float>(i % 7), i % 3 == 0));
        crowd.back().key = key;
    }
    const LabelLayoutResult r = LayoutLabels(crowd, Area(400, 200), FakeMeasure);
    EXPECT_EQ(r.placed.size() + r.dropped.size(), crowd.size());
    EXPECT_GT(r.placed.size(), 3u);
    EXPECT_FALSE(r.dropped.empty());  // not everything fits
    for (size_t a = 0; a < r.placed.size(); ++a) {
        const PxRect& box = r.placed[a].box;
        EXPECT_TRUE(box.x0 >= 0 && box.y0 >= 0 && box.x1 <= 400 && box.y1 <= 200) << r.placed[a].key;
        for (size_t b = a + 1; b < r.placed.size(); ++b)
            EXPECT_FALSE(box.Intersects(r.placed[b].box)) << r.placed[a].key << " overlaps " << r.placed[b].key;
    }
}

TEST(LabelLayout, HigherPriorityWinsTheContestedSpot) {
    // Two anchors at the same point in a map only big enough for one label.
    const std::vector<LabelCandidate> two{Candidate("LOW", "Lowland", 70, 15, 1), Candidate("HIGH", "Highland", 70, 15, 9)};
    const LabelLayoutResult r = LayoutLabels(two, Area(140, 30), FakeMeasure);
    ASSERT_EQ(r.placed.size(), 1u);
    EXPECT_EQ(r.placed[0].key, "HIGH");
    EXPECT_EQ(r.dropped, std::vector<std::string>{"LOW"});
    // Placement order follows priority.
    const std::vector<LabelCandidate> spread{Candidate("B", "Bbb", 50, 100, 2), Candidate("A", "Aaa", 300, 100, 5),
                                             Candidate("C", "Ccc", 200, 30, 2)};
    const LabelLayoutResult s = LayoutLabels(spread, Area(400, 200), FakeMeasure);
    ASSERT_EQ(s.placed.size(), 3u);
    EXPECT_EQ(s.placed[0].key, "A");
    EXPECT_EQ(s.placed[1].key, "B");  // equal priority: by key
    EXPECT_EQ(s.placed[2].key, "C");
}

TEST(LabelLayout, LargeCountryIsCentredSmallStateGetsALeaderLine) {
    const std::vector<LabelCandidate> c{Candidate("BRA", "Brazil", 200, 100, 50), Candidate("TON", "Tonga", 320, 150, 1, true)};
    const LabelLayoutResult r = LayoutLabels(c, Area(400, 200), FakeMeasure);
    const PlacedLabel* brazil = Find(r, "BRA");
    const PlacedLabel* tonga = Find(r, "TON");
    ASSERT_TRUE(brazil && tonga);
    EXPECT_FALSE(brazil->hasLeader);
    EXPECT_NEAR((brazil->box.x0 + brazil->box.x1) / 2, 200, 0.01);
    EXPECT_NEAR((brazil->box.y0 + brazil->box.y1) / 2, 100, 0.01);
    ASSERT_TRUE(tonga->hasLeader);
    // The label does not cover the state's marker; the leader runs from the marker's edge to the box.
    EXPECT_FALSE(tonga->box.Intersects(PxRect{316, 146, 324, 154}));
    EXPECT_NEAR(std::hypot(tonga->leader.x0 - 320, tonga->leader.y0 - 150), 4.0, 0.01);
    EXPECT_GE(tonga->leader.x1, tonga->box.x0 - 0.01f);
    EXPECT_LE(tonga->leader.x1, tonga->box.x1 + 0.01f);
    EXPECT_GE(tonga->leader.y1, tonga->box.y0 - 0.01f);
    EXPECT_LE(tonga->leader.y1, tonga->box.y1 + 0.01f);
    // The text has a halo; leaders come before texts in paint order.
    EXPECT_TRUE(tonga->text.halo);
    EXPECT_GT(tonga->text.haloWidth, 0);
    std::vector<ScenePrimitive> out;
    AppendLabelPrimitives(r, out);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_TRUE(std::holds_alternative<SceneLine>(out[0]));
    EXPECT_TRUE(std::holds_alternative<SceneText>(out[1]));
}

TEST(LabelLayout, CountryNarrowerThanItsLabelIsLabelledBesideWithoutALeader) {
    LabelCandidate fiji = Candidate("FJI", "Fiji", 200, 100, 3);
    fiji.footprintPx = 20;  // the label is 4 * 12 + halo = 52.8 px wide
    const LabelLayoutResult r = LayoutLabels({fiji}, Area(400, 200), FakeMeasure);
    ASSERT_EQ(r.placed.size(), 1u);
    EXPECT_FALSE(r.placed[0].hasLeader);
    EXPECT_FALSE(r.placed[0].box.Intersects(PxRect{190, 90, 210, 110})) << "the label covers the country";
    fiji.footprintPx = 80;  // wide enough: centred on it
    const LabelLayoutResult wide = LayoutLabels({fiji}, Area(400, 200), FakeMeasure);
    ASSERT_EQ(wide.placed.size(), 1u);
    EXPECT_NEAR((wide.placed[0].box.x0 + wide.placed[0].box.x1) / 2, 200, 0.01);
}

TEST(LabelLayout, OffMapAnchorsAreDroppedAndObstaclesAvoided) {
    LabelLayoutOptions o = Area(400, 200);
    o.area = {0, 0, 400, 160};  // an Outside legend band takes the bottom
    o.obstacles.push_back({0, 0, 200, 60});  // the title block
    const std::vector<LabelCandidate> c{Candidate("OFF", "Offmap", -20, 50, 9), Candidate("BAND", "Band", 100, 180, 9),
                                        Candidate("TTL", "Under title", 100, 30, 9), Candidate("OK", "Fine", 300, 100, 1)};
    const LabelLayoutResult r = LayoutLabels(c, o, FakeMeasure);
    EXPECT_EQ(Find(r, "OFF"), nullptr);
    EXPECT_EQ(Find(r, "BAND"), nullptr);
    ASSERT_NE(Find(r, "OK"), nullptr);
    if (const PlacedLabel* t = Find(r, "TTL")) {
        EXPECT_FALSE(t->box.Intersects(o.obstacles[0]));
    }
    for (const PlacedLabel& l : r.placed) EXPECT_LE(l.box.y1, 160);
}

TEST(LabelLayout, DeterministicWhateverTheInputOrder) {
    std::vector<LabelCandidate> c;
    for (int i = 0; i < 25; ++i) {
        c.push_back(Candidate("", "Name", 30.0f + 13.0f * static_cast<float>(i % 5), 30.0f + 11.0f * static_cast<float>(i / 5), 3, i % 2 == 1));
        c.back().key = Key("K", i);
    }
    const LabelLayoutResult a = LayoutLabels(c, Area(300, 200), FakeMeasure);
    std::reverse(c.begin(), c.end());
    const LabelLayoutResult b = LayoutLabels(c, Area(300, 200), FakeMeasure);
    ASSERT_EQ(a.placed.size(), b.placed.size());
    for (size_t i = 0; i < a.placed.size(); ++i) {
        EXPECT_EQ(a.placed[i].key, b.placed[i].key);
        EXPECT_EQ(a.placed[i].box, b.placed[i].box);
    }
}

TEST(LabelLayout, SizesAreWholePixels) {
    const LabelSizes s = LabelSizesFor(28.08f);
    EXPECT_EQ(s.normal, 28);
    EXPECT_EQ(s.major, 32);
}

// ---- the selection ------------------------------------------------------------------------------

TEST(LabelSelection, ParsesCodesChangedAllAndNone) {
    auto codes = ParseLabelSelection(" ton, KIR ,fji,");
    ASSERT_TRUE(codes);
    EXPECT_EQ(codes->mode, LabelSelection::Mode::Countries);
    EXPECT_EQ(codes->countries, (std::vector<std::string>{"TON", "KIR", "FJI"}));
    EXPECT_EQ(LabelSelectionText(*codes), "TON,KIR,FJI");
    EXPECT_EQ(ParseLabelSelection("changed")->mode, LabelSelection::Mode::Changed);
    EXPECT_EQ(ParseLabelSelection("ALL")->mode, LabelSelection::Mode::All);
    EXPECT_TRUE(ParseLabelSelection("none")->Empty());
    EXPECT_TRUE(ParseLabelSelection("")->Empty());
    std::string error;
    EXPECT_FALSE(ParseLabelSelection("TON,Tonga", &error));
    EXPECT_EQ(error, "labels: 'Tonga' is not an ISO 3166 alpha-3 code (expected e.g. TON,KIR,FJI, changed or all)");
}

CountrySet ThreeCountries() {
    CountrySet set;
    for (const auto& [key, name] : {std::pair{"FJI", "Fiji"}, std::pair{"KIR", "Kiribati"}, std::pair{"TON", "Tonga"}}) {
        CountryGeometry c;
        c.key = key;
        c.name = name;
        set.countries.push_back(c);
    }
    return set;
}

TEST(LabelSelection, UnknownCodeIsRefusedWithASuggestion) {
    const CountrySet set = ThreeCountries();
    std::string error;
    EXPECT_TRUE(CheckLabelCountries(*ParseLabelSelection("TON,FJI"), set, &error));
    EXPECT_FALSE(CheckLabelCountries(*ParseLabelSelection("TON,TNO"), set, &error));
    EXPECT_EQ(error, "labels: unknown country 'TNO' (did you mean TON, Tonga?)");
    EXPECT_FALSE(CheckLabelCountries(*ParseLabelSelection("XYZ"), set, &error));
    EXPECT_EQ(error, "labels: unknown country 'XYZ'");
    EXPECT_TRUE(CheckLabelCountries(*ParseLabelSelection("changed"), set, &error));
}

TEST(LabelSelection, ChangedComparesColourAndHatchingWithTheEarlierView) {
    const CountrySet set = ThreeCountries();
    ViewResult before, now;
    before.countries.resize(3);
    now.countries.resize(3);
    before.colours = {RgbHex(0x111111), RgbHex(0x222222), RgbHex(0x333333)};
    now.colours = {RgbHex(0x111111), RgbHex(0x999999), RgbHex(0x333333)};
    now.countries[2].uncertain = true;  // hatched now, not before
    EXPECT_EQ(LabelledCountries(*ParseLabelSelection("changed"), set, now, &before), (std::vector<int>{1, 2}));
    EXPECT_TRUE(LabelledCountries(*ParseLabelSelection("changed"), set, now, nullptr).empty());
    now.countries[1].included = false;  // outside the filter: not labelled
    EXPECT_EQ(LabelledCountries(*ParseLabelSelection("changed"), set, now, &before), (std::vector<int>{2}));
    EXPECT_EQ(LabelledCountries(*ParseLabelSelection("all"), set, now, &before), (std::vector<int>{0, 2}));
    EXPECT_EQ(LabelledCountries(*ParseLabelSelection("TON,FJI,TON"), set, now, nullptr), (std::vector<int>{0, 2}));
}

}  // namespace
}  // namespace engagemap
