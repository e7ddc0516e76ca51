#include "core/geo/hit_test.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace engagemap {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

ProjectedBox EmptyBox() { return ProjectedBox{kInf, kInf, -kInf, -kInf}; }

void Extend(ProjectedBox& b, Vec2 p) {
    b.minX = std::min(b.minX, p.x);
    b.minY = std::min(b.minY, p.y);
    b.maxX = std::max(b.maxX, p.x);
    b.maxY = std::max(b.maxY, p.y);
}

void Extend(ProjectedBox& b, const ProjectedBox& o) {
    b.minX = std::min(b.minX, o.minX);
    b.minY = std::min(b.minY, o.minY);
    b.maxX = std::max(b.maxX, o.maxX);
    b.maxY = std::max(b.maxY, o.maxY);
}

bool InBox(const ProjectedBox& b, Vec2 p) {
    return p.x >= b.minX && p.x <= b.maxX && p.y >= b.minY && p.y <= b.maxY;
}

double Distance(Vec2 a, Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

}  // namespace

void ProjectedCountries::Build(const CountrySet& countries, ProjectionKind projection) {
    *this = ProjectedCountries{};
    projection_ = projection;
    const size_t n = countries.countries.size();
    points_.reserve(countries.VertexCount());
    ringStart_.push_back(0);
    polygonStart_.push_back(0);
    countryBoxes_.reserve(n);
    labels_.reserve(n);
    largestExtent_.reserve(n);
    for (const CountryGeometry& c : countries.countries) {
        ProjectedBox countryBox = EmptyBox();
        double largest = 0.0;
        for (const Polygon& poly : c.polygons) {
            PolygonRef ref;
            ref.box = EmptyBox();
            ref.firstRing = static_cast<uint32_t>(ringStart_.size() - 1);
            for (const Ring& ring : poly.rings) {
                for (const LonLat& p : ring) {
                    const Vec2 v = Project(projection, p);
                    points_.push_back(v);
                    Extend(ref.box, v);
                }
                ringStart_.push_back(static_cast<uint32_t>(points_.size()));
                ++ref.ringCount;
            }
            if (ref.ringCount == 0 || ref.box.minX > ref.box.maxX) continue;
            largest = std::max({largest, ref.box.maxX - ref.box.minX, ref.box.maxY - ref.box.minY});
            Extend(countryBox, ref.box);
            polygons_.push_back(ref);
        }
        polygonStart_.push_back(static_cast<uint32_t>(polygons_.size()));
        countryBoxes_.push_back(countryBox);
        labels_.push_back(Project(projection, c.label));
        largestExtent_.push_back(largest);
    }
    built_ = true;
}

template <class Fn>
void ProjectedCountries::ForEachCrossing(const PolygonRef& poly, double y, Fn&& fn) const {
    for (uint32_t r = poly.firstRing; r < poly.firstRing + poly.ringCount; ++r) {
        const uint32_t begin = ringStart_[r], end = ringStart_[r + 1];
        if (end - begin < 3) continue;
        for (uint32_t a = begin, b = end - 1; a < end; b = a++) {
            const Vec2& pa = points_[a];
            const Vec2& pb = points_[b];
            if ((pa.y > y) != (pb.y > y)) fn((pb.x - pa.x) * (y - pa.y) / (pb.y - pa.y) + pa.x);
        }
    }
}

double ProjectedCountries::ContainingPolygonArea(int i, Vec2 p) const {
    const size_t ci = static_cast<size_t>(i);
    if (ci >= labels_.size() || !InBox(countryBoxes_[ci], p)) return -1.0;
    double best = -1.0;
    for (uint32_t k = polygonStart_[ci]; k < polygonStart_[ci + 1]; ++k) {
        const PolygonRef& poly = polygons_[k];
        if (!InBox(poly.box, p)) continue;
        // Even-odd crossing test over all rings: a point in a hole crosses the hole's edges too.
        bool inside = false;
        ForEachCrossing(poly, p.y, [&](double x) {
            if (p.x < x) inside = !inside;
        });
        if (!inside) continue;
        const double area = (poly.box.maxX - poly.box.minX) * (poly.box.maxY - poly.box.minY);
        if (best < 0.0 || area < best) best = area;
    }
    return best;
}

bool ProjectedCountries::Contains(int i, Vec2 p) const { return ContainingPolygonArea(i, p) >= 0.0; }

void ProjectedCountries::ContainsOnRow(int i, double y, const double* xs, size_t n, bool* inside,
                                       std::vector<double>& crossings) const {
    const size_t ci = static_cast<size_t>(i);
    if (ci >= labels_.size()) return;
    const ProjectedBox& countryBox = countryBoxes_[ci];
    if (!(y >= countryBox.minY && y <= countryBox.maxY)) return;
    for (uint32_t k = polygonStart_[ci]; k < polygonStart_[ci + 1]; ++k) {
        const PolygonRef& poly = polygons_[k];
        if (!(y >= poly.box.minY && y <= poly.box.maxY)) continue;
        // The crossings ContainingPolygonArea's even-odd test counts, with its very arithmetic: a
        // point x is inside when an odd number of them lie to its right (x < crossing).
        crossings.clear();
        ForEachCrossing(poly, y, [&](double x) { crossings.push_back(x); });
        std::sort(crossings.begin(), crossings.end());
        for (size_t j = 0; j < n; ++j) {
            const double x = xs[j];
            if (inside[j] || !(x >= countryBox.minX && x <= countryBox.maxX && x >= poly.box.minX && x <= poly.box.maxX))
                continue;
            const size_t right = static_cast<size_t>(crossings.end() - std::upper_bound(crossings.begin(), crossings.end(), x));
            if (right % 2 == 1) inside[j] = true;
        }
    }
}

HitResult HitTest(const ProjectedCountries& projected, const MapView& view, Vec2 screenPx, const HitOptions& options) {
    HitResult result;
    const int n = static_cast<int>(projected.Size());
    if (n == 0) return result;
    const double scale = view.Scale();

    // 1. Markers of countries too small to see: nearest label point within the marker radius.
    double bestDist = kInf;
    for (int i = 0; i < n; ++i) {
        if (projected.LargestPolygonExtent(i) <= 0.0 || !projected.IsSmall(i, scale, options.smallExtentPx)) continue;
        const double d = Distance(view.ProjectedToScreen(projected.Label(i)), screenPx);
        if (d <= options.markerRadiusPx && d < bestDist) {
            bestDist = d;
            result = HitResult{i, HitKind::Marker, d};
        }
    }
    if (result.country >= 0) return result;

    // 2. Polygons, boxes first.
    const Vec2 p = view.ScreenToProjected(screenPx);
    double bestArea = kInf;
    for (int i = 0; i < n; ++i) {
        const double area = projected.ContainingPolygonArea(i, p);
        if (area >= 0.0 && area < bestArea) {
            bestArea = area;
            result = HitResult{i, HitKind::Polygon, 0.0};
        }
    }
    if (result.country >= 0) return result;

    // 3. Nearest label point within the label radius.
    bestDist = kInf;
    for (int i = 0; i < n; ++i) {
        const double d = Distance(view.ProjectedToScreen(projected.Label(i)), screenPx);
        if (d <= options.labelRadiusPx && d < bestDist) {
            bestDist = d;
            result = HitResult{i, HitKind::Label, d};
        }
    }
    return result;
}

void HitTester::SetCountries(const CountrySet* countries) {
    countries_ = countries;
    Invalidate();
}

void HitTester::SetProjection(ProjectionKind projection) {
    if (projection != projection_) Invalidate();
    projection_ = projection;
}

const ProjectedCountries& HitTester::Projected() {
    if (countries_ && (!cache_.Built() || cache_.Projection() != projection_)) cache_.Build(*countries_, projection_);
    return cache_;
}

HitResult HitTester::Hit(const MapView& view, Vec2 screenPx, const HitOptions& options) {
    return HitTest(Projected(), view, screenPx, options);
}

}  // namespace engagemap
