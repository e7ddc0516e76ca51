// InstrumentTimeline: the headless model behind the timeline view — which instrument is
// selected, its date range and event days, and what the map shows at the current date
// (per-country statuses, colours, legend, the latest milestone). The UI only drives it.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/data/participation_query.hpp"
#include "core/geo/country_geometry.hpp"
#include "core/style/colour.hpp"
#include "core/timeline/status_colouring.hpp"
#include "core/timeline/timeline_controller.hpp"

namespace engagemap {

// One tick on the timeline bar: a day on which some country's event (may have) happened.
struct EventTick {
    std::int64_t day = 0;       // days since 1970-01-01
    EventType type = EventType::Joined;
    bool exact = true;          // false: a bound of an uncertain date
    int count = 1;              // events on that day of that type
};

// Counts by status on one day, for the cumulative chart.
struct CumulativeSample {
    std::int64_t day = 0;
    std::vector<int> certain;    // per StatusesForKind(kind) entry
    std::vector<int> uncertain;  // same order
};

// The dataset's "today": the latest earliest-possible day of any event, key date, coverage
// count or milestone (so "2026" counts as 2026-01-01); 1970-01-01 for an empty dataset.
CivilDate LatestDatasetDate(const Dataset& dataset);

class InstrumentTimeline {
public:
    // Both must outlive this object (or be replaced with another SetData call). The selected
    // instrument is kept by id when the new dataset has it, and the date when it is in range.
    void SetData(const Dataset* dataset, const CountrySet* countries);

    // Selects an instrument by index (-1 = none): sets the controller's range to the
    // instrument's span (first key date or event to the last date the dataset mentions) and
    // its event days, and keeps the current date when it lies in the new range.
    void SelectInstrument(int index);
    bool SelectInstrument(const std::string& id);  // false when no such id
    int InstrumentIndex() const { return instrument_; }
    const Instrument* SelectedInstrument() const;

    TimelineController& Controller() { return controller_; }
    const TimelineController& Controller() const { return controller_; }

    // What the map shows at the controller's date.
    std::vector<StatusAtResult> Statuses() const;
    std::vector<Rgba8> Colours(Rgba8 noneColour) const;
    StatusLegend Legend() const;

    // Restricts the cumulative counts to these country keys (the region filter), or lifts the
    // restriction (nullopt). Recounts only when the set changes.
    void SetCountryFilter(std::optional<std::set<std::string>> keys);

    // Ticks of the selected instrument's events, sorted by day.
    const std::vector<EventTick>& Ticks() const { return ticks_; }
    // Counts by status at each event day (and the range ends), for the chart.
    const std::vector<CumulativeSample>& Cumulative() const { return cumulative_; }

    // Milestones that belong on this timeline (the instrument's own and general ones), by date.
    std::vector<const Milestone*> Milestones() const;
    // The latest milestone on or before the current date within `withinDays`, if any (the
    // caption shown on the map as playback passes it).
    const Milestone* CurrentMilestone(int withinDays) const;

private:
    void Rebuild();
    const Dataset* dataset_ = nullptr;
    const CountrySet* countries_ = nullptr;
    int instrument_ = -1;
    std::string selectedId_;  // survives SetData with a reloaded dataset
    TimelineController controller_;
    std::vector<EventTick> ticks_;
    std::vector<CumulativeSample> cumulative_;
    std::optional<std::set<std::string>> countryFilter_;
    void RebuildCumulative();
    std::vector<std::int64_t> sampleDays_;
};

}  // namespace engagemap
