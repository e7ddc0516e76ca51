#include "core/io/data_paths.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace engagemap {
namespace fs = std::filesystem;

namespace {

// True when `path` is `dir` or lies below it (both taken lexically, after normalisation).
bool IsWithin(const fs::path& path, const fs::path& dir) {
    const fs::path p = path.lexically_normal(), d = dir.lexically_normal();
    auto pi = p.begin();
    for (auto di = d.begin(); di != d.end(); ++di, ++pi) {
        if (di->empty()) continue;  // trailing separator of d
        if (pi == p.end() || *pi != *di) return false;
    }
    return true;
}

}  // namespace

DataDirSearch CurrentDataDirSearch() {
    DataDirSearch search;
    if (const char* env = std::getenv("ENGAGEMAP_DATA_DIR")) search.envDataDir = env;
    search.executablePath = CurrentExecutablePath();
#if defined(ENGAGEMAP_BUILD_DIR) && defined(ENGAGEMAP_SOURCE_DIR)
    search.buildDir = ENGAGEMAP_BUILD_DIR;
    search.sourceDir = ENGAGEMAP_SOURCE_DIR;
#endif
    return search;
}

std::vector<std::string> DataDirCandidates(const DataDirSearch& search) {
    if (!search.envDataDir.empty()) return {search.envDataDir};
    std::vector<std::string> dirs;
    if (!search.executablePath.empty()) {
        const fs::path bin = fs::path(search.executablePath).parent_path();
        // P/bin/engagemap, or the full program at P/libexec/engagemap/engagemap-full: both P/share/engagemap.
        const fs::path prefix = bin.filename() == "engagemap" ? bin / ".." / ".." : bin / "..";
        dirs.push_back((prefix / "share" / "engagemap").lexically_normal().string());
    }
    if (!search.sourceDir.empty() && !search.buildDir.empty() && !search.executablePath.empty() &&
        IsWithin(search.executablePath, search.buildDir))
        dirs.push_back(search.sourceDir);
    return dirs;
}

std::string FindDataFile(const std::string& relativePath, const DataDirSearch& search) {
    std::error_code ec;
    for (const std::string& dir : DataDirCandidates(search)) {
        const fs::path candidate = fs::path(dir) / relativePath;
        if (fs::is_regular_file(candidate, ec)) return candidate.string();
    }
    return {};
}

std::string FindBundledFile(const std::string& relativePath) {
    return FindDataFile(relativePath, CurrentDataDirSearch());
}

std::string DescribeDataSearch(const DataDirSearch& search) {
    const std::vector<std::string> dirs = DataDirCandidates(search);
    if (dirs.empty()) return "no data directory known (set ENGAGEMAP_DATA_DIR)";
    std::string text = "looked in ";
    for (std::size_t i = 0; i < dirs.size(); ++i) text += (i ? ", " : "") + dirs[i];
    if (!search.envDataDir.empty()) return text + " (from ENGAGEMAP_DATA_DIR)";
    return text + " (set ENGAGEMAP_DATA_DIR to use another)";
}

std::string CurrentExecutablePath() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : exe.string();
}

}  // namespace engagemap
