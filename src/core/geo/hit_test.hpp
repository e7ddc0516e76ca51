// Hit testing: which country is under the pointer. Country rings are projected once per
// projection (ProjectedCountries) with a bounding box per country and per polygon, so a query
// tests boxes first and runs point-in-polygon (even-odd over all rings of a polygon, so holes
// such as Lesotho in South Africa are respected) only on the few candidates.
//
// Small countries stay hoverable. A query, in this order:
//   1. markers: among countries too small to see at the current zoom (largest polygon smaller
//      than HitOptions::smallExtentPx on screen; drawn as markers, see small_countries.hpp), the
//      one whose projected label point is nearest to the pointer within markerRadiusPx wins —
//      markers are drawn on top of the map, so they are hit first;
//   2. polygons: the country whose polygon contains the pointer (if polygons of two countries
//      overlap, the polygon with the smaller box wins: an enclave beats its surroundings);
//   3. labels: otherwise the country whose projected label point is nearest within
//      labelRadiusPx.
// Ties are broken by the lower country index, so results are deterministic.
#pragma once

#include <cstdint>
#include <vector>

#include "core/geo/country_geometry.hpp"
#include "core/geo/map_view.hpp"
#include "core/geo/projection.hpp"

namespace engagemap {

// The countries of one CountrySet projected with one projection (projected units, y up).
class ProjectedCountries {
public:
    // Projects every ring vertex and label point of `countries` (~100k vertices: about a
    // millisecond). Keeps no reference to `countries`.
    void Build(const CountrySet& countries, ProjectionKind projection);
    bool Built() const { return built_; }
    ProjectionKind Projection() const { return projection_; }
    size_t Size() const { return labels_.size(); }  // number of countries

    // Box of all polygons of country i; minX > maxX when it has none.
    const ProjectedBox& CountryBox(int i) const { return countryBoxes_[static_cast<size_t>(i)]; }
    // Projected label point of country i.
    Vec2 Label(int i) const { return labels_[static_cast<size_t>(i)]; }
    // Largest width or height (projected units) of the boxes of country i's polygons: the size of
    // its biggest piece. A country of many tiny islands (Kiribati) is small even though its
    // overall box spans an ocean. 0 when it has no polygons.
    double LargestPolygonExtent(int i) const { return largestExtent_[static_cast<size_t>(i)]; }
    // True when every polygon of country i is under `thresholdPx` pixels in both directions at
    // `scale` pixels per projected unit.
    bool IsSmall(int i, double scale, double thresholdPx) const {
        return LargestPolygonExtent(i) * scale < thresholdPx;
    }
    // True when the projected point p lies inside country i (any polygon, holes respected).
    bool Contains(int i, Vec2 p) const;
    // Contains(i, {xs[k], y}) for `n` points on one horizontal line, OR-ed into inside[k] (exactly
    // the same answers, the ring crossings of the line computed once: for masks sampling a grid).
    // `scratch` is reused between calls.
    void ContainsOnRow(int i, double y, const double* xs, size_t n, bool* inside, std::vector<double>& scratch) const;
    // Polygon of country i containing p with the smallest box area, as that area (projected
    // units²); negative when none contains p.
    double ContainingPolygonArea(int i, Vec2 p) const;

private:
    struct PolygonRef {
        ProjectedBox box;
        uint32_t firstRing = 0;  // into ringStart_
        uint32_t ringCount = 0;
    };
    // Calls fn(x) for each edge of polygon `poly`'s rings crossing the horizontal line y, with x
    // where it crosses (the even-odd rule's crossings; one arithmetic for every containment test).
    template <class Fn>
    void ForEachCrossing(const PolygonRef& poly, double y, Fn&& fn) const;
    bool built_ = false;
    ProjectionKind projection_ = ProjectionKind::EqualEarth;
    std::vector<Vec2> points_;           // all ring vertices, ring after ring
    std::vector<uint32_t> ringStart_;    // ring r spans points_[ringStart_[r], ringStart_[r + 1])
    std::vector<PolygonRef> polygons_;   // all polygons, country after country
    std::vector<uint32_t> polygonStart_; // country i spans polygons_[polygonStart_[i], polygonStart_[i + 1])
    std::vector<ProjectedBox> countryBoxes_;
    std::vector<Vec2> labels_;
    std::vector<double> largestExtent_;
};

// Tuning of a hit test; all distances in screen pixels.
struct HitOptions {
    double smallExtentPx = 4.0;   // countries whose largest polygon is below this are "markers"
    double markerRadiusPx = 6.0;  // a marker is hit within this distance of its label point
    double labelRadiusPx = 10.0;  // fallback: nearest label point within this distance
};

// How a hit was found.
enum class HitKind { None, Marker, Polygon, Label };

// Answer of a hit test.
struct HitResult {
    int country = -1;            // index into the CountrySet, -1 = nothing
    HitKind kind = HitKind::None;
    double distancePx = 0.0;     // Marker/Label: pointer to label point, pixels; Polygon: 0
};

// Caches ProjectedCountries for one CountrySet and re-projects only when the projection (or the
// set) changes.
class HitTester {
public:
    // `countries` must outlive the tester (or be replaced). Drops the cache.
    void SetCountries(const CountrySet* countries);
    // Re-projects lazily on the next query when `projection` differs from the cached one.
    void SetProjection(ProjectionKind projection);
    ProjectionKind Projection() const { return projection_; }
    // Drops the cache (call after editing the CountrySet in place).
    void Invalidate() { cache_ = ProjectedCountries{}; }

    // The country under `screenPx` (pixels, origin top-left, y down) in `view`.
    HitResult Hit(const MapView& view, Vec2 screenPx, const HitOptions& options = {});
    // Shorthand: Hit(...).country.
    int CountryAt(const MapView& view, Vec2 screenPx, const HitOptions& options = {}) {
        return Hit(view, screenPx, options).country;
    }
    // The projected geometry for the current projection (built on first use); empty when no
    // countries are set.
    const ProjectedCountries& Projected();

private:
    const CountrySet* countries_ = nullptr;
    ProjectionKind projection_ = ProjectionKind::EqualEarth;
    ProjectedCountries cache_;
};

// The hit test itself on prebuilt geometry (what HitTester::Hit calls).
HitResult HitTest(const ProjectedCountries& projected, const MapView& view, Vec2 screenPx,
                  const HitOptions& options = {});

}  // namespace engagemap
