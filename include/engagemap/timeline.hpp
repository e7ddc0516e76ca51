// engagemap/timeline.hpp — the timeline: a current date within a range, played forward at a speed
// in days per second, scrubbed, stepped to the previous/next event or year. Part of engagemap::core.
//
// It never reads a clock: the host passes the seconds elapsed since its last frame to Advance()
// (e.g. ImGui::GetIO().DeltaTime), so playback is deterministic and testable. All dates are whole
// days (Date, or "YYYY-MM-DD" through Date::FromIso / ToIso).
//
//     engagemap::embed::Timeline timeline;
//     timeline.Follow(data, view);           // range and event days of the view's instrument
//     timeline.Play();
//     each frame: if (timeline.Advance(io.DeltaTime)) widget.SetDate(timeline.Current());
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engagemap/common.hpp"

namespace engagemap::embed {

class MapData;
class View;

class Timeline {
public:
    Timeline();  // range 1970-01-01..1970-01-01, paused
    ~Timeline();
    Timeline(const Timeline&) = delete;
    Timeline& operator=(const Timeline&) = delete;

    // Follows `view`'s instrument (instrument A of a compare view) in `data`: the range becomes the
    // instrument's timeline, the event days its events; a view without an instrument (breadth)
    // gets the span of all instruments. Keeps the current date when it is in the new range.
    // False + *error when the view names an instrument `data` does not have (nothing changes).
    bool Follow(const MapData& data, const View& view, std::string* error = nullptr);

    // The range, inclusive (swapped when end < start). The speed is reset so that playing the
    // whole range at 1x takes 12 seconds.
    void SetRange(const Date& start, const Date& end);
    Date Start() const;
    Date End() const;
    // Days with events (signatures, ratifications, joins...), sorted, for ticks and stepping.
    std::vector<Date> EventDates() const;

    // The current date, always inside the range (SetDate clamps).
    void SetDate(const Date& date);
    Date Current() const;
    // The position in the range, 0..1 (a slider); SetFraction clamps.
    double Fraction() const;
    void SetFraction(double fraction);

    // Playback. Play() at the end restarts from the start unless looping.
    void Play();
    void Pause();
    void TogglePlay();
    bool Playing() const;
    void SetLoop(bool loop);
    bool Loop() const;
    // Speed in days per second of wall time (> 0); SetSpeedMultiple(2) is twice the default.
    void SetDaysPerSecond(double daysPerSecond);
    double DaysPerSecond() const;
    void SetSpeedMultiple(double multiple);

    // Moves playback on by `seconds` of wall time; at the end wraps (looping) or stops.
    // True when the whole-day date changed (then redraw with Current()).
    bool Advance(double seconds);

    // Steps; each returns true when the date changed.
    bool StepToNextEvent();
    bool StepToPreviousEvent();
    bool StepYears(int years);  // the same day of the year, clamped (Feb 29 -> Feb 28)
    void JumpToStart();
    void JumpToEnd();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace engagemap::embed
