// DatasetAsOf: how current a dataset is, from the as-of dates of its sources and coverage counts.
#include <gtest/gtest.h>

#include "core/data/dataset.hpp"
#include "core/data/dataset_as_of.hpp"

using namespace engagemap;

TEST(DatasetAsOf, LatestSourceOrCoverageDateAtItsOwnPrecision) {
    Dataset d;
    EXPECT_FALSE(DatasetAsOf(d).has_value());
    Source a, b, c;
    a.asOf = FuzzyDate::Exact(PartialDate::FromDay(CivilDate{2015, 12, 3}));
    b.asOf = FuzzyDate::KnownBy(PartialDate::FromMonth(2025, 3));
    c.asOf = FuzzyDate::Unknown();
    d.sources = {a, b, c};
    ASSERT_TRUE(DatasetAsOf(d).has_value());
    EXPECT_EQ(DatasetAsOf(d)->ToString(), "2025-03");
    Instrument i;
    i.coverage.asOf = FuzzyDate::Exact(PartialDate::FromMonth(2026, 1));
    d.instruments.push_back(i);
    EXPECT_EQ(DatasetAsOf(d)->ToString(), "2026-01");
    // A day inside that month is not later than the month as a whole.
    a.asOf = FuzzyDate::Exact(PartialDate::FromDay(CivilDate{2026, 1, 15}));
    d.sources.push_back(a);
    EXPECT_EQ(DatasetAsOf(d)->ToString(), "2026-01");
}
