#include "core/io/output_name.hpp"

#include <cctype>
#include <filesystem>
#include <system_error>

namespace engagemap {

std::string UnusedOutputPath(const std::string& wanted) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(wanted, ec))) return wanted;
    const fs::path path(wanted);
    const fs::path parent = path.parent_path();
    const std::string stem = path.stem().string(), ext = path.extension().string();
    for (int n = 2; n < 10000; ++n) {
        const fs::path candidate = parent / (stem + "-" + std::to_string(n) + ext);
        if (!fs::exists(fs::symlink_status(candidate, ec))) return candidate.string();
    }
    return {};
}

std::string FileNameSafe(const std::string& text) {
    std::string out = text;
    for (char& c : out)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') c = '_';
    return out;
}

}  // namespace engagemap
