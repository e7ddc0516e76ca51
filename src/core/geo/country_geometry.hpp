// CountryGeometry: one country (or territory) of the map, as loaded from geodata.
// The key joins it to the engagement dataset; only ISO keys are ever joined.
#pragma once

#include <string>
#include <vector>

#include "core/geo/geo_types.hpp"

namespace engagemap {

// True when `key` is an ISO 3166-1 alpha-3 code (three ASCII capitals; user-assigned XKX for
// Kosovo counts). Non-ISO features (Somaliland, N. Cyprus, Siachen, ...) carry keys of the form
// "NE-<slug>" which this rejects, so they are never joined to membership data by accident.
bool IsIsoCountryKey(const std::string& key);

struct CountryGeometry {
    std::string key;        // ISO 3166-1 alpha-3 ("FRA", "XKX") or non-ISO "NE-somaliland"
    std::string name;       // English short name, UTF-8
    std::string region;     // UN M49 region name ("Europe"), empty when none (Antarctica)
    std::string subregion;  // UN M49 subregion name ("Western Europe"), empty when none
    LonLat label;           // label / anchor point inside the country, degrees
    LonLatBox bounds;       // bounding box of all polygons, degrees
    std::vector<Polygon> polygons;  // rings already cut at the antimeridian (no edge crosses ±180)

    bool IsIso() const { return IsIsoCountryKey(key); }
};

// All countries of one geodata layer, in a stable order (sorted by key).
struct CountrySet {
    std::string source;  // path it was loaded from
    std::string layer;   // layer name within the source
    std::vector<CountryGeometry> countries;
    // Longitudes are relative to this meridian (degrees): 0 as loaded, else see RecentreCountries.
    double centralMeridian = 0.0;

    // Index of the country with this key, or -1.
    int Find(const std::string& key) const;
    size_t VertexCount() const;  // total ring vertices over all countries
};

}  // namespace engagemap
