// Stepping through time without a storyboard (by event, year, milestone), with captions of what
// changed, checked on the bundled dataset's Budapest Convention.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/data/dataset_loader.hpp"
#include "core/timeline/timeline_stepper.hpp"

namespace engagemap {
namespace {

CivilDate D(const char* s) { return *ParseCivilDate(s); }

// The bundled dataset, and a country set of every country it names (geometry is not needed).
struct Budapest {
    DatasetLoadResult loaded = LoadDataset(std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/engagemap.json");
    CountrySet countries;
    InstrumentTimeline timeline;
    Budapest() {
        std::set<std::string> keys;
        for (const Instrument& i : loaded.dataset.instruments)
            for (const Participation& p : i.participants) keys.insert(p.country);
        for (const std::string& key : keys) {
            CountryGeometry c;
            c.key = key;
            c.name = key;
            countries.countries.push_back(c);
        }
        timeline.SetData(&loaded.dataset, &countries);
        timeline.SelectInstrument("budapest");
    }
    int Index(const std::string& key) const {
        for (std::size_t i = 0; i < countries.countries.size(); ++i)
            if (countries.countries[i].key == key) return static_cast<int>(i);
        return -1;
    }
};

TEST(TimelineStepper, ModeIdsRoundTrip) {
    for (StepMode m : {StepMode::Event, StepMode::Year, StepMode::Milestone}) EXPECT_EQ(ParseStepMode(StepModeId(m)), m);
    EXPECT_FALSE(ParseStepMode("month"));
    EXPECT_EQ(FormatDayMonthYear(D("2002-10-17")), "17 Oct 2002");
}

TEST(TimelineStepper, EventStepNamesTheCountryAndOutlinesIt) {
    Budapest b;
    ASSERT_TRUE(b.loaded.Ok());
    b.timeline.Controller().SetDate(D("2002-06-20"));
    const auto step = StepTimeline(b.timeline, b.loaded.dataset, b.countries, StepMode::Event, true);
    ASSERT_TRUE(step);
    EXPECT_EQ(step->from, D("2002-06-20"));
    EXPECT_EQ(step->to, D("2002-10-17"));
    EXPECT_EQ(b.timeline.Controller().Date(), D("2002-10-17"));
    EXPECT_EQ(step->caption, "Croatia ratified \xE2\x80\x94 17 Oct 2002");
    EXPECT_EQ(step->changedCountries, std::vector<int>{b.Index("HRV")});
    // And back again: the caption says what the day now shown brought.
    const auto back = StepTimeline(b.timeline, b.loaded.dataset, b.countries, StepMode::Event, false);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->to, D("2002-06-20"));
    EXPECT_EQ(back->caption, "Albania ratified \xE2\x80\x94 20 Jun 2002");
    EXPECT_EQ(back->changedCountries, std::vector<int>{b.Index("HRV")});
}

TEST(TimelineStepper, SeveralCountriesOnOneDayAreListed) {
    Budapest b;
    b.timeline.Controller().SetDate(D("2004-06-30"));
    const auto step = StepTimeline(b.timeline, b.loaded.dataset, b.countries, StepMode::Event, true);
    ASSERT_TRUE(step);
    EXPECT_EQ(step->to, D("2004-07-01"));
    // The five first parties are named; invitations and accessions known only as "not before the
    // entry into force" are counted, never dated to that day.
    EXPECT_EQ(step->caption,
              "in force for Albania, Croatia, Estonia and 2 more \xE2\x80\x94 1 Jul 2004 (+14 with uncertain dates)");
    // Outlined: every country whose map status changes, the hatched possibilities too.
    EXPECT_EQ(step->changedCountries.size(), 19u);
}

TEST(TimelineStepper, YearStepSummarisesTheYearByEventType) {
    Budapest b;
    b.timeline.Controller().SetDate(D("2004-12-31"));
    const auto step = StepTimeline(b.timeline, b.loaded.dataset, b.countries, StepMode::Year, true);
    ASSERT_TRUE(step);
    EXPECT_EQ(step->to, D("2005-12-31"));
    EXPECT_EQ(step->caption,
              "2005: +2 signed (Bosnia & Herzegovina and Czechia); +3 ratified (Bulgaria, Cyprus and Denmark); "
              "+4 in force (Bulgaria, Cyprus, Denmark and 1 more)");
    for (const char* key : {"BIH", "CZE", "BGR", "CYP", "DNK", "MKD"})
        EXPECT_NE(std::find(step->changedCountries.begin(), step->changedCountries.end(), b.Index(key)),
                  step->changedCountries.end())
            << key;
    // From the middle of a year, forward goes to its end and back to the end of the year before.
    b.timeline.Controller().SetDate(D("2010-05-05"));
    EXPECT_EQ(StepTarget(b.timeline, StepMode::Year, true), D("2010-12-31"));
    EXPECT_EQ(StepTarget(b.timeline, StepMode::Year, false), D("2009-12-31"));
    // Reaching today from the opening takes one click per year, not one per event day.
    b.timeline.Controller().JumpToStart();
    int clicks = 0;
    while (StepTimeline(b.timeline, b.loaded.dataset, b.countries, StepMode::Year, true)) ++clicks;
    EXPECT_EQ(b.timeline.Controller().Date(), b.timeline.Controller().End());
    EXPECT_LE(clicks, b.timeline.Controller().End().year - b.timeline.Controller().Start().year + 1);
    EXPECT_FALSE(StepTarget(b.timeline, StepMode::Year, true));
}

TEST(TimelineStepper, MilestoneStepUsesTheMilestoneCaption) {
    Budapest b;
    b.timeline.Controller().SetDate(D("2002-01-01"));
    const auto step = StepTimeline(b.timeline, b.loaded.dataset, b.countries, StepMode::Milestone, true);
    ASSERT_TRUE(step);
    EXPECT_EQ(step->to, D("2004-07-01"));
    EXPECT_EQ(step->caption, "Budapest Convention enters into force \xE2\x80\x94 1 Jul 2004");
    const auto back = StepTimeline(b.timeline, b.loaded.dataset, b.countries, StepMode::Milestone, false);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->to, D("2001-11-23"));
    EXPECT_FALSE(StepTimeline(b.timeline, b.loaded.dataset, b.countries, StepMode::Milestone, false));
    EXPECT_EQ(b.timeline.Controller().Date(), D("2001-11-23"));  // unchanged at the end
}

TEST(TimelineStepper, NothingHappenedGivesAnEmptyDescription) {
    Instrument empty;
    EXPECT_EQ(DescribeEvents(empty, 0, 100000, "2005"), "");
}

}  // namespace
}  // namespace engagemap
