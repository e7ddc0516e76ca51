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

namespace engagemap::raster {

// A point in pixels.
struct PxPoint {
    double x = 0, y = 0;
};

namespace detail {

// Points ordered by (y, x): the canonical order of an edge's end points.
inline bool Above(const PxPoint& a, const PxPoint& b) { return a.y < b.y || (a.y == b.y && a.x < b.x); }

// x where the edge p-q (p above q) crosses the horizontal line at `y` (p.y <= y < q.y).
inline double CrossingX(const PxPoint& p, const PxPoint& q, double y) {
    return p.x + (y - p.y) * (q.x - p.x) / (q.y - p.y);
}

// First pixel index whose centre is at or after `edge` (ceil(edge - 0.5)), clamped to [0, limit].
inline int FirstCentreAtOrAfter(double edge, int limit) {
    const double v = std::ceil(edge - 0.5);
    if (!(v > 0)) return 0;  // also NaN
    return v >= limit ? limit : static_cast<int>(v);
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
    for (int y = yBegin; y < yEnd; ++y) {
        const double yc = y + 0.5;
        const double xLong = detail::CrossingX(a, c, yc);
        const double xShort = yc < b.y ? detail::CrossingX(a, b, yc) : detail::CrossingX(b, c, yc);
        const double left = std::min(xLong, xShort), right = std::max(xLong, xShort);
        const int x0 = std::max(clipX0, detail::FirstCentreAtOrAfter(left, clipX1));
        const int x1 = std::min(clipX1, detail::FirstCentreAtOrAfter(right, clipX1));
        if (x0 < x1) span(y, x0, x1);
    }
}

}  // namespace engagemap::raster
