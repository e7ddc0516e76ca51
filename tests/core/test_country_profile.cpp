#include <gtest/gtest.h>

#include "core/filter/country_profile.hpp"
#include "test_filter_fixture.hpp"

namespace engagemap {
namespace {

TEST(CountryProfile, ListsEveryEventWithPrecisionAndSource) {
    const filter_test::FilterFixture f;
    auto rows = BuildCountryProfile(f.dataset, "KEN");
    ASSERT_FALSE(rows.empty());
    bool sawForum = false, sawProgram = false;
    for (const auto& r : rows) {
        EXPECT_FALSE(r.sources.empty()) << r.instrumentName;
        EXPECT_FALSE(r.precision.empty());
        sawForum |= r.kind == InstrumentKind::Forum;
        sawProgram |= r.kind == InstrumentKind::Program;
    }
    EXPECT_TRUE(sawForum);
    EXPECT_TRUE(sawProgram);
    EXPECT_TRUE(BuildCountryProfile(f.dataset, "ZZZ").empty());
}

TEST(CountryProfile, SortsByDateWithUnknownDatesLast) {
    std::vector<ProfileRow> rows(3);
    rows[0].date = FuzzyDate::Unknown();
    rows[0].instrumentName = "u";
    rows[1].date = FuzzyDate::Day(CivilDate{2010, 1, 1});
    rows[1].instrumentName = "b";
    rows[2].date = FuzzyDate::KnownBy(PartialDate::FromYear(2005));
    rows[2].instrumentName = "a";
    SortProfileRows(rows, ProfileColumn::Date, true);
    EXPECT_EQ(rows[0].instrumentName, "a");  // "by 2005" sorts at its bound, 2005-12-31
    EXPECT_EQ(rows.back().instrumentName, "u");
    SortProfileRows(rows, ProfileColumn::Instrument, false);
    EXPECT_EQ(rows[0].instrumentName, "u");
    EXPECT_EQ(rows[2].instrumentName, "a");
}

}  // namespace
}  // namespace engagemap
