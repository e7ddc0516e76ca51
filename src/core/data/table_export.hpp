// Writes a dataset back as the tables the importer reads (`engagemap tables`), so an analyst can keep
// the data in a spreadsheet: tables -> import gives the same dataset back, nothing lost.
//
// What is written into the output folder:
//   - XLSX / ODS: one workbook `engagemap.xlsx` / `engagemap.ods` with a sheet per instrument (named
//     by the instrument id) and a sheet `sources`;
//   - CSV: `<instrument id>.csv` per instrument and `sources.csv`;
//   - and the metadata file `instruments.json` (the dataset without its participants and sources,
//     naming those tables: "table_format": "events", "sources_table"); country groups stay in it
//     whole, members inline, and the importer reads them back unchanged.
// An instrument sheet holds the instrument's events, one a row, in the dataset's order:
//   iso3,name,event,date,role,round,note,sources,participant_notes,participation_uncertain
// `date` is the dataset's date: "2011-06-01" / "2011-06" / "2011" / "unknown", or, for bounds and
// flagged dates, its JSON object ({"known_by": "2011-06-01"}); `sources` are source ids joined by
// "; ". The participant's notes and uncertainty stand on its first row. The sources sheet holds
// id,title,url,as_of. Every file is written to a temporary file and renamed when complete.
#pragma once

#include <string>
#include <vector>

#include "core/data/dataset.hpp"

namespace engagemap {

enum class TableFileFormat { Xlsx, Ods, Csv };

struct TablesExportOptions {
    std::string outputDir;                 // must exist
    TableFileFormat format = TableFileFormat::Xlsx;
    std::vector<std::string> instruments;  // ids to write; empty = all
};

struct TablesExportResult {
    std::vector<std::string> written;  // paths of the files written
    std::string error;                 // empty on success
    bool Ok() const { return error.empty(); }
};

// Writes the tables and metadata file described above. On failure nothing half-written is left
// under the final names (files written before the failure stay).
TablesExportResult ExportTables(const Dataset& dataset, const TablesExportOptions& options);

}  // namespace engagemap
