// TimelineStepper: how a clicker steps through time without a storyboard — by event day, by year
// (to the end of each year) or by milestone — and what each step says: a short caption of what
// changed ("Croatia ratified — 17 Oct 2002", "2005: +4 ratified (Bulgaria, Cyprus, Denmark and 1
// more)") and which countries' statuses changed (for a brief outline on the map). Headless.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/civil_date.hpp"
#include "core/data/dataset.hpp"
#include "core/geo/country_geometry.hpp"
#include "core/timeline/instrument_timeline.hpp"

namespace engagemap {

// What one click moves: to the next event day, to the end of the next year, or to the next milestone.
enum class StepMode { Event, Year, Milestone };

// "event" | "year" | "milestone", and back (nullopt for anything else).
const char* StepModeId(StepMode mode);
std::optional<StepMode> ParseStepMode(std::string_view id);

// The result of one step.
struct TimelineStep {
    CivilDate from;                     // the date before the step
    CivilDate to;                       // the date after it (the timeline's new date)
    std::string caption;                // what happened in the period the new date closes; may be empty
    std::vector<int> changedCountries;  // CountrySet indices whose status differs between from and to
};

// The day a step from `current` lands on, within [start, end] of the timeline's range; nullopt
// when there is none in that direction. Event: the next/previous event day. Year: forward, the
// 31 December after `current` (clamped to the range end); back, the 31 December of an earlier year
// (or the range start). Milestone: the next/previous milestone of the timeline (its earliest day).
std::optional<CivilDate> StepTarget(const InstrumentTimeline& timeline, StepMode mode, bool forward);

// "17 Oct 2002".
std::string FormatDayMonthYear(const CivilDate& day);

// Caption of what happened to `instrument`'s participants from the day after `after` through
// `through` (days since 1970). One event: "Croatia ratified — 17 Oct 2002"; several on one day:
// "in force for Albania, Croatia, Estonia and 2 more — 1 Jul 2004"; a longer period, by event
// type: "2005: +4 ratified (Bulgaria, Cyprus, Denmark and 1 more); +3 in force (...)". An event whose
// date is only bounded is never named as happening: those whose earliest possible day falls in the
// period are counted ("(+12 with uncertain dates)"). "" when nothing happened.
std::string DescribeEvents(const Instrument& instrument, std::int64_t after, std::int64_t through,
                           const std::string& periodLabel);

// Moves the timeline one step (see StepTarget) and describes it: in Milestone mode the caption is
// the milestone's; otherwise DescribeEvents for the day (Event) or for the year it closes (Year).
// nullopt (and the date unchanged) when there is no step in that direction.
std::optional<TimelineStep> StepTimeline(InstrumentTimeline& timeline, const Dataset& dataset,
                                         const CountrySet& countries, StepMode mode, bool forward);

}  // namespace engagemap
