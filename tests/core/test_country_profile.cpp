#include <gtest/gtest.h>

#include <algorithm>

#include "core/filter/country_profile.hpp"
#include "core/filter/instrument_filter.hpp"
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

// The profile's timeline is scoped to the instruments the view shows: a status view of one
// instrument keeps only its rows; compare keeps A and B; breadth keeps what it counts.
TEST(CountryProfile, ScopedToTheInstrumentsShown) {
    const filter_test::FilterFixture f;
    const auto rows = BuildCountryProfile(f.dataset, "KEN");
    ASSERT_GE(rows.size(), 2u);
    ViewRequest status;
    status.kind = ViewKind::InstrumentStatus;
    status.instrument = rows.front().instrument;
    EXPECT_EQ(InstrumentsShownInView(f.dataset, status), std::vector<int>{rows.front().instrument});
    const auto scoped = RowsOfInstruments(rows, InstrumentsShownInView(f.dataset, status));
    ASSERT_FALSE(scoped.empty());
    EXPECT_LT(scoped.size(), rows.size());
    for (const auto& r : scoped) EXPECT_EQ(r.instrument, status.instrument);
    ViewRequest compare = status;
    compare.kind = ViewKind::Compare;
    compare.instrumentB = rows.back().instrument;
    EXPECT_EQ(RowsOfInstruments(rows, InstrumentsShownInView(f.dataset, compare)).size(),
              static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [&](const ProfileRow& r) {
                  return r.instrument == compare.instrument || r.instrument == compare.instrumentB;
              })));
    ViewRequest breadth;
    breadth.kind = ViewKind::Breadth;
    EXPECT_EQ(InstrumentsShownInView(f.dataset, breadth), BreadthInstruments(f.dataset, {}));
    ViewRequest none;
    EXPECT_TRUE(InstrumentsShownInView(f.dataset, none).empty());
}

}  // namespace
}  // namespace engagemap
