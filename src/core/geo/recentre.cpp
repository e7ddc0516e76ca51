#include "core/geo/recentre.hpp"

#include <cmath>

#include "core/geo/antimeridian.hpp"
#include "core/geo/great_circle.hpp"

namespace engagemap {

CountrySet RecentreCountries(const CountrySet& countries, double centralMeridian) {
    CountrySet out;
    out.source = countries.source;
    out.layer = countries.layer;
    out.centralMeridian = centralMeridian;
    const double shift = centralMeridian - countries.centralMeridian;
    out.countries.reserve(countries.countries.size());
    for (const CountryGeometry& c : countries.countries) {
        CountryGeometry r = c;
        r.polygons.clear();
        r.bounds = LonLatBox{};
        r.label.lon = RelativeLongitude(c.label.lon, shift);
        for (const Polygon& source : c.polygons) {
            Polygon rotated;
            for (const Ring& ring : source.rings) {
                Ring moved;
                moved.reserve(ring.size());
                for (const LonLat& p : ring) moved.push_back({RelativeLongitude(p.lon, shift), p.lat});
                rotated.rings.push_back(std::move(moved));
            }
            for (Polygon& piece : CutAtAntimeridian(rotated)) {
                for (const Ring& ring : piece.rings)
                    for (const LonLat& q : ring) r.bounds.Extend(q);
                r.polygons.push_back(std::move(piece));
            }
        }
        out.countries.push_back(std::move(r));
    }
    return out;
}

LonLatBox RecentredBox(const LonLatBox& box, double centralMeridian) {
    if (box.Empty() || centralMeridian == 0.0) return box;
    LonLatBox out = box;
    if (box.maxLon - box.minLon >= 360.0 - 1e-9) {
        out.minLon = -180.0;
        out.maxLon = 180.0;
        return out;
    }
    out.minLon = RelativeLongitude(box.minLon, centralMeridian);
    out.maxLon = out.minLon + (box.maxLon - box.minLon);
    return out;
}

bool IsSourceSeamEdge(LonLat a, LonLat b, double centralMeridian) {
    if (centralMeridian == 0.0) return false;
    const double seam = RelativeLongitude(180.0, centralMeridian);
    auto on = [&](double lon) {
        const double d = std::fabs(lon - seam);
        return d < 1e-9 || std::fabs(d - 360.0) < 1e-9;
    };
    return on(a.lon) && on(b.lon);
}

}  // namespace engagemap
