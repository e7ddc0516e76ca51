#include "core/geo/country_geometry.hpp"

namespace engagemap {

bool IsIsoCountryKey(const std::string& key) {
    if (key.size() != 3) return false;
    for (char c : key)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

int CountrySet::Find(const std::string& key) const {
    for (size_t i = 0; i < countries.size(); ++i)
        if (countries[i].key == key) return static_cast<int>(i);
    return -1;
}

size_t CountrySet::VertexCount() const {
    size_t n = 0;
    for (const auto& c : countries)
        for (const auto& p : c.polygons)
            for (const auto& r : p.rings) n += r.size();
    return n;
}

}  // namespace engagemap
