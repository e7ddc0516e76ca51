// Analytic anti-aliased strokes for the CPU rasteriser: the coverage of a pixel by a line segment
// of a given width is the area of the pixel under the stroke, computed from the distance of the
// pixel's centre to the segment (round ends and joins). Coverage is quantised to
// kCoverageLevels + 1 values (0 .. kCoverageLevels), so a map drawn from it keeps an exact,
// small palette (a few colours per country instead of 256).
#pragma once

#include <cstdint>
#include <vector>

#include "raster/triangle_spans.hpp"

namespace engagemap::raster {

// Coverage steps: 0, 1/4, 2/4, 3/4, 1 (4x multisampling gives the same steps).
constexpr int kCoverageLevels = 4;

// Coverage 0..1 of a pixel whose centre is `distancePx` from the centre line of a stroke
// `halfWidthPx` wide on each side (>= 0.5): the box-filtered area, clamp(hw + 0.5 - d, 0, 1).
inline double StrokeCoverage(double distancePx, double halfWidthPx) {
    const double c = halfWidthPx + 0.5 - distancePx;
    return c <= 0 ? 0 : (c >= 1 ? 1 : c);
}

// Rounds a coverage 0..1 to the nearest level 0..kCoverageLevels.
inline uint8_t QuantiseCoverage(double coverage) {
    return static_cast<uint8_t>(coverage * kCoverageLevels + 0.5);
}

// A raster of quantised coverage levels (row-major, top row first), one byte per pixel.
// `shift` selects which bits of the byte a stroke writes (levels << shift), so two kinds of
// line (borders, globe outline) can share one byte per pixel.
struct CoverageTarget {
    uint8_t* levels = nullptr;  // width * height bytes
    int width = 0, height = 0;
    int shift = 0;              // 0: bits 0-2; 4: bits 4-6
};

// Draws segment a-b (pixels) `halfWidthPx` wide on each side into `target`: each pixel keeps the
// larger of its level and the segment's (so joins and segments drawn twice do not darken). Only
// rows [rowBegin, rowEnd) are written (a band of the target, for drawing bands on several threads:
// a pixel's level does not depend on the band).
void StrokeSegment(const CoverageTarget& target, PxPoint a, PxPoint b, double halfWidthPx, int rowBegin = 0,
                   int rowEnd = 1 << 30);

}  // namespace engagemap::raster
