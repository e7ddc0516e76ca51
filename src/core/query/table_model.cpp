#include "core/query/table_model.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <string_view>

namespace engagemap {
namespace {

std::optional<double> AsNumber(std::string_view s) {
    if (s.empty()) return std::nullopt;
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return v;
}

// Three-way comparison of two cells: numbers numerically when both are numbers, else bytes.
int CompareCells(const std::string& a, const std::string& b) {
    const auto na = AsNumber(a), nb = AsNumber(b);
    if (na && nb) return *na < *nb ? -1 : (*nb < *na ? 1 : 0);
    return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
}

bool ContainsFolded(std::string_view haystack, std::string_view needle) {
    const auto fold = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    const auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                                [&](char x, char y) { return fold(x) == fold(y); });
    return it != haystack.end();
}

}  // namespace

void TableModel::SetTable(ViewTable table) {
    source_ = std::move(table);
    if (sortColumn_ >= static_cast<int>(source_.header.size())) sortColumn_ = -1;
    Rebuild();
}

void TableModel::SetSort(int column, bool descending) {
    sortColumn_ = column >= 0 && column < static_cast<int>(source_.header.size()) ? column : -1;
    descending_ = descending;
    Rebuild();
}

void TableModel::SetFilter(std::string text) {
    filter_ = std::move(text);
    Rebuild();
}

void TableModel::Rebuild() {
    shown_.clear();
    for (std::size_t i = 0; i < source_.rows.size(); ++i) {
        const auto& row = source_.rows[i];
        if (filter_.empty() ||
            std::any_of(row.begin(), row.end(), [&](const std::string& cell) { return ContainsFolded(cell, filter_); }))
            shown_.push_back(i);
    }
    if (sortColumn_ < 0) return;
    const auto col = static_cast<std::size_t>(sortColumn_);
    std::stable_sort(shown_.begin(), shown_.end(), [&](std::size_t a, std::size_t b) {
        const int c = CompareCells(source_.rows[a][col], source_.rows[b][col]);
        return descending_ ? c > 0 : c < 0;
    });
}

ViewTable TableModel::Shown() const {
    ViewTable out;
    out.header = source_.header;
    out.rows.reserve(shown_.size());
    for (std::size_t i : shown_) out.rows.push_back(source_.rows[i]);
    return out;
}

RangeChange CountChangeOverRange(const Dataset& dataset, int instrumentIndex, const CivilDate& from,
                                 const CivilDate& to) {
    RangeChange c;
    c.from = from;
    c.to = to;
    const Instrument& in = dataset.instruments[static_cast<std::size_t>(instrumentIndex)];
    const StatusFilter filter = DefaultStatusFilter(in.kind);
    c.atFrom = CountWithStatus(dataset, instrumentIndex, filter, from);
    c.atTo = CountWithStatus(dataset, instrumentIndex, filter, to);
    return c;
}

std::string FormatRangeChange(const RangeChange& change) {
    const int d = change.CertainChange();
    return FormatCount(change.atFrom) + " -> " + FormatCount(change.atTo) + " (" + (d >= 0 ? "+" : "") +
           std::to_string(d) + ")";
}

}  // namespace engagemap
