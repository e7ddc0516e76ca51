// The window's Table tab as a headless model: the rows of one ViewTable (the current view, a
// date-range event list or a comparison), narrowed by a text filter and ordered by any column, and
// the change of the instrument's count over a date range. The UI only draws `Shown()` and forwards
// clicks; File/Table "Export CSV" writes ToCsv(Shown()), so the export is exactly what is shown.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/data/civil_date.hpp"
#include "core/data/dataset.hpp"
#include "core/data/participation_query.hpp"
#include "core/filter/view_table.hpp"

namespace engagemap {

class TableModel {
public:
    // Replaces the rows; the sort and filter are kept and re-applied.
    void SetTable(ViewTable table);
    // Sorts by `column` (index into the header; -1 = source order). Cells that both read as
    // numbers compare as numbers, others as text (byte order); ties keep the source order.
    void SetSort(int column, bool descending);
    // Keeps the rows where some cell contains `text`, ASCII case-insensitive ("" keeps all).
    void SetFilter(std::string text);

    const ViewTable& Source() const { return source_; }
    int SortColumn() const { return sortColumn_; }
    bool SortDescending() const { return descending_; }
    const std::string& Filter() const { return filter_; }
    // Indices into Source().rows, in the shown order.
    const std::vector<std::size_t>& ShownRows() const { return shown_; }
    // The shown rows as a table (the same header): what the tab draws and what Export CSV writes.
    ViewTable Shown() const;

private:
    void Rebuild();
    ViewTable source_;
    int sortColumn_ = -1;
    bool descending_ = false;
    std::string filter_;
    std::vector<std::size_t> shown_;
};

// How an instrument's count (its kind's default status, as `query count` and the chart) changed
// from the first to the last day of a range.
struct RangeChange {
    CivilDate from, to;
    StatusCount atFrom, atTo;
    int CertainChange() const { return atTo.certain - atFrom.certain; }
};
RangeChange CountChangeOverRange(const Dataset& dataset, int instrumentIndex, const CivilDate& from,
                                 const CivilDate& to);
// "12 -> 15 (+3)", with "(+1 uncertain)" after a count that has uncertain countries.
std::string FormatRangeChange(const RangeChange& change);

}  // namespace engagemap
