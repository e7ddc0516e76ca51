// The build's identity, for --version and bug reports: the release version from CMake's
// project(VERSION) and the git commit the binary was built from (captured at build time).
#pragma once

#include <string>
#include <string_view>

namespace engagemap {

// Release version, "MAJOR.MINOR.PATCH" (CMakeLists.txt project(... VERSION ...)).
std::string_view EngagemapVersion();

// Short git commit hash of the sources built, with "-dirty" when tracked files had uncommitted
// changes; "unknown" when built outside a git checkout.
std::string_view EngagemapGitCommit();

// The --version text: version and commit, then the dataset's format version and as-of date (or why
// it could not be read). `datasetPath` empty: no dataset found.
std::string VersionReport(const std::string& datasetPath);

}  // namespace engagemap
