// Views: instrument status with a region filter, breadth of engagement (counts, scale, legend),
// compare two instruments (classes, hatching, legend), and dimming outside the region filter.
#include <gtest/gtest.h>

#include "core/style/palettes.hpp"

#include <cmath>

#include <set>

#include "core/filter/engagement_views.hpp"
#include "test_filter_fixture.hpp"

namespace engagemap {
namespace {

Rgba8 WithAlpha(Rgba8 c, uint8_t alpha) {
    c.a = alpha;
    return c;
}

using namespace filter_test;

size_t At(const FilterFixture& f, const char* key) { return static_cast<size_t>(f.Idx(key)); }

ViewRequest Request(ViewKind kind, const char* day) {
    ViewRequest r;
    r.kind = kind;
    r.date = D(day);
    return r;
}

// Legend counts as {certain, uncertain} per entry.
std::vector<std::pair<int, int>> Counts(const ViewLegend& legend) {
    std::vector<std::pair<int, int>> out;
    for (const ViewLegendEntry& e : legend.entries) out.emplace_back(e.certain, e.uncertain);
    return out;
}

using CountPairs = std::vector<std::pair<int, int>>;

TEST(EngagementViews, IdsRoundTrip) {
    for (ViewKind k : {ViewKind::InstrumentStatus, ViewKind::Breadth, ViewKind::Compare})
        EXPECT_EQ(ParseViewKind(ViewKindId(k)), k);
    EXPECT_FALSE(ParseViewKind("map").has_value());
    EXPECT_STREQ(ViewKindId(ViewKind::Breadth), "breadth");
}

TEST(EngagementViews, EngagementDefinition) {
    EXPECT_TRUE(IsEngagedStatus(InstrumentKind::Treaty, MembershipStatus::Signed));
    EXPECT_FALSE(IsEngagedStatus(InstrumentKind::Treaty, MembershipStatus::Signed, false));
    EXPECT_TRUE(IsEngagedStatus(InstrumentKind::Treaty, MembershipStatus::Party));
    EXPECT_TRUE(IsEngagedStatus(InstrumentKind::Treaty, MembershipStatus::InForce));
    EXPECT_FALSE(IsEngagedStatus(InstrumentKind::Treaty, MembershipStatus::Invited));
    EXPECT_FALSE(IsEngagedStatus(InstrumentKind::Treaty, MembershipStatus::Denounced));
    EXPECT_TRUE(IsEngagedStatus(InstrumentKind::Forum, MembershipStatus::Member));
    EXPECT_FALSE(IsEngagedStatus(InstrumentKind::Forum, MembershipStatus::Former));
    EXPECT_TRUE(IsEngagedStatus(InstrumentKind::Program, MembershipStatus::Participant));
    EXPECT_FALSE(IsEngagedStatus(InstrumentKind::Program, MembershipStatus::Ended));
    StatusAtResult r;
    r.certainStatus = MembershipStatus::Signed;
    r.status = MembershipStatus::Party;
    r.certain = false;
    EXPECT_EQ(EngagementOf(InstrumentKind::Treaty, r), Engagement::Certain);  // engaged either way
    EXPECT_EQ(EngagementOf(InstrumentKind::Treaty, r, false), Engagement::Uncertain);
}

TEST(EngagementViews, OutsideTheFilterIsOneOpaqueNeutralTone) {
    std::vector<Rgba8> colours = {Rgba8{0, 0, 0, 255}, Rgba8{0, 0, 0, kUncertainAlpha}, Rgba8{9, 9, 9, 255}};
    PaintOutsideFilter(&colours, {true, false, false}, Rgba8{100, 100, 100, 7});
    EXPECT_EQ(colours[0], (Rgba8{0, 0, 0, 255}));
    EXPECT_EQ(colours[1], (Rgba8{100, 100, 100, 255}));  // no hatching outside the filter
    EXPECT_EQ(colours[2], (Rgba8{100, 100, 100, 255}));
}

TEST(EngagementViews, BreadthClassBreaksFollowTheMaximum) {
    EXPECT_TRUE(BreadthClasses(0).empty());
    auto ranges = [](int max) {
        std::vector<std::pair<int, int>> out;
        for (const BreadthClass& c : BreadthClasses(max)) out.emplace_back(c.minCount, c.maxCount);
        return out;
    };
    EXPECT_EQ(ranges(1), (CountPairs{{1, 1}}));
    EXPECT_EQ(ranges(3), (CountPairs{{1, 1}, {2, 2}, {3, 3}}));
    EXPECT_EQ(ranges(6), (CountPairs{{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}, {6, 6}}));
    EXPECT_EQ(ranges(10), (CountPairs{{1, 2}, {3, 4}, {5, 5}, {6, 7}, {8, 9}, {10, 10}}));
    EXPECT_EQ(ranges(25), (CountPairs{{1, 5}, {6, 9}, {10, 13}, {14, 17}, {18, 21}, {22, 25}}));
    // Every count 1..max falls in exactly one class, and the scale darkens monotonically.
    for (int max = 1; max <= 40; ++max) {
        const auto classes = BreadthClasses(max);
        ASSERT_LE(classes.size(), 6u);
        for (int n = 1; n <= max; ++n) EXPECT_GE(BreadthClassIndex(classes, n), 0) << max << " " << n;
        EXPECT_EQ(BreadthClassIndex(classes, 0), -1);
        EXPECT_EQ(classes.back().maxCount, max);
        std::set<uint32_t> distinct;
        for (size_t k = 0; k < classes.size(); ++k) {
            const Rgba8 c = classes[k].colour;
            distinct.insert(static_cast<uint32_t>(c.r) << 16 | static_cast<uint32_t>(c.g) << 8 | c.b);
            if (k > 0) {
                const Rgba8 p = classes[k - 1].colour;
                // Relative luminance (Rec. 709 weights on sRGB-decoded channels): what "darker" means.
                auto luminance = [](Rgba8 x) {
                    auto lin = [](uint8_t v) { const double t = v / 255.0; return t <= 0.04045 ? t / 12.92 : std::pow((t + 0.055) / 1.055, 2.4); };
                    return 0.2126 * lin(x.r) + 0.7152 * lin(x.g) + 0.0722 * lin(x.b);
                };
                EXPECT_LT(luminance(c), luminance(p)) << "max " << max << " class " << k;
            }
        }
        EXPECT_EQ(distinct.size(), classes.size());
    }
    // YlGnBu: six classes are YlGnBu-7 without its lightest colour.
    const auto six = BreadthClasses(6);
    EXPECT_EQ(six.front().colour, BreadthScaleColour(6, 0));
    EXPECT_EQ(six.back().colour, BreadthScaleColour(6, 5));
}

TEST(EngagementViews, BreadthCountsCertainAndUncertainEngagements) {
    FilterFixture f;
    const ViewResult v = BuildView(f.dataset, f.countries, Request(ViewKind::Breadth, "2014-12-01"));
    auto count = [&](const char* key) {
        const CountryView& c = v.countries[At(f, key)];
        return std::pair<int, int>{c.engagedCertain, c.engagedUncertain};
    };
    EXPECT_EQ(count("ALB"), (std::pair<int, int>{1, 0}));  // Budapest in force
    EXPECT_EQ(count("DEU"), (std::pair<int, int>{2, 0}));  // Budapest + FOC
    EXPECT_EQ(count("FRA"), (std::pair<int, int>{1, 1}));  // FOC; Budapest deposit date unknown
    EXPECT_EQ(count("KEN"), (std::pair<int, int>{2, 0}));  // FOC (until 2015) + GLACY (from 2014-11-01)
    EXPECT_EQ(count("KOR"), (std::pair<int, int>{1, 0}));
    EXPECT_EQ(count("NZL"), (std::pair<int, int>{1, 0}));
    EXPECT_EQ(count("USA"), (std::pair<int, int>{2, 0}));
    EXPECT_EQ(count("FJI"), (std::pair<int, int>{0, 0}));
    EXPECT_EQ(v.countries[At(f, "KEN")].engagedInstruments, (std::vector<int>{1, 2}));
    EXPECT_EQ(v.instruments, (std::vector<int>{0, 1, 2}));
    EXPECT_EQ(v.maxCount, 2);

    // Colours: YlGnBu-3 without its lightest, FRA coloured by its possible count and hatched.
    EXPECT_EQ(v.colours[At(f, "ALB")], BreadthScaleColour(2, 0));
    EXPECT_EQ(v.colours[At(f, "DEU")], BreadthScaleColour(2, 1));
    EXPECT_EQ(v.colours[At(f, "FRA")], WithAlpha(BreadthScaleColour(2, 1), kUncertainAlpha));
    EXPECT_TRUE(v.countries[At(f, "FRA")].uncertain);
    EXPECT_EQ(v.colours[At(f, "FJI")], ViewStyle{}.noneColour);
    EXPECT_EQ(v.colours[At(f, "NE-somaliland")], ViewStyle{}.noneColour);
    EXPECT_EQ(v.countries[At(f, "NE-somaliland")].legendEntry, -1);

    // Legend: "0", "1", "2" with counts over ISO countries (ATA and FJI have none).
    ASSERT_EQ(v.legend.entries.size(), 3u);
    EXPECT_EQ(v.legend.entries[0].label, "0");
    EXPECT_EQ(v.legend.entries[1].label, "1");
    EXPECT_EQ(v.legend.entries[2].label, "2");
    EXPECT_EQ(Counts(v.legend), (CountPairs{{2, 0}, {3, 0}, {3, 1}}));
    EXPECT_EQ(v.legend.title, "Instruments engaged in");
    ASSERT_GE(v.legend.notes.size(), 2u);
    EXPECT_EQ(v.legend.notes[0], "Of 3 instruments (All instruments)");
    EXPECT_EQ(v.legend.hatchMeaning, "1 hatched: some engagement's date uncertain; colour shows the possible count");
}

TEST(EngagementViews, BreadthFollowsPillarAndKindFilters) {
    FilterFixture f;
    ViewRequest r = Request(ViewKind::Breadth, "2014-12-01");
    r.instruments.pillars = {"law-enforcement"};  // Budapest + GLACY
    ViewResult v = BuildView(f.dataset, f.countries, r);
    EXPECT_EQ(v.instruments, (std::vector<int>{0, 2}));
    EXPECT_EQ(v.countries[At(f, "DEU")].engagedCertain, 1);
    EXPECT_EQ(v.countries[At(f, "KEN")].engagedCertain, 1);
    EXPECT_EQ(v.countries[At(f, "KOR")].engagedCertain, 0);
    EXPECT_EQ(v.countries[At(f, "FRA")].engagedUncertain, 1);
    EXPECT_EQ(v.maxCount, 1);
    EXPECT_EQ(v.legend.notes[0], "Of 2 instruments (Law enforcement)");

    r.instruments = {};
    r.instruments.kinds = {InstrumentKind::Forum};
    v = BuildView(f.dataset, f.countries, r);
    EXPECT_EQ(v.instruments, std::vector<int>{1});
    EXPECT_EQ(v.countries[At(f, "ALB")].engagedCertain, 0);
    EXPECT_EQ(v.countries[At(f, "FRA")].engagedCertain, 1);
    EXPECT_EQ(v.countries[At(f, "FRA")].engagedUncertain, 0);
}

// Instruments chosen one by one (the checklist, --instruments): only they are counted, and the
// legend names them; a pillar filter's legend lists what it counted.
TEST(EngagementViews, BreadthCountsOnlyTheTickedInstrumentsAndNamesThem) {
    FilterFixture f;
    ViewRequest r = Request(ViewKind::Breadth, "2014-12-01");
    std::string error;
    ASSERT_TRUE(ParseInstrumentIds(f.dataset, "foc, glacy", &r.instruments, &error)) << error;
    ViewResult v = BuildView(f.dataset, f.countries, r);
    EXPECT_EQ(v.instruments, (std::vector<int>{1, 2}));
    EXPECT_EQ(v.countries[At(f, "ALB")].engagedCertain, 0);  // Budapest is not counted
    EXPECT_EQ(v.countries[At(f, "KEN")].engagedCertain, 2);  // FOC (until 2015-06-30) and GLACY
    EXPECT_EQ(v.legend.notes[0], "Of 2 instruments (" + r.instruments.Describe(&f.dataset) + ")");
    for (const char* id : {"foc", "glacy"}) {
        const Instrument& in = f.dataset.instruments[static_cast<size_t>(f.dataset.FindInstrument(id))];
        EXPECT_NE(v.legend.notes[0].find(in.shortName.empty() ? in.id : in.shortName), std::string::npos) << id;
    }
    EXPECT_FALSE(ParseInstrumentIds(f.dataset, "foc,nope", &r.instruments, &error));
    EXPECT_EQ(error, "unknown instrument 'nope' (see engagemap query instruments)");

    ViewRequest byPillar = Request(ViewKind::Breadth, "2014-12-01");
    byPillar.instruments.pillars = {"law-enforcement"};
    v = BuildView(f.dataset, f.countries, byPillar);
    ASSERT_GE(v.legend.notes.size(), 2u);
    EXPECT_EQ(v.legend.notes[1], CountedInstrumentsNote(f.dataset, {0, 2}));
    EXPECT_EQ(v.legend.notes[1].rfind("Counted: ", 0), 0u);
}

TEST(EngagementViews, BreadthSignaturesCountOnlyWhenAsked) {
    FilterFixture f;
    ViewRequest r = Request(ViewKind::Breadth, "2002-01-01");  // ALB and DEU have only signed
    ViewResult v = BuildView(f.dataset, f.countries, r);
    EXPECT_EQ(v.countries[At(f, "ALB")].engagedCertain, 1);
    EXPECT_EQ(v.countries[At(f, "DEU")].engagedCertain, 1);
    EXPECT_EQ(v.countries[At(f, "USA")].engagedUncertain, 1);  // deposit known only "by 2006-12-31"
    r.signaturesCount = false;
    v = BuildView(f.dataset, f.countries, r);
    EXPECT_EQ(v.countries[At(f, "ALB")].engagedCertain, 0);
    EXPECT_EQ(v.countries[At(f, "DEU")].engagedCertain, 0);
    EXPECT_EQ(v.countries[At(f, "USA")].engagedUncertain, 1);
}

TEST(EngagementViews, BreadthScaleIgnoresTheRegionFilterButCountsFollowIt) {
    FilterFixture f;
    ViewRequest r = Request(ViewKind::Breadth, "2014-12-01");
    r.region.subregions = {"Western Europe"};
    const ViewResult v = BuildView(f.dataset, f.countries, r);
    EXPECT_EQ(v.maxCount, 2);  // from every country
    EXPECT_EQ(Counts(v.legend), (CountPairs{{0, 0}, {0, 0}, {1, 1}}));  // DEU; FRA hatched
    EXPECT_EQ(v.colours[At(f, "DEU")], BreadthScaleColour(2, 1));
    EXPECT_EQ(v.colours[At(f, "ALB")], OutsideFilterColour(Theme::Light));
    EXPECT_FALSE(v.countries[At(f, "ALB")].included);
    EXPECT_NE(std::find(v.legend.notes.begin(), v.legend.notes.end(),
                        "Counts: 2 countries in Western Europe; others dimmed"),
              v.legend.notes.end());
}

TEST(EngagementViews, CompareClassesAndLegend) {
    FilterFixture f;
    ViewRequest r = Request(ViewKind::Compare, "2014-12-01");
    r.instrument = 0;   // Budapest
    r.instrumentB = 1;  // FOC
    const ViewResult v = BuildView(f.dataset, f.countries, r);
    auto cls = [&](const char* key) { return v.countries[At(f, key)].compare; };
    EXPECT_EQ(cls("ALB"), CompareClass::AOnly);
    EXPECT_EQ(cls("DEU"), CompareClass::Both);
    EXPECT_EQ(cls("FRA"), CompareClass::Both);
    EXPECT_EQ(cls("KEN"), CompareClass::BOnly);
    EXPECT_EQ(cls("KOR"), CompareClass::BOnly);
    EXPECT_EQ(cls("USA"), CompareClass::Both);
    EXPECT_EQ(cls("FJI"), CompareClass::Neither);
    EXPECT_TRUE(v.countries[At(f, "FRA")].uncertain);  // Budapest deposit date unknown
    EXPECT_EQ(v.countries[At(f, "FRA")].engagedA, Engagement::Uncertain);
    EXPECT_EQ(v.countries[At(f, "FRA")].engagedB, Engagement::Certain);
    EXPECT_FALSE(v.countries[At(f, "DEU")].uncertain);

    EXPECT_EQ(v.colours[At(f, "ALB")], CompareColoursFor(Theme::Light).aOnly);
    EXPECT_EQ(v.colours[At(f, "KEN")], CompareColoursFor(Theme::Light).bOnly);
    EXPECT_EQ(v.colours[At(f, "DEU")], CompareColoursFor(Theme::Light).both);
    EXPECT_EQ(v.colours[At(f, "FRA")], (Rgba8{CompareColoursFor(Theme::Light).both.r, CompareColoursFor(Theme::Light).both.g, CompareColoursFor(Theme::Light).both.b, kUncertainAlpha}));
    EXPECT_EQ(v.colours[At(f, "FJI")], ViewStyle{}.noneColour);

    EXPECT_EQ(v.legend.title, "Budapest vs FOC");
    ASSERT_EQ(v.legend.entries.size(), 4u);
    EXPECT_EQ(v.legend.entries[0].label, "Both");
    EXPECT_EQ(v.legend.entries[1].label, "Only Budapest");
    EXPECT_EQ(v.legend.entries[2].label, "Only FOC");
    EXPECT_EQ(v.legend.entries[3].label, "Neither");
    EXPECT_EQ(Counts(v.legend), (CountPairs{{2, 1}, {1, 0}, {3, 0}, {2, 0}}));  // neither: ATA, FJI
    // Four distinct colours.
    std::set<uint32_t> distinct;
    for (const ViewLegendEntry& e : v.legend.entries)
        distinct.insert(static_cast<uint32_t>(e.colour.r) << 16 | static_cast<uint32_t>(e.colour.g) << 8 | e.colour.b);
    EXPECT_EQ(distinct.size(), 4u);
}

TEST(EngagementViews, CompareUncertaintyOnEitherSideAndRegionCounts) {
    FilterFixture f;
    ViewRequest r = Request(ViewKind::Compare, "2012-06-01");  // NZL's FOC joining is uncertain in 2012
    r.instrument = 0;
    r.instrumentB = 1;
    r.region.regions = {"Europe", "Oceania"};
    const ViewResult v = BuildView(f.dataset, f.countries, r);
    EXPECT_EQ(v.countries[At(f, "NZL")].compare, CompareClass::BOnly);
    EXPECT_TRUE(v.countries[At(f, "NZL")].uncertain);
    // Europe + Oceania: ALB, DEU, FRA, FJI, NZL.
    EXPECT_EQ(Counts(v.legend), (CountPairs{{1, 1}, {1, 0}, {0, 1}, {1, 0}}));
    // Outside the filter every class looks the same, in the dark theme too.
    EXPECT_EQ(v.colours[At(f, "KEN")], OutsideFilterColour(Theme::Light));
    EXPECT_EQ(v.colours[At(f, "USA")], OutsideFilterColour(Theme::Light));
    ViewStyle dark;
    dark.theme = Theme::Dark;
    const ViewResult vd = BuildView(f.dataset, f.countries, r, dark);
    EXPECT_EQ(vd.colours[At(f, "USA")], OutsideFilterColour(Theme::Dark));
    ASSERT_TRUE(vd.legend.outsideFilter.has_value());
    EXPECT_EQ(vd.legend.outsideFilter->colour, OutsideFilterColour(Theme::Dark));
}

TEST(EngagementViews, CompareNeedsTwoInstruments) {
    FilterFixture f;
    ViewRequest r = Request(ViewKind::Compare, "2014-12-01");
    r.instrument = 0;
    const ViewResult v = BuildView(f.dataset, f.countries, r);
    EXPECT_TRUE(v.legend.entries.empty());
    EXPECT_EQ(v.legend.notes, std::vector<std::string>{"Choose two instruments"});
    ASSERT_EQ(v.colours.size(), f.countries.countries.size());
    for (const Rgba8& c : v.colours) EXPECT_EQ(c, ViewStyle{}.noneColour);
}

TEST(EngagementViews, StatusViewWithoutFilterMatchesTheTimelineLegend) {
    FilterFixture f;
    ViewRequest r = Request(ViewKind::InstrumentStatus, "2010-01-01");
    r.instrument = 0;
    const ViewResult v = BuildView(f.dataset, f.countries, r);
    const StatusLegend expected = BuildStatusLegend(f.dataset, 0, f.countries, D("2010-01-01"));
    ASSERT_EQ(v.legend.entries.size(), expected.entries.size());
    for (size_t k = 0; k < expected.entries.size(); ++k) {
        EXPECT_EQ(v.legend.entries[k].status, expected.entries[k].status);
        EXPECT_EQ(v.legend.entries[k].certain, expected.entries[k].certain);
        EXPECT_EQ(v.legend.entries[k].uncertain, expected.entries[k].uncertain);
    }
    EXPECT_EQ(v.legend.notes, expected.notes);
    EXPECT_EQ(v.legend.title, "Convention on Cybercrime");
    EXPECT_FALSE(v.legend.outsideFilter.has_value());  // no filter, no "Outside filter" row
    EXPECT_EQ(v.colours, ColoursForStatuses(StatusesAt(f.dataset, 0, f.countries, D("2010-01-01")), ViewStyle{}.noneColour));
    EXPECT_EQ(v.countries[At(f, "ALB")].status.status, MembershipStatus::InForce);
    EXPECT_TRUE(v.countries[At(f, "FRA")].uncertain);
}

TEST(EngagementViews, StatusViewCountsFollowTheRegionFilter) {
    FilterFixture f;
    ViewRequest r = Request(ViewKind::InstrumentStatus, "2010-01-01");
    r.instrument = 0;
    r.region.regions = {"Europe"};
    const ViewResult v = BuildView(f.dataset, f.countries, r);
    // Treaty legend order: invited, signed, party, in force, denounced. USA (party) is outside.
    EXPECT_EQ(Counts(v.legend), (CountPairs{{0, 0}, {0, 0}, {0, 1}, {2, 0}, {0, 0}}));
    EXPECT_EQ(v.colours[At(f, "USA")], OutsideFilterColour(Theme::Light));
    // The legend's "Outside filter" row: the tone and the ISO countries outside (ATA, FJI, KEN, KOR,
    // NZL, USA; not the non-ISO Somaliland).
    ASSERT_TRUE(v.legend.outsideFilter.has_value());
    EXPECT_EQ(v.legend.outsideFilter->label, "Outside filter");
    EXPECT_EQ(v.legend.outsideFilter->colour, OutsideFilterColour(Theme::Light));
    EXPECT_EQ(v.legend.outsideFilter->countries, 6);
    EXPECT_EQ(v.colours[At(f, "ALB")], StatusColour(MembershipStatus::InForce));
    EXPECT_EQ(v.colours[At(f, "FRA")].a, kUncertainAlpha);
    EXPECT_EQ(v.legend.hatchMeaning, std::string("1 hatched: ") + kHatchMeaningStatus);

    // Members of an instrument as the region, at the view's date.
    r.region = {};
    r.region.instruments = {"foc"};
    const ViewResult byFoc = BuildView(f.dataset, f.countries, r);  // 2010: FOC not founded yet
    EXPECT_EQ(byFoc.region.includedCount, 0);
    EXPECT_EQ(Counts(byFoc.legend), (CountPairs{{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}));
    r.date = D("2013-01-01");
    const ViewResult byFoc2013 = BuildView(f.dataset, f.countries, r);
    EXPECT_EQ(byFoc2013.region.includedCount, 6);  // DEU FRA KEN KOR NZL USA
    EXPECT_EQ(Counts(byFoc2013.legend), (CountPairs{{0, 0}, {0, 0}, {1, 1}, {1, 0}, {0, 0}}));  // USA, FRA; DEU
}

TEST(EngagementViews, DeterministicForTheSameInput) {
    FilterFixture f;
    ViewRequest r = Request(ViewKind::Breadth, "2014-12-01");
    r.region.regions = {"Europe"};
    const ViewResult a = BuildView(f.dataset, f.countries, r);
    const ViewResult b = BuildView(f.dataset, f.countries, r);
    EXPECT_EQ(a.colours, b.colours);
    EXPECT_EQ(Counts(a.legend), Counts(b.legend));
    EXPECT_EQ(a.legend.notes, b.legend.notes);
}

}  // namespace
}  // namespace engagemap
