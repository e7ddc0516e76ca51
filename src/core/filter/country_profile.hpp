// Country profile: every instrument a country is engaged in, one row per dated event, with the
// date as the sources give it (precision and bounds), and the sources' short names. The UI
// shows it as a sortable table and a small per-country timeline.
#pragma once

#include <string>
#include <vector>

#include "core/data/dataset.hpp"

#include "core/filter/engagement_views.hpp"

namespace engagemap {

struct ProfileRow {
    int instrument = -1;          // dataset index
    std::string instrumentName;   // short name
    InstrumentKind kind = InstrumentKind::Treaty;
    EventType event = EventType::Joined;
    std::string role;             // "founding member", ...; may be empty
    std::string round;            // name of the instrument's round the event belongs to ("GGE 2014-2015"); may be empty
    FuzzyDate date;
    std::string dateText;         // FuzzyDate::Describe(): "2004-07-01", "by 2011-06-01", "unknown"
    std::string precision;        // "day", "month", "year", "bounded", "bounded (derived)", "unknown"
    std::string sources;          // short names, "; "-separated
    std::string note;             // event note, "participation uncertain: <why>", participation notes
};

// Rows for the country with ISO key `countryKey`, in dataset order then event order.
std::vector<ProfileRow> BuildCountryProfile(const Dataset& dataset, const std::string& countryKey);

// The instruments a view shows (dataset indices, ascending): InstrumentStatus its instrument,
// Compare A and B, Breadth the instruments it counts (BreadthInstruments of its filter).
std::vector<int> InstrumentsShownInView(const Dataset& dataset, const ViewRequest& request);
// The rows of instruments in `shown` (sorted indices), in their order: the profile's timeline
// scoped to the view (a Budapest view's timeline does not reach back to 1948 for OAS).
std::vector<ProfileRow> RowsOfInstruments(const std::vector<ProfileRow>& rows, const std::vector<int>& shown);

// Columns the table can sort by.
enum class ProfileColumn { Instrument, Kind, Event, Date, Precision, Source };

// Stable sort. Dates sort by earliest possible day (an upper bound alone: by the bound),
// unknown dates last in both directions.
void SortProfileRows(std::vector<ProfileRow>& rows, ProfileColumn column, bool ascending);

}  // namespace engagemap
