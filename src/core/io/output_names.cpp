#include "core/io/output_names.hpp"

#include <filesystem>
#include <system_error>

namespace engagemap {
namespace {

bool Exists(const std::string& path) {
    std::error_code ec;
    return std::filesystem::symlink_status(path, ec).type() != std::filesystem::file_type::not_found && !ec;
}

}  // namespace

std::string FileStem(std::string_view label) {
    std::string out;
    bool dash = false;
    for (char ch : label) {
        const unsigned char c = static_cast<unsigned char>(ch);
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            dash = !out.empty();
            continue;
        }
        if (dash) out += '-';
        dash = false;
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        if (out.size() >= 80) break;
    }
    return out.empty() ? "engagemap" : out;
}

std::string FirstFreePath(const std::string& dir, const std::string& stem, const std::string& ext) {
    const std::string base = dir.empty() ? stem : (dir.back() == '/' ? dir + stem : dir + "/" + stem);
    std::string path = base + ext;
    for (int n = 2; Exists(path); ++n) path = base + "-" + std::to_string(n) + ext;
    return path;
}

std::string FirstFreePath(const std::string& path) {
    if (!Exists(path)) return path;
    const std::size_t slash = path.find_last_of('/');
    const std::size_t dot = path.find_last_of('.');
    const bool hasExt = dot != std::string::npos && dot > 0 && (slash == std::string::npos || dot > slash + 1);
    return FirstFreePath("", hasExt ? path.substr(0, dot) : path, hasExt ? path.substr(dot) : "");
}

}  // namespace engagemap
