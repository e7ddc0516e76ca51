// Names for files the window exports on its own (no save dialog): never an existing file. The
// export then goes through WriteOutputFile (atomic), so a file written earlier is never replaced
// silently; the status line names the file chosen.
#pragma once

#include <string>

namespace engagemap {

// `wanted` when no file or directory has that name, else the first free "<stem>-2<ext>",
// "<stem>-3<ext>", ... ("table.csv" -> "table-2.csv"). Gives up after 9999 tries and returns "".
std::string UnusedOutputPath(const std::string& wanted);

// A file-name-safe form of `text`: letters, digits, '-', '_' and '.' kept, anything else '_'.
std::string FileNameSafe(const std::string& text);

}  // namespace engagemap
