#include <gtest/gtest.h>

#include <vector>

#include "core/timeline/timeline_controller.hpp"

namespace engagemap {
namespace {

CivilDate D(const char* s) { return *ParseCivilDate(s); }

TimelineController Budapest() {
    TimelineController t;
    t.SetRange(D("2001-11-23"), D("2025-11-23"));
    t.SetEventDays({D("2004-07-01"), D("2001-11-23"), D("2006-10-12"), D("2004-07-01"), D("2012-06-13")});
    t.SetDate(D("2001-11-23"));
    return t;
}

TEST(TimelineController, ClampsDatesToTheRange) {
    TimelineController t = Budapest();
    t.SetDate(D("1990-01-01"));
    EXPECT_EQ(t.Date(), D("2001-11-23"));
    t.SetDate(D("2030-01-01"));
    EXPECT_EQ(t.Date(), D("2025-11-23"));
    t.SetFraction(0.0);
    EXPECT_EQ(t.Date(), D("2001-11-23"));
    t.SetFraction(1.0);
    EXPECT_EQ(t.Date(), D("2025-11-23"));
}

TEST(TimelineController, EventDaysAreSortedAndUnique) {
    TimelineController t = Budapest();
    EXPECT_EQ(t.EventDays().size(), 4u);
    EXPECT_TRUE(std::is_sorted(t.EventDays().begin(), t.EventDays().end()));
}

TEST(TimelineController, StepsToNextAndPreviousEvent) {
    TimelineController t = Budapest();
    ASSERT_TRUE(t.StepToNextEvent());
    EXPECT_EQ(t.Date(), D("2004-07-01"));
    ASSERT_TRUE(t.StepToNextEvent());
    EXPECT_EQ(t.Date(), D("2006-10-12"));
    ASSERT_TRUE(t.StepToPreviousEvent());
    EXPECT_EQ(t.Date(), D("2004-07-01"));
    // From a day between events, "previous" is the last event before it.
    t.SetDate(D("2005-01-01"));
    ASSERT_TRUE(t.StepToPreviousEvent());
    EXPECT_EQ(t.Date(), D("2004-07-01"));
    t.SetDate(D("2012-06-13"));
    EXPECT_FALSE(t.StepToNextEvent());  // no later event
    EXPECT_EQ(t.Date(), D("2012-06-13"));
    t.JumpToStart();
    EXPECT_FALSE(t.StepToPreviousEvent());
}

TEST(TimelineController, StepsByYearKeepingTheDayClamped) {
    TimelineController t;
    t.SetRange(D("2000-01-01"), D("2010-12-31"));
    t.SetDate(D("2004-02-29"));
    ASSERT_TRUE(t.StepYears(1));
    EXPECT_EQ(t.Date(), D("2005-02-28"));
    ASSERT_TRUE(t.StepYears(-5));
    EXPECT_EQ(t.Date(), D("2000-02-28"));
    EXPECT_TRUE(t.StepYears(-1));  // clamps to the start
    EXPECT_EQ(t.Date(), D("2000-01-01"));
    EXPECT_FALSE(t.StepYears(-1));
}

TEST(TimelineController, PlaysWithAFakeClockAndStopsAtTheEnd) {
    TimelineController t = Budapest();
    t.SetDaysPerSecond(100.0);
    EXPECT_FALSE(t.Advance(1.0));  // not playing: nothing moves
    t.Play();
    // 60 frames of 1/60 s = 1 s = 100 days, however the frames are split.
    for (int i = 0; i < 60; ++i) t.Advance(1.0 / 60.0);
    EXPECT_EQ(t.CurrentDay(), DaysFromCivil(D("2001-11-23")) + 100);
    t.SetDate(D("2025-11-20"));
    t.Advance(1.0);
    EXPECT_EQ(t.Date(), D("2025-11-23"));
    EXPECT_FALSE(t.Playing());
    t.Play();  // at the end without loop: starts over
    EXPECT_EQ(t.Date(), D("2001-11-23"));
}

TEST(TimelineController, LoopsBackToTheStart) {
    TimelineController t = Budapest();
    t.SetLoop(true);
    t.SetDaysPerSecond(10.0);
    t.SetDate(D("2025-11-22"));
    t.Play();
    t.Advance(0.5);  // 5 days: 11-22 +1 = 11-23 (end), then wrap 4 days into the range
    EXPECT_TRUE(t.Playing());
    EXPECT_EQ(t.Date(), D("2001-11-26"));
}

TEST(TimelineController, DefaultSpeedCoversTheRangeInTheDefaultRunTime) {
    TimelineController t = Budapest();
    const double span = static_cast<double>(DaysFromCivil(D("2025-11-23")) - DaysFromCivil(D("2001-11-23")));
    EXPECT_DOUBLE_EQ(t.DaysPerSecond(), span / TimelineController::kDefaultRunSeconds);
    t.SetSpeedMultiple(2.0);
    EXPECT_DOUBLE_EQ(t.DaysPerSecond(), 2.0 * span / TimelineController::kDefaultRunSeconds);
    t.SetDaysPerSecond(-1.0);  // ignored
    EXPECT_GT(t.DaysPerSecond(), 0.0);
}

// The date is pushed: every call that changes the whole-day date tells the listener once, with
// the new date; sub-day playback steps and calls that leave the day alone tell nobody.
TEST(TimelineController, PushesEachDayChangeToItsListener) {
    TimelineController t = Budapest();
    std::vector<CivilDate> told;
    t.SetDateListener([&told](const CivilDate& d) { told.push_back(d); });
    t.SetDate(D("2001-11-23"));  // same day
    EXPECT_TRUE(told.empty());
    t.SetDate(D("2004-07-01"));
    ASSERT_EQ(told.size(), 1u);
    EXPECT_EQ(told.back(), D("2004-07-01"));
    t.StepToNextEvent();
    EXPECT_EQ(told.back(), D("2006-10-12"));
    t.StepYears(1);
    EXPECT_EQ(told.back(), D("2007-10-12"));
    const std::size_t before = told.size();
    t.SetDaysPerSecond(1.0);
    t.Play();
    t.Advance(0.5);  // half a day: the date has not changed
    EXPECT_EQ(told.size(), before);
    t.Advance(0.5);
    EXPECT_EQ(told.size(), before + 1);
    EXPECT_EQ(told.back(), D("2007-10-13"));
    t.SetRange(D("2001-11-23"), D("2005-01-01"));  // clamps the date: pushed too
    EXPECT_EQ(told.back(), D("2005-01-01"));
    t.Pause();
    t.Play();  // at the end: playback restarts from the start
    EXPECT_EQ(told.back(), D("2001-11-23"));
}

}  // namespace
}  // namespace engagemap
