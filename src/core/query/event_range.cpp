#include "core/query/event_range.hpp"

#include "core/data/country_names.hpp"
#include "core/geo/un_m49.hpp"

namespace engagemap {

namespace {

std::string JoinSources(const Event& e) {
    std::string out;
    for (const std::string& s : e.sources) out += (out.empty() ? "" : "; ") + s;
    return out;
}

}  // namespace

int InRange(const FuzzyDate& date, const DateRange& range) {
    const std::optional<CivilDate> earliest = date.Earliest(), latest = date.Latest();
    if (earliest && *earliest > range.to) return 0;
    if (latest && *latest < range.from) return 0;
    const bool inside = earliest && latest && !(*earliest < range.from) && !(*latest > range.to);
    return inside && !date.uncertain ? 2 : 1;
}

RangeEventsResult EventsInRange(const Instrument& instrument, EventSelector selector, const DateRange& range) {
    RangeEventsResult r;
    r.instrument = &instrument;
    r.selector = selector;
    r.range = range;
    for (const Participation& p : instrument.participants) {
        bool anyCertain = false, anyPossible = false;
        const M49Placement place = M49PlacementOf(p.country);
        for (const Event& e : p.events) {
            if (!Selects(selector, e.type)) continue;
            const int level = InRange(e.date, range);
            if (level == 0) continue;
            const bool certain = level == 2 && !p.uncertain;
            r.events.push_back({&p, &e, certain, std::string(place.region), std::string(place.subregion),
                                std::string(place.intermediate)});
            (certain ? r.certainCount : r.possibleCount)++;
            (certain ? anyCertain : anyPossible) = true;
        }
        if (anyCertain) ++r.certainCountries;
        else if (anyPossible) ++r.possibleOnlyCountries;
    }
    return r;
}

ViewTable RangeEventsTable(const RangeEventsResult& result) {
    ViewTable t;
    t.header = {"iso3", "name", "region", "subregion", "intermediate_region", "in_range"};
    const std::vector<EventSelector> types =
        SelectorsFor(result.instrument ? result.instrument->kind : InstrumentKind::Forum);
    for (EventSelector s : types)
        for (const char* part : {"_date", "_precision", "_sources"}) t.header.push_back(std::string(ToString(s)) + part);
    for (std::size_t i = 0; i < result.events.size(); ++i) {
        const RangeEvent& ev = result.events[i];
        // One row per country: the first matching event decides; a later certain one upgrades it.
        if (!t.rows.empty() && t.rows.back()[0] == ev.participation->country) {
            if (ev.certain) t.rows.back()[5] = "certain";
            continue;
        }
        std::vector<std::string> row = {ev.participation->country, CountryDisplayName(ev.participation->country, ev.participation->name), ev.region, ev.subregion,
                                        ev.intermediate, ev.certain ? "certain" : "possible"};
        for (EventSelector s : types) {
            const Event* e = FirstEvent(*ev.participation, s);
            row.push_back(e ? e->date.Describe() : "");
            row.push_back(e ? std::string(PrecisionName(e->date)) : "");
            row.push_back(e ? JoinSources(*e) : "");
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

}  // namespace engagemap
