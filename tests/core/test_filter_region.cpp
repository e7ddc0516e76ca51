// Region filter (UN M49 regions, subregions, members of an instrument at a date), region
// listing, zoom boxes, filtered counts, and the instrument (pillar / kind) filter.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/filter/instrument_filter.hpp"
#include "core/filter/region_filter.hpp"
#include "test_filter_fixture.hpp"

namespace engagemap {
namespace {

using namespace filter_test;
using Keys_ = std::vector<std::string>;

Keys_ Included(const FilterFixture& f, const RegionFilter& filter, const char* day) {
    return Keys(f.countries, Includes(filter, f.countries, &f.dataset, D(day)));
}

TEST(RegionFilter, EmptySelectionIncludesEveryCountry) {
    FilterFixture f;
    RegionFilter filter;
    EXPECT_TRUE(filter.Empty());
    const RegionMembership m = EvaluateRegionFilter(filter, f.countries, &f.dataset, D("2020-01-01"));
    EXPECT_EQ(m.includedCount, static_cast<int>(f.countries.countries.size()));
    EXPECT_EQ(m.uncertainCount, 0);
    EXPECT_EQ(filter.Describe(&f.dataset), "All countries");
}

TEST(RegionFilter, RegionAndSubregion) {
    FilterFixture f;
    RegionFilter europe;
    europe.regions = {"Europe"};
    EXPECT_EQ(Included(f, europe, "2020-01-01"), (Keys_{"ALB", "DEU", "FRA"}));
    RegionFilter western;
    western.subregions = {"Western Europe"};
    EXPECT_EQ(Included(f, western, "2020-01-01"), (Keys_{"DEU", "FRA"}));
    // Non-ISO features belong to their geodata region too (they are dimmed/undimmed like others).
    RegionFilter africa;
    africa.regions = {"Africa"};
    EXPECT_EQ(Included(f, africa, "2020-01-01"), (Keys_{"KEN", "NE-somaliland"}));
}

TEST(RegionFilter, MultiSelectIsAUnion) {
    FilterFixture f;
    RegionFilter filter;
    filter.regions = {"Oceania", "Africa"};
    filter.subregions = {"Western Europe", "Northern America"};
    EXPECT_EQ(Included(f, filter, "2020-01-01"), (Keys_{"DEU", "FJI", "FRA", "KEN", "NE-somaliland", "NZL", "USA"}));
    EXPECT_EQ(filter.Describe(&f.dataset), "Africa + Oceania + Northern America + Western Europe");
    // A subregion inside a selected region adds nothing.
    RegionFilter overlap;
    overlap.regions = {"Europe"};
    overlap.subregions = {"Western Europe"};
    EXPECT_EQ(Included(f, overlap, "2020-01-01"), (Keys_{"ALB", "DEU", "FRA"}));
}

TEST(RegionFilter, InstrumentMembersAtTheDateIncludingTheBoundaryDay) {
    FilterFixture f;
    RegionFilter foc;
    foc.instruments = {"foc"};
    EXPECT_EQ(Included(f, foc, "2011-12-08"), Keys_{});  // the day before the founding
    EXPECT_EQ(Included(f, foc, "2011-12-09"), (Keys_{"DEU", "FRA", "KEN", "KOR", "USA"}));  // the day itself
    EXPECT_EQ(Included(f, foc, "2015-06-29"), (Keys_{"DEU", "FRA", "KEN", "KOR", "NZL", "USA"}));
    EXPECT_EQ(Included(f, foc, "2015-06-30"), (Keys_{"DEU", "FRA", "KOR", "NZL", "USA"}));  // KEN left that day
    EXPECT_EQ(foc.Describe(&f.dataset), "FOC members");
}

TEST(RegionFilter, UncertainMembersAreReportedNotIncluded) {
    FilterFixture f;
    RegionFilter foc;
    foc.instruments = {"foc"};
    // NZL joined some time in 2012: uncertain during 2012, certain from 2013-01-01.
    RegionMembership m = EvaluateRegionFilter(foc, f.countries, &f.dataset, D("2012-06-01"));
    EXPECT_FALSE(m.included[static_cast<size_t>(f.Idx("NZL"))]);
    EXPECT_TRUE(m.uncertain[static_cast<size_t>(f.Idx("NZL"))]);
    EXPECT_EQ(m.includedCount, 5);
    EXPECT_EQ(m.uncertainCount, 1);
    m = EvaluateRegionFilter(foc, f.countries, &f.dataset, D("2012-12-31"));
    EXPECT_TRUE(m.included[static_cast<size_t>(f.Idx("NZL"))]);  // the last day of the bound
    EXPECT_EQ(m.uncertainCount, 0);

    // A treaty party with no known date is uncertain at every date; selecting its region too
    // includes it without the uncertain flag.
    RegionFilter budapest;
    budapest.instruments = {"budapest"};
    m = EvaluateRegionFilter(budapest, f.countries, &f.dataset, D("2010-01-01"));
    EXPECT_EQ(Keys(f.countries, m.included), (Keys_{"ALB", "DEU", "USA"}));
    EXPECT_EQ(Keys(f.countries, m.uncertain), Keys_{"FRA"});
    budapest.subregions = {"Western Europe"};
    m = EvaluateRegionFilter(budapest, f.countries, &f.dataset, D("2010-01-01"));
    EXPECT_EQ(Keys(f.countries, m.included), (Keys_{"ALB", "DEU", "FRA", "USA"}));
    EXPECT_EQ(m.uncertainCount, 0);
}

TEST(RegionFilter, TreatyMembershipMeansPartyNotSignatory) {
    FilterFixture f;
    RegionFilter budapest;
    budapest.instruments = {"budapest"};
    // ALB signed 2001-11-23 (not a member), deposited 2002-06-20 (a party from that day).
    EXPECT_EQ(Included(f, budapest, "2002-06-19"), Keys_{});
    EXPECT_EQ(Included(f, budapest, "2002-06-20"), Keys_{"ALB"});
    EXPECT_EQ(InstrumentMembershipLevel(f.dataset.instruments[0], f.dataset.instruments[0].participants[3],
                                        D("2006-12-30")),
              1);  // USA: deposit known only "by 2006-12-31"
    EXPECT_EQ(InstrumentMembershipLevel(f.dataset.instruments[0], f.dataset.instruments[0].participants[3],
                                        D("2006-12-31")),
              2);
}

TEST(RegionFilter, RegionAndInstrumentCombine) {
    FilterFixture f;
    RegionFilter filter;
    filter.regions = {"Oceania"};
    filter.instruments = {"glacy"};
    EXPECT_EQ(Included(f, filter, "2016-10-31"), (Keys_{"FJI", "KEN", "NZL"}));  // end day still counts
    EXPECT_EQ(Included(f, filter, "2016-11-01"), (Keys_{"FJI", "NZL"}));
    EXPECT_EQ(filter.Describe(&f.dataset), "Oceania + GLACY members");
}

TEST(RegionFilter, UnknownInstrumentIsReported) {
    FilterFixture f;
    RegionFilter filter;
    filter.instruments = {"nope"};
    const RegionMembership m = EvaluateRegionFilter(filter, f.countries, &f.dataset, D("2020-01-01"));
    EXPECT_EQ(m.includedCount, 0);
    EXPECT_EQ(m.unknownInstruments, Keys_{"nope"});
    const RegionMembership noData = EvaluateRegionFilter(filter, f.countries, nullptr, D("2020-01-01"));
    EXPECT_EQ(noData.unknownInstruments, Keys_{"nope"});
}

TEST(RegionFilter, TokensFromTheCommandLine) {
    FilterFixture f;
    RegionFilter filter;
    std::string error;
    EXPECT_TRUE(AddRegionToken("europe", f.countries, &f.dataset, &filter, &error));
    EXPECT_TRUE(AddRegionToken("Western EUROPE", f.countries, &f.dataset, &filter, &error));
    EXPECT_TRUE(AddRegionToken("foc", f.countries, &f.dataset, &filter, &error));
    EXPECT_TRUE(AddRegionToken("members:glacy", f.countries, &f.dataset, &filter, &error));
    EXPECT_EQ(filter.regions, (std::set<std::string>{"Europe"}));
    EXPECT_EQ(filter.subregions, (std::set<std::string>{"Western Europe"}));
    EXPECT_EQ(filter.instruments, (std::set<std::string>{"foc", "glacy"}));
    EXPECT_FALSE(AddRegionToken("Atlantis", f.countries, &f.dataset, &filter, &error));
    EXPECT_EQ(error.rfind("unknown region 'Atlantis'. Valid: UN M49 regions: Africa, Americas, Asia, Europe, Oceania; "
                          "subregions: ", 0), 0u) << error;
    EXPECT_NE(error.find("intermediate regions: Caribbean, Central America, Eastern Africa, Middle Africa, "
                         "South America, Southern Africa, Western Africa"), std::string::npos) << error;
    EXPECT_NE(error.find("or an instrument id"), std::string::npos) << error;
    EXPECT_FALSE(AddRegionToken("foc", f.countries, nullptr, &filter, &error));
}

// Every UN M49 region, subregion and intermediate region, by name (any case) or code, even when
// the geodata only carries regions and subregions; a near miss suggests the closest names.
TEST(RegionFilter, UnM49IntermediateRegionsByNameOrCode) {
    FilterFixture f;
    RegionFilter filter;
    std::string error;
    ASSERT_TRUE(AddRegionToken("eastern africa", f.countries, &f.dataset, &filter, &error)) << error;
    EXPECT_EQ(filter.areas, (std::set<std::string>{"014"}));
    EXPECT_EQ(Included(f, filter, "2020-01-01"), (Keys_{"KEN"}));
    EXPECT_EQ(filter.Describe(&f.dataset), "Eastern Africa");
    RegionFilter byCode;
    ASSERT_TRUE(AddRegionToken("14", f.countries, &f.dataset, &byCode, &error)) << error;
    EXPECT_EQ(byCode.areas, filter.areas);
    RegionFilter americas;
    ASSERT_TRUE(AddRegionToken("019", f.countries, &f.dataset, &americas, &error)) << error;
    EXPECT_EQ(Included(f, americas, "2020-01-01"), (Keys_{"USA"}));
    RegionFilter miss;
    EXPECT_FALSE(AddRegionToken("Westren Africa", f.countries, &f.dataset, &miss, &error));
    EXPECT_EQ(error.rfind("unknown region 'Westren Africa': did you mean 'Western Africa'", 0), 0u) << error;
    EXPECT_TRUE(miss.Empty());
}

// Country groups of the dataset are regions too: certain members included at the day, members
// whose dates are only bounded reported as uncertain.
TEST(RegionFilter, CountryGroupsAsRegions) {
    FilterFixture f;
    CountryGroup g;
    g.id = "fixture-group";
    g.name = "Fixture group";
    g.shortName = "FXG";
    Participation deu;
    deu.country = "DEU";
    deu.events = {Ev(EventType::Joined, FuzzyDate::Day(D("1958-01-01")))};
    Participation ken;
    ken.country = "KEN";
    ken.events = {Ev(EventType::Joined, FuzzyDate::KnownBy(*ParsePartialDate("2016-06-30")))};
    g.members = {deu, ken};
    f.dataset.groups.push_back(g);
    RegionFilter filter;
    std::string error;
    ASSERT_TRUE(AddRegionToken("fxg", f.countries, &f.dataset, &filter, &error)) << error;
    EXPECT_EQ(filter.groups, (std::set<std::string>{"fixture-group"}));
    EXPECT_EQ(filter.Describe(&f.dataset), "FXG");
    RegionMembership m = EvaluateRegionFilter(filter, f.countries, &f.dataset, D("2010-01-01"));
    EXPECT_EQ(Keys(f.countries, m.included), (Keys_{"DEU"}));
    EXPECT_EQ(Keys(f.countries, m.uncertain), (Keys_{"KEN"}));
    m = EvaluateRegionFilter(filter, f.countries, &f.dataset, D("2017-01-01"));
    EXPECT_EQ(Keys(f.countries, m.included), (Keys_{"DEU", "KEN"}));
    RegionFilter prefixed;
    ASSERT_TRUE(AddRegionToken("group:FIXTURE-GROUP", f.countries, &f.dataset, &prefixed, &error)) << error;
    EXPECT_EQ(prefixed.groups, filter.groups);
}

TEST(RegionFilter, ListsRegionsSortedWithTheirSubregions) {
    FilterFixture f;
    const std::vector<RegionGroup> groups = ListRegions(f.countries);
    ASSERT_EQ(groups.size(), 5u);  // Antarctica has no region
    EXPECT_EQ(groups[0].region, "Africa");
    EXPECT_EQ(groups[0].countryCount, 2);
    EXPECT_EQ(groups[1].region, "Americas");
    EXPECT_EQ(groups[2].region, "Asia");
    EXPECT_EQ(groups[3].region, "Europe");
    EXPECT_EQ(groups[3].countryCount, 3);
    ASSERT_EQ(groups[3].subregions.size(), 2u);
    EXPECT_EQ(groups[3].subregions[0], (std::pair<std::string, int>{"Southern Europe", 1}));
    EXPECT_EQ(groups[3].subregions[1], (std::pair<std::string, int>{"Western Europe", 2}));
    EXPECT_EQ(groups[4].region, "Oceania");
    ASSERT_EQ(groups[4].subregions.size(), 2u);
    EXPECT_EQ(groups[4].subregions[0].first, "Australia and New Zealand");
    EXPECT_EQ(groups[4].subregions[1].first, "Melanesia");
}

TEST(RegionFilter, ZoomBoxOfTheFilteredArea) {
    FilterFixture f;
    RegionFilter europe;
    europe.regions = {"Europe"};
    const std::vector<bool> inEurope = Includes(europe, f.countries, &f.dataset, D("2020-01-01"));
    const LonLatBox box = FilteredLonLatBox(f.countries, inEurope);
    EXPECT_DOUBLE_EQ(box.minLon, -5);
    EXPECT_DOUBLE_EQ(box.maxLon, 21);
    EXPECT_DOUBLE_EQ(box.minLat, 40);
    EXPECT_DOUBLE_EQ(box.maxLat, 55);

    const auto projected = FilteredProjectedBox(f.countries, inEurope, ProjectionKind::Equirectangular);
    ASSERT_TRUE(projected.has_value());
    const double rad = std::numbers::pi / 180;
    EXPECT_NEAR(projected->minX, -5 * rad, 1e-12);
    EXPECT_NEAR(projected->maxX, 21 * rad, 1e-12);
    EXPECT_NEAR(projected->minY, 40 * rad, 1e-12);
    EXPECT_NEAR(projected->maxY, 55 * rad, 1e-12);

    // Oceania spans the antimeridian (Fiji has pieces at +177..180 and -180..-179): full width.
    RegionFilter oceania;
    oceania.regions = {"Oceania"};
    const std::vector<bool> inOceania = Includes(oceania, f.countries, &f.dataset, D("2020-01-01"));
    const LonLatBox ob = FilteredLonLatBox(f.countries, inOceania);
    EXPECT_DOUBLE_EQ(ob.minLon, -180);
    EXPECT_DOUBLE_EQ(ob.maxLon, 180);
    EXPECT_DOUBLE_EQ(ob.minLat, -47);
    EXPECT_DOUBLE_EQ(ob.maxLat, -16);
    const auto op = FilteredProjectedBox(f.countries, inOceania, ProjectionKind::EqualEarth);
    ASSERT_TRUE(op.has_value());
    EXPECT_NEAR(op->maxX - op->minX, 2 * Project(ProjectionKind::EqualEarth, {180, -16}).x, 1e-12);

    const std::vector<bool> none(f.countries.countries.size(), false);
    EXPECT_TRUE(FilteredLonLatBox(f.countries, none).Empty());
    EXPECT_FALSE(FilteredProjectedBox(f.countries, none, ProjectionKind::Robinson).has_value());
}

TEST(RegionFilter, CountsFollowTheFilter) {
    FilterFixture f;
    RegionFilter europe;
    europe.regions = {"Europe"};
    const std::vector<bool> in = Includes(europe, f.countries, &f.dataset, D("2010-01-01"));
    const StatusCount c = CountWithStatusIn(f.dataset, 0, StatusFilter::Parties, D("2010-01-01"), f.countries, in);
    EXPECT_EQ(c.certain, 2);  // ALB, DEU (USA is a party but outside Europe)
    EXPECT_EQ(c.uncertain, 1);  // FRA: date unknown
    EXPECT_EQ(c.certainCountries, (Keys_{"ALB", "DEU"}));
    EXPECT_EQ(c.uncertainCountries, Keys_{"FRA"});
    EXPECT_EQ(CountWithStatusIn(f.dataset, 7, StatusFilter::Parties, D("2010-01-01"), f.countries, in).certain, 0);
}

TEST(InstrumentFilter, PillarsAndKindsNarrowTheList) {
    FilterFixture f;
    InstrumentFilter all;
    EXPECT_EQ(FilterInstruments(f.dataset, all), (std::vector<int>{0, 1, 2}));
    EXPECT_EQ(all.Describe(&f.dataset), "All instruments");

    InstrumentFilter law;
    law.pillars = {"law-enforcement"};
    EXPECT_EQ(FilterInstruments(f.dataset, law), (std::vector<int>{0, 2}));
    InstrumentFilter dev;
    dev.pillars = {"international-development", "internet-freedom"};  // union within pillars
    EXPECT_EQ(FilterInstruments(f.dataset, dev), (std::vector<int>{1, 2}));

    InstrumentFilter forums;
    forums.kinds = {InstrumentKind::Forum};
    EXPECT_EQ(FilterInstruments(f.dataset, forums), std::vector<int>{1});
    InstrumentFilter lawPrograms = law;
    lawPrograms.kinds = {InstrumentKind::Program, InstrumentKind::Forum};  // intersection across dimensions
    EXPECT_EQ(FilterInstruments(f.dataset, lawPrograms), std::vector<int>{2});
    EXPECT_EQ(lawPrograms.Describe(&f.dataset), "Law enforcement; forums + programmes");
    InstrumentFilter nothing;
    nothing.pillars = {"military"};
    EXPECT_TRUE(FilterInstruments(f.dataset, nothing).empty());
}

TEST(InstrumentFilter, ParsesCommandLineLists) {
    FilterFixture f;
    InstrumentFilter filter;
    std::string error;
    ASSERT_TRUE(ParseInstrumentFilter(f.dataset, "law-enforcement, internet-freedom", "treaty,programme", &filter, &error));
    EXPECT_EQ(filter.pillars, (std::set<std::string>{"internet-freedom", "law-enforcement"}));
    EXPECT_EQ(filter.kinds, (std::set<InstrumentKind>{InstrumentKind::Treaty, InstrumentKind::Program}));
    EXPECT_TRUE(ParseInstrumentFilter(f.dataset, "", "", &filter, &error));
    EXPECT_FALSE(ParseInstrumentFilter(f.dataset, "economy", "", &filter, &error));
    EXPECT_EQ(error, "unknown pillar 'economy' (pillars: law-enforcement internet-freedom international-development)");
    EXPECT_FALSE(ParseInstrumentFilter(f.dataset, "", "club", &filter, &error));
    EXPECT_EQ(error, "unknown instrument kind 'club' (kinds: treaty forum program)");
}

}  // namespace
}  // namespace engagemap
