#include "core/query/event_durations.hpp"

#include "core/data/country_names.hpp"
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace engagemap {

namespace {

bool CertainDay(const FuzzyDate& d) { return d.IsExactDay() && !d.uncertain; }

}  // namespace

std::pair<EventSelector, EventSelector> DefaultDurationEvents(InstrumentKind kind) {
    if (kind == InstrumentKind::Treaty) return {EventSelector::Signed, EventSelector::Deposit};
    return {EventSelector::Joined, EventSelector::Left};
}

DurationsResult ComputeDurations(const Instrument& instrument, EventSelector from, EventSelector to) {
    DurationsResult r;
    r.fromEvent = from;
    r.toEvent = to;
    for (const Participation& p : instrument.participants) {
        const Event* a = FirstEvent(p, from);
        if (!a) continue;
        // The first `to` event listed after `a` (events are in chronological order).
        const Event* b = nullptr;
        for (const Event* e = a + 1; e < p.events.data() + p.events.size(); ++e)
            if (Selects(to, e->type)) {
                b = e;
                break;
            }
        if (!b) {
            ++r.withoutTo;
            continue;
        }
        if (CertainDay(a->date) && CertainDay(b->date) && !p.uncertain) {
            const long days = DaysFromCivil(b->date.value.First()) - DaysFromCivil(a->date.value.First());
            r.pairs.push_back({&p, a, b, days});
        } else {
            ++r.uncertainPairs;
            r.uncertainCountries.push_back(p.country);
        }
    }
    std::sort(r.pairs.begin(), r.pairs.end(), [](const DurationPair& x, const DurationPair& y) {
        return x.days != y.days ? x.days < y.days : x.participation->country < y.participation->country;
    });
    if (!r.pairs.empty()) {
        r.min = r.pairs.front().days;
        r.max = r.pairs.back().days;
        const std::size_t n = r.pairs.size();
        r.median = n % 2 ? static_cast<double>(r.pairs[n / 2].days)
                         : (static_cast<double>(r.pairs[n / 2 - 1].days) + static_cast<double>(r.pairs[n / 2].days)) / 2.0;
    }
    return r;
}

std::string FormatDays(double days) {
    char buf[64];
    if (days == std::floor(days)) std::snprintf(buf, sizeof buf, "%.0f days (%.1f years)", days, days / 365.25);
    else std::snprintf(buf, sizeof buf, "%.1f days (%.1f years)", days, days / 365.25);
    return buf;
}

ViewTable DurationsTable(const DurationsResult& r) {
    ViewTable t;
    t.header = {"iso3", "name", std::string(ToString(r.fromEvent)) + "_date", std::string(ToString(r.toEvent)) + "_date",
                "days"};
    for (const DurationPair& p : r.pairs)
        t.rows.push_back({p.participation->country, CountryDisplayName(p.participation->country, p.participation->name), p.from->date.Describe(),
                          p.to->date.Describe(), std::to_string(p.days)});
    return t;
}

}  // namespace engagemap
