// Builds a Dataset from spreadsheets, the way analysts keep memberships: one table per instrument
// (CSV, XLSX or ODS sheets, read through GDAL/OGR; typed cells as in core/data/table_cells.hpp) plus an instrument metadata
// file (JSON: pillars, sources, instruments with their table, key dates, coverage, milestones).
// The table and metadata formats are documented in datasets/README.md ("Importing").
//
// Dates are kept as honest as the table: yyyy / yyyy-mm / yyyy-mm-dd cells keep their precision,
// `known_by=DATE` notes become upper bounds, "between A and B" notes become bounds. Whether a cell
// is weak (uncertain), derived or an upper bound, and whether a participation itself is uncertain,
// comes from an explicit date-flags table (never from words in free-text notes). The instrument's
// rules (opening day, accession after entry into force, implied signatures, entry-into-force rule)
// then bound every unknown date (core/data/instrument_rules.hpp).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/load_error.hpp"

namespace engagemap {

// Column layout of a membership table.
enum class TableFormat {
    Treaty,  // iso3,name,signed,ratified,in_force,status,source,notes
    Forum,   // iso3,name,joined,left,role,source,notes (programmes too: joined = start, left = end)
    Events,  // iso3,name,event,date,role,round,note,sources,participant_notes,participation_uncertain:
             // the dataset's own events, one a row, as `engagemap tables` writes them (core/data/
             // table_export.hpp); dates in the dataset's form, source ids; rules are not re-applied
    Bilateral,  // hub,partner_iso3,partner_name,dialogue,launched,rounds,suspended,ended,lead,source,notes:
                // one dialogue a row (datasets/sources/forums/bilateral_cyber_dialogues.csv)
};

// One explicit flag on one cell of a table row (datasets/README.md, "Date flags").
struct DateFlag {
    std::string iso3;
    std::string column;  // signed | ratified | in_force | invited | joined | left | participation |
                         // launched | round | suspended | ended (bilateral; a round's value is its date)
    std::string value;   // the flagged cell's value: picks the row where a country has several
    std::string flag;    // uncertain | derived | upper_bound
    std::string basis;   // why, in words (from the table's notes or sources)
    std::string file;    // the flags table, for messages
    int line = 0;        // its row there (1 = first data row)
};

// How to read one table into one instrument.
struct TableSpec {
    std::string path;                        // file or GDAL path (CSV, XLSX, ODS, /vsizip/...)
    std::string layer;                       // sheet/layer; empty = the sheet named after `instrument`
                                             // if the workbook has one, else the first
    std::string instrument;                  // the instrument's id: picks its sheet, and its rows
                                             // where the sheet has an "instrument" column
    std::string sheet;                       // set by the importer: the sheet read (workbooks), for messages
    TableFormat format = TableFormat::Forum;
    bool joinedIsUpperBound = false;         // the table's joined dates are "on or before" dates
    std::string fallbackSource;              // source id cited by rows with an empty source cell
    std::vector<DateFlag> flags;             // this table's rows of the date-flags table
    std::vector<Round> rounds;               // the instrument's rounds: a row whose joined/left cells
                                             // are the years ending a round's id ("gge_2014_2015")
                                             // spans that round's own dates
    // The table's text encoding (an iconv name such as "LATIN1" or "CP1252"), converted to UTF-8;
    // empty: UTF-8 required, and a cell that is not UTF-8 is an error with its row and column.
    std::string encoding;
    // Bilateral tables: only the rows whose `hub` cell is this (the table may hold several hubs;
    // the instrument's hub may be spelt otherwise, "EU" rows for hub "EUU"); empty = every row.
    std::string tableHub;
};

// Turns citation texts into Source records with stable ids (hash of the text), deduplicated.
class SourceRegistry {
public:
    // Id for a citation text; registers it on first use (title = text, URL and as-of date parsed
    // from the text when present).
    std::string Intern(const std::string& citation);
    // Registers an existing source (from the metadata file) so its id is not reused.
    void Add(const Source& s);
    const std::vector<Source>& Sources() const { return sources_; }

private:
    std::vector<Source> sources_;
    std::map<std::string, std::string> byText_;
    std::map<std::string, int> usedIds_;
};

// Reads a rounds table (round_id,...,established_date,first_session,last_session,report_symbol,
// report_date,...,source,notes; datasets/sources/forums/un_gge_rounds.csv) into rounds with their
// key dates and sources.
bool ImportRounds(const std::string& path, std::vector<Round>* rounds, SourceRegistry* sources,
                  std::vector<LoadError>* errors);

// Reads one membership table into instrument.participants (appending) and applies the instrument's
// rules. Problems are reported with the file, sheet (workbooks: "file, sheet NAME"), row as the
// spreadsheet numbers it (LoadError::line; header row = 1) and column header (LoadError::field);
// a flag that matches no cell, and a column the format does not know, are warnings.
bool ImportTable(const TableSpec& spec, Instrument* instrument, SourceRegistry* sources,
                 std::vector<LoadError>* errors, std::vector<LoadError>* warnings);

struct ImportOptions {
    std::string metadataPath;  // e.g. datasets/sources/instruments.json
    std::string tablesDir;     // table paths are relative to this; empty = the metadata file's folder
    std::string generatedBy;   // recorded in the dataset ("generated_by")
    std::string encoding;      // TableSpec::encoding for every table (empty = UTF-8)
};

struct ImportResult {
    Dataset dataset;  // meaningful when Ok(); already validated as a dataset
    std::vector<LoadError> errors;
    std::vector<LoadError> warnings;
    bool Ok() const { return errors.empty(); }
};

// Reads the metadata file and every table it names, and validates the result with the dataset
// loader's rules. Country groups ("groups" in the metadata) name a member table in the forum
// format ("table", "table_source", "joined_is_upper_bound"), read exactly as a forum's into
// CountryGroup::members; members already inline in the metadata are kept. Never throws.
ImportResult ImportDataset(const ImportOptions& options);

}  // namespace engagemap
