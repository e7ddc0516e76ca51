// "Which countries deposited between 2015 and 2020?": the events of one instrument in a date range
// (inclusive days), each CERTAIN (the date certainly lies inside the range: exact, or bounds both
// inside, and not flagged uncertain, in a participation that is not itself uncertain) or POSSIBLE
// (a bounded or unknown date that overlaps the range, or a flagged one). Nothing is guessed: an
// event whose bounds reach outside the range is only possible. Each row carries the country's UN
// M49 region and subregion. The same rows feed `engagemap query list --from --to`, its CSV
// (one column group per event type: date, precision, source ids) and the window's Table tab.
#pragma once

#include <string>
#include <vector>

#include "core/data/civil_date.hpp"
#include "core/data/dataset.hpp"
#include "core/filter/view_table.hpp"
#include "core/query/event_selector.hpp"

namespace engagemap {

struct DateRange {
    CivilDate from;  // first day, inclusive
    CivilDate to;    // last day, inclusive
};

// One matching event.
struct RangeEvent {
    const Participation* participation = nullptr;
    const Event* event = nullptr;
    bool certain = false;
    std::string region;     // UN M49 region ("Africa"); empty when none
    std::string subregion;  // UN M49 subregion ("Sub-Saharan Africa")
    std::string intermediate;  // UN M49 intermediate region ("Western Africa"); often empty
};

struct RangeEventsResult {
    const Instrument* instrument = nullptr;
    EventSelector selector = EventSelector::Any;
    DateRange range;
    std::vector<RangeEvent> events;  // participants in dataset order, events in their order
    int certainCount = 0;            // events certain in the range
    int possibleCount = 0;           // events possibly in the range
    int certainCountries = 0;        // countries with at least one certain event
    int possibleOnlyCountries = 0;   // countries with possible events only
};

// Whether an event dated `date` lies in `range`: 2 certainly, 1 possibly, 0 certainly not.
int InRange(const FuzzyDate& date, const DateRange& range);

// The events of `instrument` selected by `selector` whose date lies (possibly) in `range`.
RangeEventsResult EventsInRange(const Instrument& instrument, EventSelector selector, const DateRange& range);

// The result as a table, one row per country with a matching event:
// iso3, name, region, subregion, intermediate_region, in_range (certain | possible), then for every event type of the
// instrument's kind (SelectorsFor): <type>_date, <type>_precision, <type>_sources (source ids
// joined by "; "); the date cells describe the country's first event of that type (any date).
ViewTable RangeEventsTable(const RangeEventsResult& result);

}  // namespace engagemap
