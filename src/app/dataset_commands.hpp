// Headless dataset subcommands of the engagemap binary (no window, no GL):
//   engagemap validate FILE [--geodata PATH] [--layer NAME] [--iso-field NAME] [--no-geodata]
//   engagemap query count --instrument ID --date YYYY-MM-DD [--status S] [--dataset FILE]
//   engagemap query list --instrument ID [--date YYYY-MM-DD] [--status S] [--format text|csv|json] [--dataset FILE]
//   engagemap query instruments [--dataset FILE]
//   engagemap import --metadata FILE --output FILE [--tables DIR] [--geodata PATH | --no-geodata]
// Output goes to stdout, problems to stderr; the exit status is 0 on success, 1 when the data is
// refused or the query fails, 2 for usage errors.
#pragma once

#include <string>
#include <vector>

namespace engagemap {

// args[0] is the subcommand ("validate", "query", "import"); the rest are its arguments.
int RunDatasetCommand(const std::vector<std::string>& args);

// True when args[0] names one of the subcommands above.
bool IsDatasetCommand(const std::vector<std::string>& args);

// Usage text of the subcommands.
const char* DatasetCommandsUsage();

}  // namespace engagemap
