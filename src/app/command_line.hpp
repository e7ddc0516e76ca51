// The whole command line of the engagemap executable, defined once with CLI11: the window and
// export options (CliOptions) and the dataset subcommands (validate, query count|list|instruments,
// import). The usage text, and any man page or shell completion, is generated from this one
// definition (BuildCommandLine); every option takes both "--x=y" and "--x y".
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "app/cli_options.hpp"

namespace engagemap {

// What a dataset subcommand was asked to do (see dataset_commands.hpp).
struct DatasetCommandOptions {
    std::string command;                  // "validate", "query count|list|instruments|durations|compare|timeline",
                                          // "import", "tables"
    std::string file;                     // validate: the dataset file
    std::string geodata;                  // validate/import: geodata for the country-code check (empty: bundled)
    std::string layer = "countries_50m";  // layer in that geodata
    std::string isoField = "iso3";        // attribute holding ISO 3166-1 alpha-3 keys
    bool noGeodata = false;               // check country codes against ISO 3166-1 only
    std::optional<std::uint64_t> maxBytes;  // validate: refuse larger files (bytes)
    std::optional<int> maxDepth;            // validate: refuse JSON nested deeper
    std::string dataset;                  // query: dataset file (empty: the bundled one)
    std::string instrument;               // query count/list: instrument id
    std::string date;                     // query count/list: YYYY-MM-DD (validated)
    std::string status;                   // query count/list: status filter id (validated); empty: default
    std::string hub;                      // query count/list of a bilateral instrument: the hub; empty: its default
    std::string format = "text";          // query list: text, csv or json; compare: text or csv
    std::string from, to;                 // query list: the date range (YYYY-MM-DD, inclusive); timeline: its span
    std::string event = "any";            // query list with a range: signed|deposit|in_force|joined|left|invited|denounced|any
    std::string fromEvent, toEvent;       // query durations: the pair (empty: the kind's default)
    std::string with;                     // query compare: instrument B
    std::string by;                       // query timeline: "", "region" or "subregion"
    std::string step = "year";            // query timeline: year or month
    std::string metadata, output, tables; // import (tables: output = the folder written)
    std::string encoding;                 // import: text encoding of the tables (empty: UTF-8 only)
    std::string tableFormat = "xlsx";     // tables: xlsx, ods or csv
    std::vector<std::string> instruments; // tables: instrument ids to write; empty = all
};

// Everything the command line can ask for: the window / export (app) or one subcommand (dataset).
struct CommandLine {
    CliOptions app;
    DatasetCommandOptions dataset;
};

// Builds the CLI11 definition of the whole command line, bound to `out`: parsing fills it.
// `out` must outlive the returned App. Used by main and by the man page / completion generator.
std::unique_ptr<CLI::App> BuildCommandLine(CommandLine& out);

// The man page ("man", roff) or the completion script ("bash", "zsh") for the command line of
// BuildCommandLine (app/cli_docs.hpp); `engagemap --help-man` and `--completion SHELL` print them.
std::string CommandLineDocs(const std::string& kind);

// Parses argv into `out`: on success returns nullopt (run the program); otherwise the exit status
// after printing help or the version (0) or a message naming the problem (2, to stderr).
std::optional<int> ParseCommandLine(int argc, const char* const* argv, CommandLine& out);

}  // namespace engagemap
