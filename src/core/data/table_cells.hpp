// How the importer reads one cell of a table opened through OGR (CSV, XLSX, ODS) as text.
// Spreadsheets hand over typed cells; the importer's date parser reads "YYYY", "YYYY-MM" and
// "YYYY-MM-DD", so typed cells are turned into those forms here (datasets/README.md, "Keeping the
// data in a spreadsheet"):
//   - a date or date-time cell (OGR Date/DateTime field) is a day-precision date "YYYY-MM-DD"
//     (the time of day is dropped);
//   - in a date column only, a number cell is read as a date: a whole number 1000..9999 is a year
//     ("2011"), a number from 10000 on is an Excel serial day number (1900 date system: day 1 =
//     1900-01-01, so serial n is 1899-12-30 + n days; 10000 = 1927-05-18), its fraction (time of
//     day) dropped. Any other number is left as written and the date parser refuses it;
//   - in a date column of a workbook, text "YYYY/MM/DD" (how OGR writes a date cell that sits in a
//     column of mixed types) is that day;
//   - any other cell is its text, trimmed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <ogr_api.h>

#include "core/data/civil_date.hpp"

namespace engagemap {

// The day an Excel serial day number names (1900 date system), or nullopt when `serial` is below
// 10000 or after 9999-12-31 (not read as a serial date; see above).
std::optional<CivilDate> ExcelSerialDay(double serial);

// The text of field `index` of feature `f` as described above; empty when the cell is empty.
// `dateColumn`: the column holds dates. `workbook`: the table is an XLSX/ODS sheet.
std::string CellText(OGRFeatureH f, int index, bool dateColumn, bool workbook);

}  // namespace engagemap
