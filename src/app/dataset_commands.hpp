// Headless dataset subcommands of the engagemap binary (no window, no GL): validate, query
// count|list|durations|compare|timeline|instruments, import, tables. The analyst's queries
// (list --from/--to, durations, compare, timeline) only print what core/query/ computes. Their
// options are defined in command_line.cpp (CLI11), which also generates the usage text
// (`engagemap validate --help`).
// Output goes to stdout, problems to stderr; the exit status is 0 on success, 1 when the data is
// refused or the query fails, 2 for usage errors.
#pragma once

#include "app/command_line.hpp"

namespace engagemap {

// Runs the subcommand named by options.command with its parsed options.
int RunDatasetCommand(const DatasetCommandOptions& options);

}  // namespace engagemap
