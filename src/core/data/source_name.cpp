#include "core/data/source_name.hpp"

namespace engagemap {

std::string ShortSourceName(const Source& source, size_t maxChars) {
    std::string name = source.title;
    const bool startsWithUrl = name.rfind("http://", 0) == 0 || name.rfind("https://", 0) == 0;
    if (startsWithUrl) {
        const size_t open = name.find(" (");
        const size_t close = name.rfind(')');
        if (open != std::string::npos && close != std::string::npos && close > open + 2) {
            name = name.substr(open + 2, close - open - 2);
        } else {
            const size_t hostStart = name.find("://") + 3;
            const size_t hostEnd = name.find('/', hostStart);
            name = name.substr(hostStart, hostEnd == std::string::npos ? std::string::npos : hostEnd - hostStart);
        }
    }
    if (name.empty()) name = source.id;
    if (name.size() > maxChars && maxChars > 3) {
        // Cut on a UTF-8 character boundary.
        size_t cut = maxChars - 3;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
        name = name.substr(0, cut);
        name.append("...");
    }
    return name;
}

}  // namespace engagemap
