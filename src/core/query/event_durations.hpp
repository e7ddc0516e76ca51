// "Median time from signature to ratification; from deposit to entry into force": for every
// participant of one instrument with both events, the time between the first `from` event and
// the first `to` event after it. A pair counts only when it is CERTAIN: both dates known to the
// day and neither flagged uncertain (a derived day, e.g. an entry into force computed by the
// treaty's rule from an exact deposit, is a certain day). Other pairs (a month, year, bound or
// unknown date) are counted as uncertain and left out of the statistics, never guessed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/filter/view_table.hpp"
#include "core/query/event_selector.hpp"

namespace engagemap {

// One certain pair.
struct DurationPair {
    const Participation* participation = nullptr;
    const Event* from = nullptr;
    const Event* to = nullptr;
    long days = 0;  // to - from, in days (>= 0)
};

struct DurationsResult {
    EventSelector fromEvent = EventSelector::Signed;
    EventSelector toEvent = EventSelector::Deposit;
    std::vector<DurationPair> pairs;  // certain pairs, sorted by days then country
    int uncertainPairs = 0;           // both events present, at least one date not a certain day
    std::vector<std::string> uncertainCountries;  // their ISO3 codes, dataset order
    int withoutTo = 0;                // participants with the from-event but no to-event (yet)
    // Statistics over `pairs` (days); empty when there are none.
    std::optional<long> min, max;
    std::optional<double> median;  // the mean of the two middle values for an even count
};

// The usual pair for an instrument kind: treaty signed -> deposit, others joined -> left.
std::pair<EventSelector, EventSelector> DefaultDurationEvents(InstrumentKind kind);

DurationsResult ComputeDurations(const Instrument& instrument, EventSelector from, EventSelector to);

// "1234 days (3.4 years)"; years = days / 365.25, one decimal.
std::string FormatDays(double days);

// The certain pairs as a table: iso3, name, <from>_date, <to>_date, days.
ViewTable DurationsTable(const DurationsResult& result);

}  // namespace engagemap
