// Antimeridian cutting (see antimeridian.hpp).
//
// Method: every ring of a crossing polygon is "unwrapped" so that consecutive longitudes never
// jump by more than 180° (the ring may then extend past ±180, e.g. to 181.3). A ring whose net
// longitude change is ±360° encircles a pole; it is started at its crossing of ±180 and closed
// along that pole's latitude (down the seam meridian, along the pole, back up; frame edges split
// into 1° steps), so it spans exactly [-180, 180]. A polar ring hugging the pole (within 0.01°)
// next to another polar ring is dropped (see CutUnwrapped). The unwrapped polygon is repaired
// with MakeValid when GEOS finds it invalid, intersected (GEOS, through OGR) with the longitude
// strips [-180 + 360k, 180 + 360k], and each piece is shifted by -360k back into [-180, 180];
// vertices within 1e-9 of ±180 / ±90 are snapped onto them.
#include "core/geo/antimeridian.hpp"

#include <cpl_error.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace engagemap {
namespace {

// Vertices closer than this to ±180 / ±90 count as lying on the map frame (degrees).
constexpr double kFrameTolerance = 1e-9;
// A pole-encircling ring whose vertices all lie within this of the pole is a "polar cap" (degrees).
constexpr double kPolarCapDegrees = 0.01;

// Signed longitude step a→b taken the short way round, in (-180, 180] degrees.
double ShortLonStep(double fromLon, double toLon) {
    double d = toLon - fromLon;
    while (d > 180.0) d -= 360.0;
    while (d <= -180.0) d += 360.0;
    return d;
}

// Frame edges added when closing a ring along a pole are split into steps of at most this (degrees).
constexpr double kClosureStepDegrees = 1.0;

// Appends the points of the straight line from → to (both included, `from` only if it differs
// from the last point), spaced at most kClosureStepDegrees apart.
void AppendFrameLine(Ring& ring, LonLat from, LonLat to) {
    const double length = std::max(std::fabs(to.lon - from.lon), std::fabs(to.lat - from.lat));
    const int steps = std::max(1, static_cast<int>(std::ceil(length / kClosureStepDegrees)));
    if (ring.empty() || ring.back().lon != from.lon || ring.back().lat != from.lat) ring.push_back(from);
    for (int i = 1; i < steps; ++i) {
        const double t = static_cast<double>(i) / steps;
        ring.push_back({from.lon + t * (to.lon - from.lon), from.lat + t * (to.lat - from.lat)});
    }
    ring.push_back(to);
}

// A ring with continuous longitudes (may extend outside [-180, 180]), degrees.
struct UnwrappedRing {
    Ring points;
    bool polar = false;  // true when it encircled a pole and was closed along it
};

// Unwraps `ring`: each longitude is moved by a multiple of 360° so that no edge jumps by more
// than 180°. A pole-encircling ring is rotated to start at its crossing of ±180 and closed
// along lat = ±90, so the result spans exactly [-180, 180].
UnwrappedRing Unwrap(const Ring& ring) {
    UnwrappedRing out;
    const size_t n = ring.size();
    if (n == 0) return out;

    // Net longitude change around the closed ring: 0 normally, ±360 around a pole.
    double net = 0.0;
    for (size_t i = 0; i < n; ++i) net += ShortLonStep(ring[i].lon, ring[(i + 1) % n].lon);
    const int turns = static_cast<int>(std::lround(net / 360.0));

    if (turns == 0) {
        out.points.reserve(n);
        out.points.push_back(ring[0]);
        for (size_t i = 1; i < n; ++i) {
            LonLat p = ring[i];
            p.lon = out.points.back().lon + ShortLonStep(out.points.back().lon, ring[i].lon);
            // Keep the original value when no shift is needed, so untouched vertices stay exact.
            if (std::fabs(p.lon - ring[i].lon) < 1e-7) p.lon = ring[i].lon;
            out.points.push_back(p);
        }
        return out;
    }

    // Polar ring: start right after the edge that jumps across ±180.
    size_t start = 0;
    for (size_t i = 0; i < n; ++i) {
        if (std::fabs(ring[(i + 1) % n].lon - ring[i].lon) > 180.0) {
            start = (i + 1) % n;
            break;
        }
    }
    Ring chain;
    chain.reserve(n);
    chain.push_back(ring[start]);
    for (size_t k = 1; k < n; ++k) {
        const LonLat& q = ring[(start + k) % n];
        LonLat p = q;
        p.lon = chain.back().lon + ShortLonStep(chain.back().lon, q.lon);
        chain.push_back(p);
    }
    // The closing edge chain.back() → ring[start] (shifted by 360·turns) crosses an odd
    // multiple of 180: that is where the seam goes.
    const LonLat last = chain.back();
    const double nextLon = ring[start].lon + 360.0 * turns;
    const double mid = 0.5 * (last.lon + nextLon);
    const double seamEnd = 180.0 + 360.0 * std::round((mid - 180.0) / 360.0);
    const double seamStart = seamEnd - 360.0 * turns;
    const double step = nextLon - last.lon;
    double t = step != 0.0 ? (seamEnd - last.lon) / step : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double seamLat = last.lat + t * (ring[start].lat - last.lat);

    double latSum = 0.0;
    for (const LonLat& p : ring) latSum += p.lat;
    const double poleLat = latSum < 0.0 ? -90.0 : 90.0;

    out.polar = true;
    out.points.reserve(n + 800);
    out.points.push_back({seamStart, seamLat});
    out.points.insert(out.points.end(), chain.begin(), chain.end());
    // Closure: down the seam meridian, along the pole, back up the other seam meridian. These
    // frame edges are split into steps of at most kClosureStepDegrees, so that no edge jumps by
    // more than 180° (cutting again finds nothing to do) and curved projections of the frame
    // stay close to it.
    AppendFrameLine(out.points, {seamEnd, seamLat}, {seamEnd, poleLat});
    AppendFrameLine(out.points, {seamEnd, poleLat}, {seamStart, poleLat});
    AppendFrameLine(out.points, {seamStart, poleLat}, {seamStart, seamLat});
    out.points.pop_back();  // (seamStart, seamLat) is already the first point
    return out;
}

void ShiftLon(Ring& ring, double delta) {
    for (LonLat& p : ring) p.lon += delta;
}

void LonRange(const Ring& ring, double& minLon, double& maxLon) {
    for (const LonLat& p : ring) {
        minLon = std::min(minLon, p.lon);
        maxLon = std::max(maxLon, p.lon);
    }
}

std::unique_ptr<OGRLinearRing> ToOgrRing(const Ring& ring) {
    auto out = std::make_unique<OGRLinearRing>();
    out->setNumPoints(static_cast<int>(ring.size() + 1), FALSE);
    for (size_t i = 0; i <= ring.size(); ++i) {
        const LonLat& p = ring[i % ring.size()];
        out->setPoint(static_cast<int>(i), p.lon, p.lat);
    }
    return out;
}

// Moves values within kFrameTolerance of ±180 / ±90 exactly onto them.
double SnapToFrame(double v, double frame) {
    if (std::fabs(v - frame) <= kFrameTolerance) return frame;
    if (std::fabs(v + frame) <= kFrameTolerance) return -frame;
    return v;
}

// Ring of an OGR result, shifted by `lonShift`, snapped to the frame, without the repeated
// closing point or consecutive duplicates. Empty if it has fewer than 3 distinct vertices.
Ring FromOgrRing(const OGRLinearRing& ring, double lonShift) {
    Ring out;
    const int n = ring.getNumPoints();
    out.reserve(static_cast<size_t>(std::max(n, 0)));
    for (int i = 0; i < n; ++i) {
        LonLat p{SnapToFrame(ring.getX(i) + lonShift, 180.0), SnapToFrame(ring.getY(i), 90.0)};
        p.lon = std::clamp(p.lon, -180.0, 180.0);
        if (!out.empty() && out.back().lon == p.lon && out.back().lat == p.lat) continue;
        out.push_back(p);
    }
    while (out.size() > 1 && out.front().lon == out.back().lon && out.front().lat == out.back().lat)
        out.pop_back();
    if (out.size() < 3) out.clear();
    return out;
}

// Appends every polygon found in `geometry` (Polygon, MultiPolygon or a collection holding
// them), shifted by `lonShift` degrees.
void CollectPolygons(const OGRGeometry* geometry, double lonShift, std::vector<Polygon>& out) {
    if (geometry == nullptr || geometry->IsEmpty()) return;
    switch (wkbFlatten(geometry->getGeometryType())) {
        case wkbPolygon: {
            const auto* polygon = geometry->toPolygon();
            Polygon result;
            const OGRLinearRing* exterior = polygon->getExteriorRing();
            if (exterior == nullptr) return;
            Ring outer = FromOgrRing(*exterior, lonShift);
            if (outer.empty()) return;
            result.rings.push_back(std::move(outer));
            for (int i = 0; i < polygon->getNumInteriorRings(); ++i) {
                Ring hole = FromOgrRing(*polygon->getInteriorRing(i), lonShift);
                if (!hole.empty()) result.rings.push_back(std::move(hole));
            }
            out.push_back(std::move(result));
            break;
        }
        case wkbMultiPolygon:
        case wkbGeometryCollection: {
            const auto* collection = geometry->toGeometryCollection();
            for (int i = 0; i < collection->getNumGeometries(); ++i)
                CollectPolygons(collection->getGeometryRef(i), lonShift, out);
            break;
        }
        default:
            break;  // points and lines left over where a piece only touches a strip edge
    }
}

// Cuts a polygon known to cross the antimeridian (see CutAtAntimeridian).
std::vector<Polygon> CutUnwrapped(const Polygon& polygon);

}  // namespace

bool RingCrossesAntimeridian(const Ring& ring) {
    const size_t n = ring.size();
    for (size_t i = 0; i < n; ++i)
        if (std::fabs(ring[(i + 1) % n].lon - ring[i].lon) > 180.0) return true;
    return false;
}

std::vector<Polygon> CutAtAntimeridian(const Polygon& polygon) {
    bool crosses = false;
    for (const Ring& ring : polygon.rings) crosses = crosses || RingCrossesAntimeridian(ring);
    if (!crosses || polygon.rings.empty() || polygon.rings[0].size() < 3) return {polygon};

    // GEOS reports self-intersections of invalid source rings as warnings; they are repaired
    // below (MakeValid), so keep them out of the caller's log.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    std::vector<Polygon> pieces = CutUnwrapped(polygon);
    CPLPopErrorHandler();
    return pieces;
}

namespace {

std::vector<Polygon> CutUnwrapped(const Polygon& polygon) {
    std::vector<UnwrappedRing> rings;
    for (const Ring& ring : polygon.rings)
        if (ring.size() >= 3) rings.push_back(Unwrap(ring));

    // A polar ring that hugs the pole is the spherical way of saying "everything on the far side
    // of this small circle" (world-atlas 1:50m writes Antarctica as such a ring at -89.999 with
    // the coast as its hole). In the plane it encloses only a sliver: drop it when another
    // polar ring remains, which then runs down to the pole itself.
    auto isPolarCap = [](const UnwrappedRing& r) {
        if (!r.polar) return false;
        for (const LonLat& p : r.points)
            if (std::fabs(p.lat) < 90.0 - kPolarCapDegrees) return false;
        return true;
    };
    size_t polarRings = 0, polarCaps = 0;
    for (const UnwrappedRing& r : rings) {
        polarRings += r.polar ? 1 : 0;
        polarCaps += isPolarCap(r) ? 1 : 0;
    }
    if (polarCaps > 0 && polarRings > polarCaps)
        rings.erase(std::remove_if(rings.begin(), rings.end(), isPolarCap), rings.end());

    std::vector<Ring> polar, plain;  // plain: rings with no net turn
    for (UnwrappedRing& r : rings) (r.polar ? polar : plain).push_back(std::move(r.points));

    // Holes are moved by whole turns next to the area they cut into.
    double minLon = 1e300, maxLon = -1e300;
    if (polar.empty()) {
        LonRange(plain[0], minLon, maxLon);
    } else {
        for (const Ring& r : polar) LonRange(r, minLon, maxLon);
    }
    const double centre = 0.5 * (minLon + maxLon);
    for (size_t i = polar.empty() ? 1 : 0; i < plain.size(); ++i) {
        double ringMin = 1e300, ringMax = -1e300;
        LonRange(plain[i], ringMin, ringMax);
        const double turns = std::round((centre - 0.5 * (ringMin + ringMax)) / 360.0);
        if (turns != 0.0) ShiftLon(plain[i], 360.0 * turns);
        LonRange(plain[i], minLon, maxLon);
    }

    // The unwrapped area: a plain exterior with holes, or the polar rings (several are combined
    // by symmetric difference, as nested rings around a pole bound bands) minus plain holes.
    std::unique_ptr<OGRGeometry> area;
    if (polar.size() <= 1) {
        auto unwrapped = std::make_unique<OGRPolygon>();
        for (const Ring& ring : polar) unwrapped->addRingDirectly(ToOgrRing(ring).release());
        for (const Ring& ring : plain) unwrapped->addRingDirectly(ToOgrRing(ring).release());
        area = std::move(unwrapped);
    } else {
        for (const Ring& ring : polar) {
            OGRPolygon band;
            band.addRingDirectly(ToOgrRing(ring).release());
            area.reset(area ? area->SymDifference(&band) : band.clone());
            if (!area) return {polygon};  // GEOS failed: leave the data as it was
        }
        for (const Ring& ring : plain) {
            OGRPolygon hole;
            hole.addRingDirectly(ToOgrRing(ring).release());
            std::unique_ptr<OGRGeometry> rest(area->Difference(&hole));
            if (rest) area = std::move(rest);
        }
    }
    if (!area->IsValid()) {
        std::unique_ptr<OGRGeometry> valid(area->MakeValid());
        if (valid) area = std::move(valid);
    }

    std::vector<Polygon> pieces;
    const int firstStrip = static_cast<int>(std::floor((minLon + 180.0) / 360.0));
    const int lastStrip = static_cast<int>(std::ceil((maxLon - 180.0) / 360.0));
    for (int k = firstStrip; k <= lastStrip; ++k) {
        const double west = -180.0 + 360.0 * k, east = 180.0 + 360.0 * k;
        OGRLinearRing boxRing;
        boxRing.addPoint(west, -91.0);
        boxRing.addPoint(east, -91.0);
        boxRing.addPoint(east, 91.0);
        boxRing.addPoint(west, 91.0);
        boxRing.addPoint(west, -91.0);
        OGRPolygon box;
        box.addRing(&boxRing);
        std::unique_ptr<OGRGeometry> piece(area->Intersection(&box));
        CollectPolygons(piece.get(), -360.0 * k, pieces);
    }
    return pieces;
}

}  // namespace

bool IsFrameEdge(LonLat a, LonLat b) {
    auto near = [](double v, double target) { return std::fabs(v - target) <= kFrameTolerance; };
    if (near(a.lon, 180.0) && near(b.lon, 180.0)) return true;
    if (near(a.lon, -180.0) && near(b.lon, -180.0)) return true;
    if (near(a.lat, 90.0) && near(b.lat, 90.0)) return true;
    if (near(a.lat, -90.0) && near(b.lat, -90.0)) return true;
    return false;
}

}  // namespace engagemap
