// The analyst's queries in core (src/core/query/): events in a date range (certain / possible),
// durations between two events over certain pairs, two instruments compared on a day, and the
// membership timeline — on the same fixture as the command tests (tests/data/queries/analyst.json,
// tests/app/scripts/query_answers_test.sh), and the compare answer checked against the map's Table
// model (BuildView + BuildViewTable) so the command and the table cannot disagree.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "core/data/dataset_loader.hpp"
#include "core/filter/engagement_views.hpp"
#include "core/filter/view_table.hpp"
#include "core/geo/un_m49.hpp"
#include "core/query/event_durations.hpp"
#include "core/query/event_range.hpp"
#include "core/query/membership_compare.hpp"
#include "core/query/membership_timeline.hpp"
#include "test_filter_fixture.hpp"

namespace engagemap {
namespace {

using Codes = std::vector<std::string>;
using filter_test::D;

class AnalystQueries : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        static DatasetLoadResult r = LoadDataset(std::string(ENGAGEMAP_TEST_DATA_DIR) + "/queries/analyst.json");
        ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
        dataset = &r.dataset;
    }
    static const Instrument& Tre() { return dataset->instruments[static_cast<std::size_t>(dataset->FindInstrument("tre"))]; }
    static const Instrument& Frm() { return dataset->instruments[static_cast<std::size_t>(dataset->FindInstrument("frm"))]; }
    static const Dataset* dataset;
};
const Dataset* AnalystQueries::dataset = nullptr;

Codes Countries(const std::vector<const CompareRow*>& rows) {
    Codes out;
    for (const CompareRow* r : rows) out.push_back(r->iso3);
    return out;
}

TEST(AnalystRange, InRangeIsCertainOnlyWhenTheWholeDateIsInside) {
    const DateRange range{D("2015-01-01"), D("2020-12-31")};
    EXPECT_EQ(InRange(FuzzyDate::Day(D("2015-01-01")), range), 2);
    EXPECT_EQ(InRange(FuzzyDate::Day(D("2020-12-31")), range), 2);
    EXPECT_EQ(InRange(FuzzyDate::Day(D("2014-12-31")), range), 0);
    EXPECT_EQ(InRange(FuzzyDate::Exact(*ParsePartialDate("2018")), range), 2);
    EXPECT_EQ(InRange(FuzzyDate::Exact(*ParsePartialDate("2014")), range), 0);
    EXPECT_EQ(InRange(FuzzyDate::Between(*ParsePartialDate("2014-06-01"), *ParsePartialDate("2016-12-31")), range), 1);
    EXPECT_EQ(InRange(FuzzyDate::KnownBy(*ParsePartialDate("2016-03")), range), 1);
    EXPECT_EQ(InRange(FuzzyDate::KnownBy(*ParsePartialDate("2014-03")), range), 0);
    EXPECT_EQ(InRange(FuzzyDate::Unknown(), range), 1);
    FuzzyDate flagged = FuzzyDate::Day(D("2018-06-19"));
    flagged.uncertain = true;
    EXPECT_EQ(InRange(flagged, range), 1);
}

TEST_F(AnalystQueries, DepositsBetween2015And2020) {
    const RangeEventsResult r = EventsInRange(Tre(), EventSelector::Deposit, {D("2015-01-01"), D("2020-12-31")});
    ASSERT_EQ(r.events.size(), 3u);
    EXPECT_EQ(r.events[0].participation->country, "GHA");
    EXPECT_TRUE(r.events[0].certain);
    EXPECT_EQ(r.events[0].intermediate, "Western Africa");
    EXPECT_EQ(r.events[1].participation->country, "NGA");
    EXPECT_TRUE(r.events[1].certain);
    EXPECT_EQ(r.events[2].participation->country, "SEN");
    EXPECT_FALSE(r.events[2].certain);
    EXPECT_EQ(r.certainCount, 2);
    EXPECT_EQ(r.possibleCount, 1);
    // The table (CSV of the command, rows of the Table tab): one row per country, one column group
    // per event type with date, precision and sources.
    const ViewTable t = RangeEventsTable(r);
    ASSERT_EQ(t.rows.size(), 3u);
    std::map<std::string, std::size_t> col;
    for (std::size_t i = 0; i < t.header.size(); ++i) col[t.header[i]] = i;
    EXPECT_EQ(t.rows[0][col["in_range"]], "certain");
    EXPECT_EQ(t.rows[0][col["deposit_date"]], "2018-12");
    EXPECT_EQ(t.rows[0][col["deposit_precision"]], "month");
    EXPECT_EQ(t.rows[0][col["deposit_sources"]], "s-tre");
    EXPECT_EQ(t.rows[2][col["in_range"]], "possible");
    EXPECT_EQ(t.rows[2][col["deposit_precision"]], "range");
    EXPECT_EQ(t.rows[1][col["subregion"]], "Sub-Saharan Africa");
    // Any event type: signatures in the range count too (GHA, NGA signed in it).
    const RangeEventsResult any = EventsInRange(Tre(), EventSelector::Any, {D("2015-01-01"), D("2020-12-31")});
    EXPECT_EQ(any.certainCount, 5);  // GHA signed + deposit, MEX invited, NGA signed + deposit
}

TEST_F(AnalystQueries, SignatureToDepositOverCertainPairsOnly) {
    const DurationsResult r = ComputeDurations(Tre(), EventSelector::Signed, EventSelector::Deposit);
    ASSERT_EQ(r.pairs.size(), 3u);  // NGA 1451, FRA 1509, USA 1771 days
    EXPECT_EQ(r.pairs[0].participation->country, "NGA");
    EXPECT_EQ(*r.min, 1451);
    EXPECT_EQ(*r.median, 1509.0);
    EXPECT_EQ(*r.max, 1771);
    EXPECT_EQ(r.uncertainPairs, 2);  // GHA deposit known to the month, SEN by bounds
    EXPECT_EQ(r.uncertainCountries, (Codes{"GHA", "SEN"}));
    const DurationsResult eif = ComputeDurations(Tre(), EventSelector::Deposit, EventSelector::InForce);
    ASSERT_EQ(eif.pairs.size(), 1u);
    EXPECT_EQ(eif.pairs[0].days, 111);  // FRA 2006-01-10 -> 2006-05-01
    EXPECT_EQ(eif.withoutTo, 4);
    EXPECT_EQ(FormatDays(1509), "1509 days (4.1 years)");
    EXPECT_EQ(FormatDays(1640.5), "1640.5 days (4.5 years)");
    EXPECT_EQ(DurationsTable(r).rows[0], (Codes{"NGA", "Nigeria", "2017-01-10", "2020-12-31", "1451"}));
}

TEST_F(AnalystQueries, CompareSplitsIntoFourClassesWithUncertainApart) {
    const CompareResult r = CompareMembership(Tre(), Frm(), D("2016-06-30"), M49CountryCodes());
    EXPECT_EQ(Countries(r.Of(CompareClass::Both, false)), (Codes{"USA"}));
    EXPECT_EQ(Countries(r.Of(CompareClass::AOnly, false)), (Codes{"FRA"}));
    EXPECT_EQ(Countries(r.Of(CompareClass::AOnly, true)), (Codes{"SEN"}));
    EXPECT_EQ(Countries(r.Of(CompareClass::BOnly, false)), (Codes{"KEN", "MEX"}));
    EXPECT_EQ(Countries(r.Of(CompareClass::BOnly, true)), (Codes{"DNK"}));
    // GHA and NGA had not deposited yet; MEX only invited: treaties count from deposit.
    EXPECT_EQ(r.rows.size(), M49CountryCodes().size());
    EXPECT_EQ(r.Of(CompareClass::Neither, false).size(), M49CountryCodes().size() - 6);
    // Eight years later every bound has passed.
    const CompareResult later = CompareMembership(Tre(), Frm(), D("2024-10-31"), M49CountryCodes());
    EXPECT_EQ(Countries(later.Of(CompareClass::AOnly, false)), (Codes{"FRA", "GHA", "NGA", "SEN"}));
    EXPECT_EQ(Countries(later.Of(CompareClass::BOnly, false)), (Codes{"DNK", "KEN", "MEX"}));
    EXPECT_TRUE(later.Of(CompareClass::AOnly, true).empty());
}

// The command's answer and the map's Table model (the compare view, signatures not counted) give
// the same classes for every country of the map.
TEST_F(AnalystQueries, CompareAgreesWithTheTableModel) {
    CountrySet countries;
    for (const char* c : {"DNK", "FRA", "GHA", "KEN", "MEX", "NGA", "SEN", "USA", "ZAF"}) {
        const M49Placement p = M49PlacementOf(c);
        countries.countries.push_back(filter_test::Country(c, c, std::string(p.region).c_str(),
                                                           std::string(p.subregion).c_str(),
                                                           {filter_test::Square(0, 0, 1, 1)}, {0.5, 0.5}));
    }
    ViewRequest req;
    req.kind = ViewKind::Compare;
    req.instrument = dataset->FindInstrument("tre");
    req.instrumentB = dataset->FindInstrument("frm");
    req.signaturesCount = false;
    for (const char* day : {"2016-06-30", "2024-10-31"}) {
        SCOPED_TRACE(day);
        req.date = D(day);
        const ViewResult view = BuildView(*dataset, countries, req);
        const ViewTable table = BuildViewTable(*dataset, countries, req, view);
        std::size_t classCol = 0, uncertainCol = 0;
        for (std::size_t i = 0; i < table.header.size(); ++i) {
            if (table.header[i] == "class") classCol = i;
            if (table.header[i] == "uncertain") uncertainCol = i;
        }
        const CompareResult r = CompareMembership(Tre(), Frm(), D(day), {});
        std::map<std::string, const CompareRow*> byCode;
        for (const CompareRow& row : r.rows) byCode[row.iso3] = &row;
        for (const auto& row : table.rows) {
            const auto it = byCode.find(row[0]);
            const CompareClass cls = it == byCode.end() ? CompareClass::Neither : it->second->cls;
            const bool uncertain = it != byCode.end() && it->second->uncertain;
            EXPECT_EQ(row[classCol], CompareClassId(cls)) << row[0];
            EXPECT_EQ(row[uncertainCol], uncertain ? "yes" : "no") << row[0];
        }
        EXPECT_EQ(table.rows.size(), countries.countries.size());
    }
}

TEST_F(AnalystQueries, TimelineCountsCertainAndUncertainPerPeriod) {
    TimelineOptions o;
    o.from = D("2014-01-01");
    o.to = D("2021-12-31");
    const std::vector<TimelinePoint> pts = MembershipTimeline(Tre(), o);
    ASSERT_EQ(pts.size(), 8u);
    EXPECT_EQ(pts[0].day, D("2014-12-31"));
    EXPECT_EQ(pts[0].certain, 2);    // FRA, USA
    EXPECT_EQ(pts[0].uncertain, 1);  // SEN (deposit between 2014-06-01 and 2016-12-31)
    EXPECT_EQ(pts[2].certain, 3);    // 2016: SEN's bound has passed
    EXPECT_EQ(pts[4].certain, 4);    // 2018: GHA
    EXPECT_EQ(pts[6].certain, 5);    // 2020-12-31: NGA on the last day
    o.by = TimelineGrouping::Region;
    o.step = TimelinePeriod::Month;
    o.from = D("2020-11-15");
    o.to = D("2020-12-01");
    const std::vector<TimelinePoint> monthly = MembershipTimeline(Tre(), o);
    ASSERT_EQ(monthly.size(), 6u);  // two months x (Africa, Americas, Europe): regions with members
    EXPECT_EQ(monthly[0].day, D("2020-11-30"));
    EXPECT_EQ(monthly[0].group, "Africa");
    EXPECT_EQ(monthly[0].certain, 2);  // GHA, SEN
    EXPECT_EQ(monthly[1].group, "Americas");
    EXPECT_EQ(monthly[1].certain, 1);  // USA (Mexico only invited)
    EXPECT_EQ(monthly[3].day, D("2020-12-31"));
    EXPECT_EQ(monthly[3].group, "Africa");
    EXPECT_EQ(monthly[3].certain, 3);  // + NGA
    const ViewTable t = TimelineTable(monthly, TimelineGrouping::Region);
    EXPECT_EQ(t.header, (Codes{"date", "region", "certain", "uncertain"}));
}

TEST(UnM49, EveryRegionSubregionAndIntermediateRegionByNameOrCode) {
    EXPECT_EQ(M49Regions().size(), 5u + 17u + 7u);
    const M49Area* wa = FindM49Region("  western AFRICA ");
    ASSERT_NE(wa, nullptr);
    EXPECT_EQ(wa->code, "011");
    EXPECT_EQ(wa->type, M49Type::Intermediate);
    EXPECT_EQ(FindM49Region("11"), wa);
    EXPECT_EQ(FindM49Region("011"), wa);
    EXPECT_EQ(FindM49Region("Nigeria"), nullptr);  // countries are not regions
    EXPECT_EQ(FindM49Region("World"), nullptr);
    const Codes west = M49Members(*wa);
    EXPECT_EQ(west.size(), 17u);
    for (const char* c : {"NGA", "GHA", "SEN", "CPV", "MRT", "SHN"}) EXPECT_NE(std::find(west.begin(), west.end(), c), west.end()) << c;
    const M49Area* sa = FindM49Region("South America");
    ASSERT_NE(sa, nullptr);
    EXPECT_NE(FindM49Region("caribbean"), nullptr);
    const Codes south = M49Members(*sa);
    EXPECT_NE(std::find(south.begin(), south.end(), "BRA"), south.end());
    EXPECT_EQ(std::find(south.begin(), south.end(), "MEX"), south.end());
    const M49Placement gha = M49PlacementOf("GHA");
    EXPECT_EQ(gha.region, "Africa");
    EXPECT_EQ(gha.subregion, "Sub-Saharan Africa");
    EXPECT_EQ(gha.intermediate, "Western Africa");
    EXPECT_EQ(M49PlacementOf("FRA").intermediate, "");
    EXPECT_EQ(M49PlacementOf("XKX").subregion, "Southern Europe");  // as the geodata: Serbia's
    EXPECT_EQ(M49CountryName("KEN"), "Kenya");
}

}  // namespace
}  // namespace engagemap
