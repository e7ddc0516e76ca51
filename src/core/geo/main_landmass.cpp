#include "core/geo/main_landmass.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace engagemap {
namespace {

constexpr double kRad = std::numbers::pi / 180.0;

// Countries whose UN M49 region covers only part of their land, with the box of that part (see
// RegionalExtent).
struct RegionalPart {
    const char* key;     // ISO3
    const char* region;  // UN M49 region of the country in the geodata
    LonLatBox extent;    // degrees
};
// Russia: west of the Ural Mountains, the conventional boundary of Europe (~60°E), and south of
// 70°N, just north of the mainland's Arctic coast (Kola reaches 69.95°N), which leaves out the
// Arctic archipelagos (Novaya Zemlya to 77°N, Franz Josef Land to 82°N).
constexpr RegionalPart kRegionalParts[] = {{"RUS", "Europe", LonLatBox{-180.0, -90.0, 60.0, 70.0}}};

bool Inside(const LonLatBox& box, const LonLat& p) {
    return p.lon >= box.minLon && p.lon <= box.maxLon && p.lat >= box.minLat && p.lat <= box.maxLat;
}

// Whether `p` lies inside `polygon` (odd rule over all its rings).
bool InPolygon(const Polygon& polygon, const LonLat& p) {
    bool in = false;
    for (const Ring& ring : polygon.rings)
        for (size_t i = 0, n = ring.size(), j = n - 1; i < n; j = i++) {
            const LonLat& a = ring[i];
            const LonLat& b = ring[j];
            if ((a.lat > p.lat) != (b.lat > p.lat) && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
                in = !in;
        }
    return in;
}

// Area of a ring on the unit sphere (steradians), from the shoelace formula in the Lambert
// cylindrical equal-area plane (x = lon in radians, y = sin lat).
double RingArea(const Ring& ring) {
    double twice = 0;
    for (size_t i = 0, n = ring.size(); i < n; ++i) {
        const LonLat& a = ring[i];
        const LonLat& b = ring[(i + 1) % n];
        twice += a.lon * kRad * std::sin(b.lat * kRad) - b.lon * kRad * std::sin(a.lat * kRad);
    }
    return std::abs(twice) / 2;
}

double PolygonArea(const Polygon& polygon) { return polygon.rings.empty() ? 0.0 : RingArea(polygon.rings[0]); }

LonLatBox BoxOf(const Polygon& polygon) {
    LonLatBox box;
    for (const Ring& ring : polygon.rings)
        for (const LonLat& p : ring) box.Extend(p);
    return box;
}

// Gap between the intervals [a0, a1] and [b0, b1] (0 when they overlap).
double IntervalGap(double a0, double a1, double b0, double b1) { return std::max({0.0, b0 - a1, a0 - b1}); }

// Great-circle-like gap between two boxes in degrees of arc: the longitude gap is taken the short
// way round (pieces cut at ±180° are next to each other) and scaled by cos of `main`'s mid-latitude.
double BoxGapDegrees(const LonLatBox& main, const LonLatBox& other) {
    double lonGap = IntervalGap(main.minLon, main.maxLon, other.minLon, other.maxLon);
    for (const double shift : {-360.0, 360.0})
        lonGap = std::min(lonGap, IntervalGap(main.minLon, main.maxLon, other.minLon + shift, other.maxLon + shift));
    const double latGap = IntervalGap(main.minLat, main.maxLat, other.minLat, other.maxLat);
    return std::hypot(lonGap * std::cos((main.minLat + main.maxLat) / 2 * kRad), latGap);
}

// Visits the points whose box is the box of `polygon` clipped to `box`: its vertices inside the
// box, the points where its edges cross the box's sides, and the box's corners inside it.
void VisitClipped(const Polygon& polygon, const LonLatBox& box, const std::function<void(const LonLat&)>& visit) {
    for (const Ring& ring : polygon.rings)
        for (size_t i = 0, n = ring.size(); i < n; ++i) {
            const LonLat& a = ring[i];
            const LonLat& b = ring[(i + 1) % n];
            if (Inside(box, a)) visit(a);
            for (const double lon : {box.minLon, box.maxLon})
                if ((a.lon - lon) * (b.lon - lon) < 0) {
                    const LonLat p{lon, a.lat + (b.lat - a.lat) * (lon - a.lon) / (b.lon - a.lon)};
                    if (Inside(box, p)) visit(p);
                }
            for (const double lat : {box.minLat, box.maxLat})
                if ((a.lat - lat) * (b.lat - lat) < 0) {
                    const LonLat p{a.lon + (b.lon - a.lon) * (lat - a.lat) / (b.lat - a.lat), lat};
                    if (Inside(box, p)) visit(p);
                }
        }
    for (const LonLat corner : {LonLat{box.minLon, box.minLat}, LonLat{box.maxLon, box.minLat},
                                LonLat{box.minLon, box.maxLat}, LonLat{box.maxLon, box.maxLat}})
        if (InPolygon(polygon, corner)) visit(corner);
}

void VisitAll(const Polygon& polygon, const std::function<void(const LonLat&)>& visit) {
    for (const Ring& ring : polygon.rings)
        for (const LonLat& p : ring) visit(p);
}

}  // namespace

const LonLatBox* RegionalExtent(const CountryGeometry& country) {
    for (const RegionalPart& part : kRegionalParts)
        if (country.key == part.key && country.region == part.region) return &part.extent;
    return nullptr;
}

void ForEachMainLandmassPoint(const CountryGeometry& country, const std::function<void(const LonLat&)>& visit) {
    const std::vector<Polygon>& polygons = country.polygons;
    if (polygons.empty()) return;
    std::vector<double> areas;
    areas.reserve(polygons.size());
    for (const Polygon& p : polygons) areas.push_back(PolygonArea(p));
    const size_t main = static_cast<size_t>(std::max_element(areas.begin(), areas.end()) - areas.begin());

    const LonLatBox* limit = RegionalExtent(country);
    LonLatBox mainBox;
    if (limit) VisitClipped(polygons[main], *limit, [&](const LonLat& p) { mainBox.Extend(p); });
    if (mainBox.Empty()) limit = nullptr;  // the main polygon lies wholly past the limit: no clipping
    if (!limit) mainBox = BoxOf(polygons[main]);

    for (size_t i = 0; i < polygons.size(); ++i) {
        if (i == main) {
            limit ? VisitClipped(polygons[i], *limit, visit) : VisitAll(polygons[i], visit);
            continue;
        }
        const LonLatBox box = BoxOf(polygons[i]);
        if (box.Empty() || (limit && !(Inside(*limit, {box.minLon, box.minLat}) && Inside(*limit, {box.maxLon, box.maxLat}))))
            continue;
        const bool near = BoxGapDegrees(mainBox, box) <= kNearLandmassDegrees;
        const bool large = areas[i] >= kLargeLandmassShare * areas[main];
        if (near || large) VisitAll(polygons[i], visit);
    }
}

LonLatBox MainLandmassBox(const CountryGeometry& country) {
    LonLatBox box;
    ForEachMainLandmassPoint(country, [&](const LonLat& p) { box.Extend(p); });
    return box;
}

}  // namespace engagemap
