// RecentreCountries (recentre.hpp): rings re-cut at the new antimeridian through GEOS (OGR), so
// apart from recentre.cpp's plain longitude arithmetic, which needs no GDAL.
#include "core/geo/antimeridian.hpp"
#include "core/geo/great_circle.hpp"
#include "core/geo/recentre.hpp"

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

}  // namespace engagemap
