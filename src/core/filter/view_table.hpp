// The table behind the current view: one row per country (CountrySet order, ISO countries only:
// non-ISO features never join data) with its region, what the view shows for it, the date(s)
// and the sources' short text — exported as CSV (RFC 4180) and used for hover tooltips.
//
// Columns (all views start with iso3, name, region, subregion, in_filter, as_of):
//   status:  instrument, status, status_text, uncertain, date, sources
//   breadth: engaged, engaged_uncertain, instruments, dates, sources
//   compare: class, uncertain, status_a, date_a, status_b, date_b, sources
// `status` values are the query ids ("in_force", "member", "none"); `uncertain` is "yes"/"no";
// dates are FuzzyDate::Describe() of the event that gives the status ("2004-07-01",
// "by 2016-12-31", "unknown"); several values in one field are joined with "; ".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/filter/engagement_views.hpp"
#include "core/geo/country_geometry.hpp"

namespace engagemap {

// Rows and header of the table.
struct ViewTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;  // each the size of header
};

// Which rows.
struct ViewTableOptions {
    bool includedOnly = true;      // only countries inside the region filter
    bool includeUnengaged = true;  // also countries with no status / 0 instruments / neither
};

// Builds the table for `result` (from BuildView with the same dataset, countries and request).
ViewTable BuildViewTable(const Dataset& dataset, const CountrySet& countries, const ViewRequest& request,
                         const ViewResult& result, const ViewTableOptions& options = {});

// One CSV field per RFC 4180: quoted (with inner quotes doubled) when it contains a comma, a
// double quote, CR or LF, or leading/trailing spaces; as is otherwise. A value starting with =, +,
// -, @, tab or CR is prefixed with an apostrophe (no spreadsheet formula injection).
std::string CsvField(std::string_view value);
// The table as CSV: header line, then rows; lines end with CRLF (RFC 4180), UTF-8, no BOM.
std::string ToCsv(const ViewTable& table);
// Shorthand: ToCsv(BuildViewTable(...)).
std::string ViewTableCsv(const Dataset& dataset, const CountrySet& countries, const ViewRequest& request,
                         const ViewResult& result, const ViewTableOptions& options = {});

// A short text for a source, for tables and tooltips: the title; when the title starts with a
// URL, the parenthesised text after it ("https://... (CoE chart, status 18/06/2004)" -> "CoE
// chart, status 18/06/2004") or else the URL's host; cut at a word boundary to at most
// `maxChars` bytes with "..." appended. Falls back to the URL's host, then the id.
std::string SourceShortText(const Source& source, size_t maxChars = 60);

// Hover text for country `index` in the view: first line the country's name, then one line per
// fact ("Budapest Convention: party, in force since 2004-07-01 [CoE chart ...]",
// "Engaged in 3 instruments (+1 uncertain)", ...). Empty for an invalid index.
std::vector<std::string> DescribeCountryInView(const Dataset& dataset, const CountrySet& countries,
                                               const ViewRequest& request, const ViewResult& result, int index);

}  // namespace engagemap
