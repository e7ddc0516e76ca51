// BorderLevels: the border segments simplified per zoom level (level of detail), so that a pan or
// zoom at world scale does not shade ~100k sub-pixel segments. Simplification is vertex
// clustering: endpoints are snapped to the first endpoint seen in their grid cell (a square of
// `tolerance` projected units), segments that collapse to a point are dropped and duplicates
// merged. Shared endpoints snap alike, so neighbours keep one common border. No GL here.
#pragma once

#include <cstddef>
#include <vector>

namespace engagemap {

// One level inside the concatenated segment list: segments [first, first + count).
struct BorderLevel {
    double tolerance = 0;  // grid cell size (projected units); 0 = the full data
    size_t first = 0;
    size_t count = 0;
};

struct BorderLevels {
    std::vector<float> segments;      // vec4 per segment (a.xy, b.xy), level after level
    std::vector<BorderLevel> levels;  // levels[0] is the full data, then coarsest to finest
};

// Builds the full level and `coarseLevels` simplified ones, the coarsest with cells of
// `worldWidth` / 4000 and each next one half as large. `segments` is vec4 per segment.
BorderLevels BuildBorderLevels(const std::vector<float>& segments, double worldWidth, int coarseLevels = 6);

// The level to draw at `pixelsPerUnit` (zoom): the coarsest whose snapping moves no endpoint by
// more than `maxErrorPx` pixels (a cell's diagonal), else the full data (index 0).
size_t PickBorderLevel(const BorderLevels& levels, double pixelsPerUnit, double maxErrorPx = 0.5);

}  // namespace engagemap
