// The data behind the chart: how many countries had an instrument's default status (treaty party,
// forum member, programme participant) at the end of each period, CERTAIN and UNCERTAIN apart (as
// `query count`), overall or per UN M49 region or subregion. `engagemap query timeline` prints it
// as CSV; the window's chart draws the same numbers.
#pragma once

#include <string>
#include <vector>

#include "core/data/civil_date.hpp"
#include "core/data/dataset.hpp"
#include "core/filter/view_table.hpp"

namespace engagemap {

enum class TimelinePeriod { Year, Month };
enum class TimelineGrouping { None, Region, Subregion };

struct TimelinePoint {
    CivilDate day;      // end of the period (31 December for a year step, the month's last day)
    std::string group;  // region / subregion name; "" for no grouping ("(none)" when M49 has none)
    int certain = 0;
    int uncertain = 0;
};

struct TimelineOptions {
    CivilDate from;     // first period contains this day
    CivilDate to;       // last period contains this day
    TimelinePeriod step = TimelinePeriod::Year;
    TimelineGrouping by = TimelineGrouping::None;
};

// The default span: from the instrument's opening day (else its earliest dated event) to its
// latest dated fact (the latest event date or bound, or the coverage date).
TimelineOptions DefaultTimelineSpan(const Instrument& instrument);

// Points ordered by period, then group name (groups with no member in any period are left out).
std::vector<TimelinePoint> MembershipTimeline(const Instrument& instrument, const TimelineOptions& options);

// As a table: date, [region|subregion,] certain, uncertain.
ViewTable TimelineTable(const std::vector<TimelinePoint>& points, TimelineGrouping by);

}  // namespace engagemap
