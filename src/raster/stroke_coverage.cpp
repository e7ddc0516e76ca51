#include "raster/stroke_coverage.hpp"

#include <algorithm>
#include <cmath>

namespace engagemap::raster {

void StrokeSegment(const CoverageTarget& target, PxPoint a, PxPoint b, double halfWidthPx, int rowBegin, int rowEnd) {
    const double reach = halfWidthPx + 0.5;  // beyond this distance the coverage is 0
    const double minX = std::min(a.x, b.x) - reach, maxX = std::max(a.x, b.x) + reach;
    const double minY = std::min(a.y, b.y) - reach, maxY = std::max(a.y, b.y) + reach;
    if (!(maxX > 0 && maxY > 0 && minX < target.width && minY < target.height)) return;  // off-image (or NaN)
    const int x0 = std::max(0, static_cast<int>(std::floor(minX)));
    if (!(maxY > rowBegin && minY < rowEnd)) return;  // outside this band
    const int y0 = std::max(std::max(0, rowBegin), static_cast<int>(std::floor(minY)));
    const int x1 = std::min(target.width, static_cast<int>(std::ceil(maxX)) + 1);
    const int y1 = std::min(std::min(target.height, rowEnd), static_cast<int>(std::ceil(maxY)) + 1);
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double lengthSq = dx * dx + dy * dy;
    const double inverse = lengthSq > 0 ? 1.0 / lengthSq : 0.0;
    const uint8_t mask = static_cast<uint8_t>(0x7 << target.shift);
    const double reachSq = reach * reach;
    for (int y = y0; y < y1; ++y) {
        uint8_t* row = target.levels + static_cast<size_t>(y) * static_cast<size_t>(target.width);
        const double py = y + 0.5 - a.y;
        for (int x = x0; x < x1; ++x) {
            const double px = x + 0.5 - a.x;
            const double t = std::clamp((px * dx + py * dy) * inverse, 0.0, 1.0);
            const double ex = px - t * dx, ey = py - t * dy;
            const double distanceSq = ex * ex + ey * ey;
            if (distanceSq >= reachSq) continue;  // most of a diagonal segment's box: no sqrt
            const uint8_t level = QuantiseCoverage(StrokeCoverage(std::sqrt(distanceSq), halfWidthPx));
            const uint8_t old = static_cast<uint8_t>((row[x] & mask) >> target.shift);
            if (level > old) row[x] = static_cast<uint8_t>((row[x] & ~mask) | (level << target.shift));
        }
    }
}

}  // namespace engagemap::raster
