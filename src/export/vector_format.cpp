// VectorFormatForPath (vector_export.hpp), apart from the cairo writer: choosing a format needs no
// cairo, so the lean program (src/app/lean/) can decide without linking it.
#include <cctype>

#include "export/vector_export.hpp"

namespace engagemap {
namespace {

bool EndsWithNoCase(const std::string& s, const char* suffix) {
    const std::string x(suffix);
    if (s.size() < x.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[s.size() - x.size() + i])) != x[i]) return false;
    return true;
}

}  // namespace

std::optional<VectorFormat> VectorFormatForPath(const std::string& path) {
    if (EndsWithNoCase(path, ".svg")) return VectorFormat::Svg;
    if (EndsWithNoCase(path, ".pdf")) return VectorFormat::Pdf;
    return std::nullopt;
}

}  // namespace engagemap
