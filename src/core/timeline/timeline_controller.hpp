// TimelineController: the headless time model the UI only drives (as in Our World in Data's
// grapher). It holds the current date (day precision) within a range, plays it forward at a
// speed in days per second of wall time, loops, and steps to the previous/next event or year.
// It never reads a clock itself: the caller passes elapsed seconds to Advance(), so tests
// use a fake time source and playback is deterministic.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "core/data/civil_date.hpp"

namespace engagemap {

class TimelineController {
public:
    // A full run of the range at 1x takes this long (seconds). 12 s is ~2 years per second for the
    // Budapest Convention (2001-2026): slow enough to read each year's change, short enough for
    // a briefing; presets scale it.
    static constexpr double kDefaultRunSeconds = 12.0;
    // Speed presets, as multiples of the default speed.
    static constexpr double kSpeedPresets[] = {0.25, 0.5, 1.0, 2.0, 4.0};

    // Range in days, inclusive. If end < start they are swapped. Keeps the current date clamped,
    // and resets the speed to cover the range in kDefaultRunSeconds.
    void SetRange(const CivilDate& start, const CivilDate& end);
    CivilDate Start() const { return CivilFromDays(startDay_); }
    CivilDate End() const { return CivilFromDays(endDay_); }

    // Days with events (signatures, deposits, joins...), for stepping and ticks; sorted and
    // de-duplicated here.
    void SetEventDays(std::vector<CivilDate> days);
    const std::vector<std::int64_t>& EventDays() const { return eventDays_; }  // day numbers

    // Who is told when the whole-day date changes (by any call below: set, step, play, a range that
    // clamps it): the date is pushed to its one listener (the explorer), nobody polls it. Called
    // after the change, with the new date; never for a change within the same day.
    using DateListener = std::function<void(const CivilDate&)>;
    void SetDateListener(DateListener listener) { listener_ = std::move(listener); }

    // Current date (clamped to the range). Setting it pauses nothing.
    void SetDate(const CivilDate& date);
    CivilDate Date() const { return CivilFromDays(CurrentDay()); }
    std::int64_t CurrentDay() const;
    // Position in the range, 0..1 (for the timeline bar).
    double Fraction() const;
    void SetFraction(double f);

    // Playback.
    void Play();   // from the start again if at the end and not looping
    void Pause() { playing_ = false; }
    void TogglePlay() { playing_ ? Pause() : Play(); }
    bool Playing() const { return playing_; }
    void SetLoop(bool loop) { loop_ = loop; }
    bool Loop() const { return loop_; }

    // Speed in days per second of wall time (> 0), and as a multiple of the default speed.
    void SetDaysPerSecond(double daysPerSecond);
    double DaysPerSecond() const { return daysPerSecond_; }
    double DefaultDaysPerSecond() const;
    void SetSpeedMultiple(double multiple) { SetDaysPerSecond(DefaultDaysPerSecond() * multiple); }

    // Advances playback by `seconds` of wall time. At the end: wraps when looping, else stops.
    // Returns true when the (whole-day) date changed.
    bool Advance(double seconds);

    // Steps. Return true when the date changed.
    bool StepToNextEvent();
    bool StepToPreviousEvent();
    bool StepYears(int years);  // same day of year, clamped (Feb 29 -> Feb 28)
    void JumpToStart() { SetDay(startDay_); }
    void JumpToEnd() { SetDay(endDay_); }

private:
    void SetDay(std::int64_t day);
    void NotifyIfDayChanged(std::int64_t before) const;  // calls the listener when CurrentDay() != before
    DateListener listener_;
    std::int64_t startDay_ = 0, endDay_ = 0;
    double position_ = 0;  // days since 1970, fractional while playing
    double daysPerSecond_ = 1;
    bool playing_ = false, loop_ = false;
    std::vector<std::int64_t> eventDays_;
};

}  // namespace engagemap
