#include "core/geo/ogr_vrt_guard.hpp"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_minixml.h>
#include <cpl_string.h>
#include <gdal.h>

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <memory>

#include "core/io/input_file.hpp"

namespace engagemap {
namespace {

constexpr std::uint64_t kMaxVrtBytes = 16u << 20;  // a hand-written VRT is a few KiB

std::string Lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// The canonical absolute path (symlinks and ".." resolved), or "" when it does not exist.
std::string RealPath(const std::string& path) {
    std::unique_ptr<char, decltype(&std::free)> resolved(::realpath(path.c_str(), nullptr), &std::free);
    return resolved ? std::string(resolved.get()) : std::string();
}

bool IsRegularFile(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// True when canonical `path` lies inside canonical directory `dir`.
bool IsUnder(const std::string& path, const std::string& dir) {
    if (dir == "/") return true;
    return StartsWith(path, dir + "/");
}

// 1-based line numbers of the SrcDataSource start tags, in document order (comments skipped).
std::vector<int> SrcDataSourceLines(const std::string& xml) {
    const std::string lower = Lower(xml);
    std::vector<int> lines;
    int line = 1;
    for (std::size_t i = 0; i < lower.size(); ++i) {
        if (lower[i] == '\n') ++line;
        if (lower.compare(i, 4, "<!--") == 0) {
            const std::size_t end = lower.find("-->", i + 4);
            const std::size_t stop = end == std::string::npos ? lower.size() : end + 3;
            line += static_cast<int>(std::count(lower.begin() + static_cast<long>(i), lower.begin() + static_cast<long>(stop), '\n'));
            i = stop - 1;
            continue;
        }
        if (lower.compare(i, 14, "<srcdatasource") == 0) {
            const char next = i + 14 < lower.size() ? lower[i + 14] : '\0';
            if (next == '>' || next == '/' || std::isspace(static_cast<unsigned char>(next))) lines.push_back(line);
        }
    }
    return lines;
}

// Every SrcDataSource element under `node` (any depth), in document order.
void CollectSources(CPLXMLNode* node, std::vector<CPLXMLNode*>& out) {
    for (CPLXMLNode* n = node; n; n = n->psNext) {
        if (n->eType != CXT_Element) continue;
        if (EQUAL(n->pszValue, "SrcDataSource")) out.push_back(n);
        CollectSources(n->psChild, out);
    }
}

// The archive inside a /vsizip/, /vsitar/ or /vsigzip/ path: "{archive}/inner", or the shortest
// leading part that is a regular file. "" when none.
std::string ArchiveOf(const std::string& rest, bool wholeIsArchive) {
    if (StartsWith(rest, "{")) {
        const std::size_t close = rest.find('}');
        return close == std::string::npos ? std::string() : rest.substr(1, close - 1);
    }
    if (wholeIsArchive) return rest;
    for (std::size_t pos = rest.find('/', 1); ; pos = rest.find('/', pos + 1)) {
        const std::string candidate = rest.substr(0, pos);
        if (!candidate.empty() && IsRegularFile(candidate)) return candidate;
        if (pos == std::string::npos) return {};
    }
}

// Checks one data source reference. `gdalName` is the name GDAL will open; `vrtDirWritten` the
// VRT's directory as GDAL sees it, `vrtDirReal` the canonical one. Returns "" or the reason.
std::string CheckReference(const std::string& ref, bool relativeToVrt, const std::string& vrtDirWritten,
                           const std::string& vrtDirReal, const std::vector<std::string>& fileDrivers) {
    if (ref.empty()) return "is empty";
    if (IsNetworkPath(ref)) {
        if (NetworkAllowed()) return "";
        return "is a network path; pass --allow-network to let engagemap fetch it";
    }
    std::string gdalName = ref;
    std::string localFile;  // the file on disk that must lie under the VRT's directory
    if (StartsWith(ref, "/vsi")) {
        // Archives of a local file only. GDAL reads a /vsi… name as written (relativeToVRT does not
        // apply to it), so a relative archive path is taken from the working directory, as GDAL does.
        static const char* const kArchives[] = {"/vsizip/", "/vsitar/", "/vsigzip/"};
        const char* prefix = nullptr;
        for (const char* p : kArchives)
            if (StartsWith(ref, p)) prefix = p;
        if (!prefix) return "uses a GDAL virtual file system other than /vsizip/, /vsitar/ or /vsigzip/";
        const std::string rest = ref.substr(std::string(prefix).size());
        if (StartsWith(rest, "/vsi") || StartsWith(rest, "{/vsi")) return "nests GDAL virtual file systems";
        localFile = ArchiveOf(rest, std::string(prefix) == "/vsigzip/");
        if (localFile.empty()) return "names no archive file that exists";
    } else {
        if (relativeToVrt) gdalName = CPLProjectRelativeFilename(vrtDirWritten.c_str(), ref.c_str());
        localFile = gdalName;
    }
    const std::string real = RealPath(localFile);
    if (real.empty()) return "does not exist";
    if (!IsUnder(real, vrtDirReal)) return "is outside the VRT's directory " + vrtDirReal;
    if (!IsRegularFile(real)) return "is not a regular file";
    // GDAL opens a VRT's sources with every driver: only plain file formats are let through (no
    // nested VRT, no WFS or database connection file).
    GDALDriverH driver = GDALIdentifyDriverEx(gdalName.c_str(), GDAL_OF_VECTOR, nullptr, nullptr);
    const std::string name = driver ? GDALGetDriverShortName(driver) : "";
    if (std::find(fileDrivers.begin(), fileDrivers.end(), name) == fileDrivers.end())
        return name.empty() ? "is not a geodata file GDAL recognises"
                            : "is read by GDAL driver '" + name + "', which a VRT may not use here";
    return "";
}

}  // namespace

bool IsOgrVrtPath(const std::string& path) {
    return path.size() >= 4 && Lower(path.substr(path.size() - 4)) == ".vrt";
}

bool CheckOgrVrtReferences(const std::string& vrtPath, const std::vector<std::string>& fileDrivers,
                           std::string* error) {
    if (StartsWith(vrtPath, "/vsi") || IsNetworkPath(vrtPath)) {
        *error = "a VRT is read only from a local file";
        return false;
    }
    std::string xml;
    if (!ReadInputFile(vrtPath, kMaxVrtBytes, &xml, error)) return false;
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    std::unique_ptr<CPLXMLNode, decltype(&CPLDestroyXMLNode)> root(CPLParseXMLString(xml.c_str()), &CPLDestroyXMLNode);
    CPLPopErrorHandler();
    if (!root) {
        const std::string why = CPLGetLastErrorMsg();
        *error = "not a valid OGR VRT: " + (why.empty() ? std::string("XML does not parse") : why);
        return false;
    }
    CPLXMLNode* top = CPLGetXMLNode(root.get(), "=OGRVRTDataSource");
    if (!top) {
        *error = "not an OGR VRT (no OGRVRTDataSource element)";
        return false;
    }
    const std::string dirWritten = CPLGetPath(vrtPath.c_str());
    const std::string dirReal = RealPath(dirWritten.empty() ? "." : dirWritten);
    if (dirReal.empty()) {
        *error = "cannot resolve the VRT's directory";
        return false;
    }
    std::vector<CPLXMLNode*> sources;
    CollectSources(top->psChild, sources);
    const std::vector<int> lines = SrcDataSourceLines(xml);
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const std::string ref = CPLGetXMLValue(sources[i], nullptr, "");
        const bool relative = CPLTestBool(CPLGetXMLValue(sources[i], "relativeToVRT", "0"));
        const std::string why = CheckReference(ref, relative, dirWritten, dirReal, fileDrivers);
        if (why.empty()) continue;
        const std::string where = lines.size() == sources.size() ? " (line " + std::to_string(lines[i]) + ")" : "";
        *error = "VRT data source '" + ref + "'" + where + " " + why;
        return false;
    }
    return true;
}

}  // namespace engagemap
