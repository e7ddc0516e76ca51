// Where engagemap's bundled data lives (geodata/countries.gpkg, datasets/engagemap.json), for a
// build-tree run, an installed copy under any prefix, or a relocated one. One resolver, in this
// order:
//   1. $ENGAGEMAP_DATA_DIR, when set (and then only there: an explicit choice is not second-guessed);
//   2. next to the executable: <dir of /proc/self/exe>/../share/engagemap (the install layout;
//      ../../share/engagemap for the full program in <prefix>/libexec/engagemap/);
//   3. the source tree, only when the executable runs from this build tree (developers, tests).
// The working directory is never searched: a run from / or from $HOME finds the same data.
#pragma once

#include <string>
#include <vector>

namespace engagemap {

// The inputs of the search, so that tests can pin them down.
struct DataDirSearch {
    std::string envDataDir;      // value of ENGAGEMAP_DATA_DIR ("" = unset)
    std::string executablePath;  // absolute path of the running executable ("" = unknown)
    std::string buildDir;        // the build tree this binary was built in ("" = none)
    std::string sourceDir;       // the source tree of that build ("" = none)
};

// The search for this process: environment, /proc/self/exe, and the build/source trees compiled in.
DataDirSearch CurrentDataDirSearch();

// Directories to look in, best first, for `search` (see the order above).
std::vector<std::string> DataDirCandidates(const DataDirSearch& search);

// The first candidate directory holding `relativePath` (e.g. "geodata/countries.gpkg"), as a full
// path; empty when none does.
std::string FindDataFile(const std::string& relativePath, const DataDirSearch& search);

// FindDataFile for this process. Name kept from its first home (core/document/map_document.hpp).
std::string FindBundledFile(const std::string& relativePath);

// "looked in A, B" for messages when a bundled file is missing; says how to point elsewhere.
std::string DescribeDataSearch(const DataDirSearch& search);

// Absolute path of the running executable (/proc/self/exe); empty when it cannot be read.
std::string CurrentExecutablePath();

}  // namespace engagemap
