// Scanline coverage of one triangle on a pixel grid, with the top-left fill rule, for the CPU
// rasteriser (no GL). A pixel (x, y) is covered when its centre (x + 0.5, y + 0.5) lies inside the
// triangle, or exactly on an edge that is a left edge or a top (horizontal, upper) edge. Two
// triangles sharing an edge therefore never both cover, and never both miss, a pixel on it: a
// mesh of triangles fills every pixel of its area exactly once (no gaps, no overlaps).
//
// Coordinates: pixels, origin at the top-left of the image, x right, y down (MapView's screen).
// Each edge's crossing of a row is computed from its two end points in one canonical order, so
// the two triangles that share an edge get bit-identical crossings.
#pragma once

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace engagemap::raster {

// A point in pixels.
struct PxPoint {
    double x = 0, y = 0;
};

namespace detail {

// Points ordered by (y, x): the canonical order of an edge's end points.
inline bool Above(const PxPoint& a, const PxPoint& b) { return a.y < b.y || (a.y == b.y && a.x < b.x); }

// An edge from p to q (p above q: Above(p, q)) as it crosses rows: x at height y is
// p.x + (y - p.y) * slope. Made from the end points in canonical order, so the two triangles
// (or a triangle and a polygon) sharing an edge get bit-identical crossings; one division per
// edge, not one per row (a 4K world map crosses ~1.6 million rows).
struct Edge {
    PxPoint p;
    double slope = 0;  // dx / dy
    Edge() = default;
    Edge(const PxPoint& top, const PxPoint& bottom) : p(top), slope((bottom.x - top.x) / (bottom.y - top.y)) {}
    double X(double y) const { return p.x + (y - p.y) * slope; }
};

// First pixel index whose centre is at or after `edge` (ceil(edge - 0.5)), clamped to [0, limit].
// The ceiling by truncation (exact for 0 < v < limit): std::ceil without SSE4.1 is a long chain
// of instructions, and this runs twice per row of every triangle.
inline int FirstCentreAtOrAfter(double edge, int limit) {
    const double v = edge - 0.5;
    if (!(v > 0)) return 0;  // also NaN
    if (v >= limit) return limit;
    const int whole = static_cast<int>(v);  // floor, v being positive
    return whole + (whole < v ? 1 : 0);
}

}  // namespace detail

// Calls span(y, x0, x1) for every row y in [clipY0, clipY1) the triangle covers, with the covered
// pixels x0 <= x < x1 clipped to [clipX0, clipX1) (spans that clip to nothing are skipped).
template <class SpanFn>
void ForEachTriangleSpan(PxPoint a, PxPoint b, PxPoint c, int clipX0, int clipY0, int clipX1, int clipY1, SpanFn&& span) {
    using detail::Above;
    if (Above(b, a)) std::swap(a, b);
    if (Above(c, b)) std::swap(b, c);
    if (Above(b, a)) std::swap(a, b);
    // a is the top vertex, c the bottom one; a-c is the long edge, a-b and b-c the short ones.
    int yBegin = detail::FirstCentreAtOrAfter(a.y, clipY1);
    int yEnd = detail::FirstCentreAtOrAfter(c.y, clipY1);
    yBegin = std::max(yBegin, clipY0);
    if (yBegin >= yEnd) return;
    const detail::Edge longEdge(a, c);
    // Rows above b cross a-b, the others b-c; each short edge is made only when a row crosses it.
    const int yMiddle = std::clamp(detail::FirstCentreAtOrAfter(b.y, clipY1), yBegin, yEnd);
    for (int part = 0; part < 2; ++part) {
        const int from = part == 0 ? yBegin : yMiddle, to = part == 0 ? yMiddle : yEnd;
        if (from >= to) continue;
        const detail::Edge shortEdge = part == 0 ? detail::Edge(a, b) : detail::Edge(b, c);
        for (int y = from; y < to; ++y) {
            const double yc = y + 0.5;
            const double xLong = longEdge.X(yc), xShort = shortEdge.X(yc);
            const double left = std::min(xLong, xShort), right = std::max(xLong, xShort);
            const int x0 = std::max(clipX0, detail::FirstCentreAtOrAfter(left, clipX1));
            const int x1 = std::min(clipX1, detail::FirstCentreAtOrAfter(right, clipX1));
            if (x0 < x1) span(y, x0, x1);
        }
    }
}

// The spans of a closed polygon (points in order; the last joins the first), by the even-odd
// rule, with the same crossings and pixel-centre rule as ForEachTriangleSpan: a convex polygon
// covers exactly the pixels of any fan of triangles over it. The CPU rasteriser fills the globe
// this way instead of as ~1,000 sliver triangles that cross ~750,000 rows at 4K.
class PolygonSpans {
public:
    PolygonSpans() = default;
    // `pointOf(i)` gives point i of the ring, i in [0, count); rows [0, rowLimit) are considered.
    template <class PointOf>
    PolygonSpans(size_t count, PointOf&& pointOf, int rowLimit) {
        AddRing(count, pointOf, rowLimit);
    }
    // Adds a ring (a polygon of several rings, holes included, is filled by the even-odd rule).
    template <class PointOf>
    void AddRing(size_t count, PointOf&& pointOf, int rowLimit) {
        for (size_t i = 0; i < count; ++i) {
            PxPoint p = pointOf(i), q = pointOf((i + 1) % count);
            if (detail::Above(q, p)) std::swap(p, q);
            const int yBegin = detail::FirstCentreAtOrAfter(p.y, rowLimit);
            const int yEnd = detail::FirstCentreAtOrAfter(q.y, rowLimit);
            if (yBegin >= yEnd) continue;
            edges_.push_back(RowEdge{detail::Edge(p, q), yBegin, yEnd});
            rowBegin_ = std::min(rowBegin_, yBegin);
            rowEnd_ = std::max(rowEnd_, yEnd);
        }
    }
    // The rows some edge crosses: no span lies outside [RowBegin(), RowEnd()).
    int RowBegin() const { return rowBegin_; }
    int RowEnd() const { return rowEnd_; }

    // Calls span(y, x0, x1) for every row y in [clipY0, clipY1) with the covered pixels
    // x0 <= x < x1 clipped to [clipX0, clipX1), left to right.
    template <class SpanFn>
    void ForEach(int clipX0, int clipY0, int clipX1, int clipY1, SpanFn&& span) const {
        std::vector<const RowEdge*> active;  // the edges crossing some row of the clip
        for (const RowEdge& e : edges_)
            if (e.yBegin < clipY1 && e.yEnd > clipY0) active.push_back(&e);
        std::vector<double> crossings;
        for (int y = clipY0; y < clipY1; ++y) {
            crossings.clear();
            const double yc = y + 0.5;
            for (const RowEdge* e : active)
                if (y >= e->yBegin && y < e->yEnd) crossings.push_back(e->edge.X(yc));
            std::sort(crossings.begin(), crossings.end());
            for (size_t k = 0; k + 1 < crossings.size(); k += 2) {
                const int x0 = std::max(clipX0, detail::FirstCentreAtOrAfter(crossings[k], clipX1));
                const int x1 = std::min(clipX1, detail::FirstCentreAtOrAfter(crossings[k + 1], clipX1));
                if (x0 < x1) span(y, x0, x1);
            }
        }
    }

private:
    struct RowEdge {
        detail::Edge edge;
        int yBegin, yEnd;  // the rows whose centres it crosses
    };
    std::vector<RowEdge> edges_;
    int rowBegin_ = 1 << 30, rowEnd_ = 0;
};

}  // namespace engagemap::raster
