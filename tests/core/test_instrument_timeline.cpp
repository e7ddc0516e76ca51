#include <gtest/gtest.h>

#include <algorithm>

#include "core/data/dataset_loader.hpp"
#include "core/data/participation_query.hpp"
#include "core/timeline/instrument_timeline.hpp"

namespace engagemap {
namespace {

CivilDate D(const char* s) { return *ParseCivilDate(s); }

Event Ev(EventType type, FuzzyDate date) {
    Event e;
    e.type = type;
    e.date = date;
    e.sources = {"src"};
    return e;
}

// A small treaty: ALB exact dates, AND deposit known only by a bound, FRA party with no date,
// plus a forum. Countries: ALB, AND, FRA, DEU in the geodata.
struct Fixture {
    Dataset dataset;
    CountrySet countries;
    Fixture() {
        for (const char* key : {"ALB", "AND", "DEU", "FRA", "NE-somaliland"}) {
            CountryGeometry c;
            c.key = key;
            c.name = key;
            countries.countries.push_back(c);
        }
        Instrument treaty;
        treaty.id = "budapest";
        treaty.kind = InstrumentKind::Treaty;
        treaty.keyDates.push_back(KeyDate{"opened_for_signature", FuzzyDate::Day(D("2001-11-23")), {"src"}, ""});
        treaty.coverage.membersTotal = 5;
        treaty.coverage.identified = 3;
        treaty.coverage.asOf = FuzzyDate::Day(D("2020-01-01"));
        Participation alb{"ALB", "Albania", {}, "", false, ""};
        alb.events = {Ev(EventType::Signed, FuzzyDate::Day(D("2001-11-23"))),
                      Ev(EventType::Ratified, FuzzyDate::Day(D("2002-06-20"))),
                      Ev(EventType::InForce, FuzzyDate::Day(D("2004-07-01")))};
        Participation andorra{"AND", "Andorra", {}, "", false, ""};
        andorra.events = {Ev(EventType::Ratified, FuzzyDate::KnownBy(PartialDate::FromDay(D("2016-12-31"))))};
        Participation fra{"FRA", "France", {}, "", false, ""};
        fra.events = {Ev(EventType::Ratified, FuzzyDate::Unknown())};
        treaty.participants = {alb, andorra, fra};
        dataset.instruments.push_back(treaty);

        Instrument forum;
        forum.id = "foc";
        forum.kind = InstrumentKind::Forum;
        Participation deu{"DEU", "Germany", {}, "", false, ""};
        deu.events = {Ev(EventType::Joined, FuzzyDate::Day(D("2011-12-09"))),
                      Ev(EventType::Left, FuzzyDate::Day(D("2015-01-01")))};
        forum.participants = {deu};
        dataset.instruments.push_back(forum);

        Milestone m;
        m.id = "eif";
        m.instrument = "budapest";
        m.date = FuzzyDate::Day(D("2004-07-01"));
        m.caption = "Budapest Convention enters into force";
        dataset.milestones.push_back(m);
    }
};

TEST(InstrumentTimeline, RangeAndTicksFollowTheSelectedInstrument) {
    Fixture f;
    InstrumentTimeline t;
    t.SetData(&f.dataset, &f.countries);
    ASSERT_TRUE(t.SelectInstrument("budapest"));
    EXPECT_EQ(t.Controller().Start(), D("2001-11-23"));
    EXPECT_EQ(t.Controller().End(), D("2020-01-01"));  // coverage as-of is the latest date
    EXPECT_EQ(t.Controller().Date(), D("2020-01-01"));  // starts at the end: today's picture
    // Ticks: signature 2001-11-23, deposit 2002-06-20, EIF 2004-07-01, AND's bound 2016-12-31.
    ASSERT_EQ(t.Ticks().size(), 4u);
    EXPECT_FALSE(t.Ticks().back().exact);
    t.Controller().JumpToStart();
    ASSERT_TRUE(t.Controller().StepToNextEvent());
    EXPECT_EQ(t.Controller().Date(), D("2002-06-20"));
    EXPECT_FALSE(t.SelectInstrument("nope"));
}

TEST(InstrumentTimeline, StatusBoundariesOnTheDayOfDepositAndEntryIntoForce) {
    Fixture f;
    InstrumentTimeline t;
    t.SetData(&f.dataset, &f.countries);
    t.SelectInstrument("budapest");
    const size_t alb = static_cast<size_t>(f.countries.Find("ALB"));
    auto at = [&](const char* day) {
        t.Controller().SetDate(D(day));
        return t.Statuses()[alb].status;
    };
    EXPECT_EQ(at("2002-06-19"), MembershipStatus::Signed);
    EXPECT_EQ(at("2002-06-20"), MembershipStatus::Party);  // the day of deposit
    EXPECT_EQ(at("2004-06-30"), MembershipStatus::Party);
    EXPECT_EQ(at("2004-07-01"), MembershipStatus::InForce);  // the day of entry into force
}

TEST(InstrumentTimeline, UncertainDatesAreHatchedNeverConfident) {
    Fixture f;
    InstrumentTimeline t;
    t.SetData(&f.dataset, &f.countries);
    t.SelectInstrument("budapest");
    const size_t andorra = static_cast<size_t>(f.countries.Find("AND"));
    const size_t fra = static_cast<size_t>(f.countries.Find("FRA"));
    const Rgba8 none = RgbHex(0xEEEEEE);

    t.Controller().SetDate(D("2010-01-01"));  // before the "known by" bound: may or may not
    auto colours = t.Colours(none);
    EXPECT_EQ(colours[andorra].a, kUncertainAlpha);
    EXPECT_EQ(colours[fra].a, kUncertainAlpha);  // party, date unknown
    EXPECT_TRUE(t.Statuses()[fra].dateUnknown);

    t.Controller().SetDate(D("2017-01-01"));  // after the bound: certainly a party
    colours = t.Colours(none);
    EXPECT_EQ(colours[andorra], StatusColour(MembershipStatus::Party));
    EXPECT_EQ(colours[fra].a, kUncertainAlpha);  // still no date: stays hatched
    // Non-ISO features never join data.
    EXPECT_EQ(t.Statuses()[static_cast<size_t>(f.countries.Find("NE-somaliland"))].status, MembershipStatus::None);
}

TEST(InstrumentTimeline, LegendCountsAndSaysWhatIsNotShown) {
    Fixture f;
    InstrumentTimeline t;
    t.SetData(&f.dataset, &f.countries);
    t.SelectInstrument("budapest");
    t.Controller().SetDate(D("2017-01-01"));
    const StatusLegend legend = t.Legend();
    int inForce = -1, party = -1, partyUncertain = -1;
    for (const auto& e : legend.entries) {
        if (e.status == MembershipStatus::InForce) inForce = e.certain;
        if (e.status == MembershipStatus::Party) {
            party = e.certain;
            partyUncertain = e.uncertain;
        }
    }
    EXPECT_EQ(inForce, 1);         // ALB
    EXPECT_EQ(party, 1);           // AND (bound passed)
    EXPECT_EQ(partyUncertain, 1);  // FRA, date unknown
    EXPECT_EQ(legend.hatchMeaning, std::string("1 hatched: ") + kHatchMeaningStatus);
    // The coverage count is of 2020-01-01: not yet true in 2017, so no provenance line then.
    EXPECT_TRUE(legend.notes.empty());
    EXPECT_EQ(legend.provenance, "");
    t.Controller().SetDate(D("2020-06-01"));
    EXPECT_EQ(t.Legend().provenance, "2 not shown: not identified in sources (5 in all, 2020-01-01)");
}

TEST(InstrumentTimeline, CumulativeSamplesAreTheStepFunction) {
    Fixture f;
    InstrumentTimeline t;
    t.SetData(&f.dataset, &f.countries);
    t.SelectInstrument("foc");
    const auto& samples = t.Cumulative();
    ASSERT_FALSE(samples.empty());
    // Forum statuses: Member, Former.
    auto sampleOn = [&](const char* day) {
        for (const auto& s : samples)
            if (s.day == DaysFromCivil(D(day))) return s;
        ADD_FAILURE() << "no sample on " << day;
        return CumulativeSample{};
    };
    EXPECT_EQ(sampleOn("2011-12-09").certain[0], 1);
    EXPECT_EQ(sampleOn("2015-01-01").certain[0], 0);
    EXPECT_EQ(sampleOn("2015-01-01").certain[1], 1);
}

TEST(InstrumentTimeline, MilestoneCaptionAppearsWhenPlaybackPassesIt) {
    Fixture f;
    InstrumentTimeline t;
    t.SetData(&f.dataset, &f.countries);
    t.SelectInstrument("budapest");
    t.Controller().SetDate(D("2004-06-30"));
    EXPECT_EQ(t.CurrentMilestone(90), nullptr);
    t.Controller().SetDaysPerSecond(10);
    t.Controller().Play();
    t.Controller().Advance(0.1);  // one day later
    ASSERT_NE(t.CurrentMilestone(90), nullptr);
    EXPECT_EQ(t.CurrentMilestone(90)->caption, "Budapest Convention enters into force");
    t.Controller().SetDate(D("2005-01-01"));
    EXPECT_EQ(t.CurrentMilestone(90), nullptr);  // shown for 90 days only
}

}  // namespace
}  // namespace engagemap

namespace engagemap {
namespace {

TEST(InstrumentTimeline, ReloadKeepsTheSelectionByIdAndTheDate) {
    Fixture f;
    InstrumentTimeline t;
    t.SetData(&f.dataset, &f.countries);
    t.SelectInstrument("foc");
    t.Controller().SetDate(D("2013-03-03"));
    Fixture reloaded;  // same content, instruments in another order
    std::swap(reloaded.dataset.instruments[0], reloaded.dataset.instruments[1]);
    t.SetData(&reloaded.dataset, &reloaded.countries);
    ASSERT_NE(t.SelectedInstrument(), nullptr);
    EXPECT_EQ(t.SelectedInstrument()->id, "foc");
    EXPECT_EQ(t.InstrumentIndex(), 0);
    EXPECT_EQ(t.Controller().Date(), D("2013-03-03"));
    Dataset empty;
    t.SetData(&empty, &reloaded.countries);  // the instrument is gone: nothing selected
    EXPECT_EQ(t.SelectedInstrument(), nullptr);
}

}  // namespace
}  // namespace engagemap

namespace engagemap {
namespace {

TEST(InstrumentTimeline, CumulativeCountsFollowTheCountryFilter) {
    Fixture f;
    InstrumentTimeline t;
    t.SetData(&f.dataset, &f.countries);
    t.SelectInstrument("budapest");
    auto totalAtEnd = [&] {
        const auto& s = t.Cumulative().back();
        int n = 0;
        for (size_t i = 0; i < s.certain.size(); ++i) n += s.certain[i] + s.uncertain[i];
        return n;
    };
    EXPECT_EQ(totalAtEnd(), 3);  // ALB, AND, FRA
    t.SetCountryFilter(std::set<std::string>{"ALB", "DEU"});
    EXPECT_EQ(totalAtEnd(), 1);
    t.SetCountryFilter(std::nullopt);
    EXPECT_EQ(totalAtEnd(), 3);
}

// The chart is built in O(events log events) (issue 16); it must equal the direct count, StatusAt for
// every participant on every sample day, for every instrument of the bundled dataset.
TEST(InstrumentTimeline, CumulativeEqualsTheDirectCountOnTheBundledDataset) {
    const DatasetLoadResult r = LoadDataset(std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/engagemap.json");
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    CountrySet countries;
    InstrumentTimeline t;
    t.SetData(&r.dataset, &countries);
    for (std::size_t i = 0; i < r.dataset.instruments.size(); ++i) {
        const Instrument& in = r.dataset.instruments[i];
        SCOPED_TRACE(in.id);
        t.SelectInstrument(static_cast<int>(i));
        const std::vector<MembershipStatus> statuses = StatusesForKind(in.kind);
        for (const CumulativeSample& s : t.Cumulative()) {
            std::vector<int> certain(statuses.size()), uncertain(statuses.size());
            for (const Participation& p : in.participants) {
                const StatusAtResult a = StatusAt(in, p, CivilFromDays(s.day));
                const auto it = std::find(statuses.begin(), statuses.end(), a.status);
                if (it == statuses.end()) continue;
                (a.certain && !a.dateUnknown ? certain : uncertain)[static_cast<std::size_t>(it - statuses.begin())]++;
            }
            ASSERT_EQ(s.certain, certain) << ToString(CivilFromDays(s.day));
            ASSERT_EQ(s.uncertain, uncertain) << ToString(CivilFromDays(s.day));
        }
    }
}

}  // namespace
}  // namespace engagemap
