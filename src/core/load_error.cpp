#include "core/load_error.hpp"

namespace engagemap {

std::string LoadError::ToString() const {
    // append() rather than operator+ chains: GCC 12 warns spuriously (-Wrestrict) on those.
    std::string s = file;
    if (line > 0) {
        s.append(":").append(std::to_string(line));
        if (column > 0) s.append(":").append(std::to_string(column));
    }
    s.append(": ");
    if (!path.empty()) s.append(path).append(": ");
    if (!field.empty() && path.find(field) == std::string::npos) s.append("field '").append(field).append("': ");
    s.append(message);
    return s;
}

}  // namespace engagemap
