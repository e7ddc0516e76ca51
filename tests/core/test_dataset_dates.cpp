// Civil dates, partial dates, bounds and the Budapest entry-into-force rule.
#include <gtest/gtest.h>

#include "core/data/civil_date.hpp"
#include "core/data/fuzzy_date.hpp"

using namespace engagemap;

TEST(DatasetCivilDate, ValidityAndLeapYears) {
    EXPECT_TRUE(IsValidCivilDate(2024, 2, 29));
    EXPECT_FALSE(IsValidCivilDate(2023, 2, 29));
    EXPECT_FALSE(IsValidCivilDate(2023, 2, 30));
    EXPECT_FALSE(IsValidCivilDate(1900, 2, 29));
    EXPECT_TRUE(IsValidCivilDate(2000, 2, 29));
    EXPECT_FALSE(IsValidCivilDate(2023, 13, 1));
    EXPECT_FALSE(IsValidCivilDate(2023, 4, 31));
    EXPECT_FALSE(ParseCivilDate("2023-02-30").has_value());
    EXPECT_FALSE(ParseCivilDate("2023-2-3").has_value());
    ASSERT_TRUE(ParseCivilDate("2004-07-01").has_value());
    EXPECT_EQ(ToString(*ParseCivilDate("2004-07-01")), "2004-07-01");
}

TEST(DatasetCivilDate, DayNumbersRoundTrip) {
    EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
    EXPECT_EQ(DaysFromCivil({2000, 3, 1}) - DaysFromCivil({2000, 2, 28}), 2);
    for (std::int64_t d = -800000; d < 800000; d += 997) EXPECT_EQ(DaysFromCivil(CivilFromDays(d)), d);
    EXPECT_EQ(AddDays({2004, 7, 1}, -1), (CivilDate{2004, 6, 30}));
    EXPECT_EQ(FirstOfMonthOffset({2021, 8, 1}, -4), (CivilDate{2021, 4, 1}));
    EXPECT_EQ(FirstOfMonthOffset({2022, 1, 15}, -1), (CivilDate{2021, 12, 1}));
    EXPECT_EQ(LastOfMonth({2024, 2, 3}), (CivilDate{2024, 2, 29}));
}

TEST(DatasetPartialDate, ParsesThreePrecisions) {
    auto y = ParsePartialDate("2011");
    auto m = ParsePartialDate("2011-06");
    auto d = ParsePartialDate("2011-06-01");
    ASSERT_TRUE(y && m && d);
    EXPECT_EQ(y->precision, DatePrecision::Year);
    EXPECT_EQ(y->First(), (CivilDate{2011, 1, 1}));
    EXPECT_EQ(y->Last(), (CivilDate{2011, 12, 31}));
    EXPECT_EQ(m->First(), (CivilDate{2011, 6, 1}));
    EXPECT_EQ(m->Last(), (CivilDate{2011, 6, 30}));
    EXPECT_EQ(d->First(), d->Last());
    EXPECT_EQ(m->ToString(), "2011-06");
}

TEST(DatasetPartialDate, RejectsBadAndImpossibleDates) {
    std::string why;
    EXPECT_FALSE(ParsePartialDate("2023-02-30", &why));
    EXPECT_EQ(why, "impossible date '2023-02-30': 28 days in that month");
    EXPECT_FALSE(ParsePartialDate("2023-13", &why));
    EXPECT_EQ(why, "impossible date '2023-13': month 13");
    EXPECT_FALSE(ParsePartialDate("23 Nov 2001", &why));
    EXPECT_EQ(why, "not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, got '23 Nov 2001'");
    EXPECT_FALSE(ParsePartialDate("2001/11/23"));
    EXPECT_FALSE(ParsePartialDate(""));
}

TEST(DatasetFuzzyDate, BoundsOfEachKind) {
    FuzzyDate exact = FuzzyDate::Exact(*ParsePartialDate("2011-06"));
    EXPECT_EQ(*exact.Earliest(), (CivilDate{2011, 6, 1}));
    EXPECT_EQ(*exact.Latest(), (CivilDate{2011, 6, 30}));
    EXPECT_FALSE(exact.IsExactDay());

    FuzzyDate by = FuzzyDate::KnownBy(*ParsePartialDate("2011-06-01"));
    EXPECT_FALSE(by.Earliest().has_value());
    EXPECT_EQ(*by.Latest(), (CivilDate{2011, 6, 1}));
    EXPECT_EQ(by.Describe(), "by 2011-06-01");

    FuzzyDate unknown = FuzzyDate::Unknown();
    EXPECT_FALSE(unknown.Earliest() || unknown.Latest());
    EXPECT_EQ(unknown.Describe(), "unknown");
}

TEST(DatasetFuzzyDate, HappenedByIsThreeValued) {
    const FuzzyDate by = FuzzyDate::KnownBy(*ParsePartialDate("2011-06-01"));
    EXPECT_EQ(HappenedBy(by, {2011, 5, 31}), Happened::Maybe);
    EXPECT_EQ(HappenedBy(by, {2011, 6, 1}), Happened::Yes);
    const FuzzyDate day = FuzzyDate::Day({2004, 7, 1});
    EXPECT_EQ(HappenedBy(day, {2004, 6, 30}), Happened::No);
    EXPECT_EQ(HappenedBy(day, {2004, 7, 1}), Happened::Yes);
    const FuzzyDate year = FuzzyDate::Exact(PartialDate::FromYear(2016));
    EXPECT_EQ(HappenedBy(year, {2015, 12, 31}), Happened::No);
    EXPECT_EQ(HappenedBy(year, {2016, 6, 1}), Happened::Maybe);
    EXPECT_EQ(HappenedBy(year, {2016, 12, 31}), Happened::Yes);
    EXPECT_EQ(HappenedBy(FuzzyDate::Unknown(), {2100, 1, 1}), Happened::Maybe);
    FuzzyDate weak = day;
    weak.uncertain = true;  // VERIFY / inferred: never certain
    EXPECT_EQ(HappenedBy(weak, {2020, 1, 1}), Happened::Maybe);
}

TEST(DatasetFuzzyDate, BudapestRuleBoundsDepositToOneMonth) {
    // Sweden: deposit 2021-04-28 -> EIF 2021-08-01; run backwards: deposit in April 2021.
    FuzzyDate d = DeriveDepositFromEntryIntoForce(FuzzyDate::Day({2021, 8, 1}), 3, CivilDate{2004, 7, 1});
    EXPECT_EQ(d.kind, DateKind::Bounded);
    EXPECT_TRUE(d.derived);
    EXPECT_EQ(*d.Earliest(), (CivilDate{2021, 4, 1}));
    EXPECT_EQ(*d.Latest(), (CivilDate{2021, 4, 30}));
    EXPECT_EQ(d.Describe(), "between 2021-04-01 and 2021-04-30 (derived)");
    // Across a year boundary: EIF 2022-03-01 -> deposit in November 2021.
    FuzzyDate n = DeriveDepositFromEntryIntoForce(FuzzyDate::Day({2022, 3, 1}), 3, CivilDate{2004, 7, 1});
    EXPECT_EQ(*n.Earliest(), (CivilDate{2021, 11, 1}));
    EXPECT_EQ(*n.Latest(), (CivilDate{2021, 11, 30}));
    // In force on the general date: the deposit can only be bounded from above.
    FuzzyDate g = DeriveDepositFromEntryIntoForce(FuzzyDate::Day({2004, 7, 1}), 3, CivilDate{2004, 7, 1});
    EXPECT_FALSE(g.Earliest().has_value());
    EXPECT_EQ(*g.Latest(), (CivilDate{2004, 3, 31}));
    // A month-precision EIF derives nothing.
    EXPECT_EQ(DeriveDepositFromEntryIntoForce(FuzzyDate::Exact(PartialDate::FromMonth(2021, 8)), 3, std::nullopt).kind,
              DateKind::Unknown);
}

TEST(DatasetFuzzyDate, IntersectKeepsTheTighterBounds) {
    FuzzyDate derived = DeriveDepositFromEntryIntoForce(FuzzyDate::Day({2006, 7, 1}), 3, CivilDate{2004, 7, 1});
    FuzzyDate by = FuzzyDate::KnownBy(*ParsePartialDate("2008-04-26"));
    bool conflict = true;
    FuzzyDate both = IntersectDates(derived, by, &conflict);
    EXPECT_FALSE(conflict);
    EXPECT_EQ(*both.Earliest(), (CivilDate{2006, 3, 1}));
    EXPECT_EQ(*both.Latest(), (CivilDate{2006, 3, 31}));
    EXPECT_TRUE(both.derived);
    FuzzyDate early = FuzzyDate::KnownBy(*ParsePartialDate("2005"));
    IntersectDates(derived, early, &conflict);
    EXPECT_TRUE(conflict);
}
