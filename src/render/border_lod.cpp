#include "render/border_lod.hpp"

#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace engagemap {
namespace {

struct CellHash {
    size_t operator()(const std::pair<int64_t, int64_t>& c) const {
        return std::hash<int64_t>()(c.first * 0x9E3779B97F4A7C15ll ^ c.second);
    }
};

// Appends the segments of `segments` clustered on a grid of `cell` units to `out`; returns how many.
size_t Cluster(const std::vector<float>& segments, double cell, std::vector<float>& out) {
    std::unordered_map<std::pair<int64_t, int64_t>, uint32_t, CellHash> representative;  // cell -> point index
    std::vector<float> points;                                                           // x, y per point
    std::unordered_set<uint64_t> seen;                                                   // unordered point pairs
    auto snap = [&](float x, float y) {
        const std::pair<int64_t, int64_t> c{static_cast<int64_t>(std::floor(x / cell)),
                                            static_cast<int64_t>(std::floor(y / cell))};
        auto [it, inserted] = representative.try_emplace(c, static_cast<uint32_t>(points.size() / 2));
        if (inserted) {
            points.push_back(x);
            points.push_back(y);
        }
        return it->second;
    };
    size_t count = 0;
    for (size_t i = 0; i + 3 < segments.size(); i += 4) {
        uint32_t a = snap(segments[i], segments[i + 1]);
        uint32_t b = snap(segments[i + 2], segments[i + 3]);
        if (a == b) continue;  // collapsed below the cell size
        if (a > b) std::swap(a, b);
        if (!seen.insert((static_cast<uint64_t>(a) << 32) | b).second) continue;
        out.insert(out.end(), {points[2 * a], points[2 * a + 1], points[2 * b], points[2 * b + 1]});
        ++count;
    }
    return count;
}

}  // namespace

BorderLevels BuildBorderLevels(const std::vector<float>& segments, double worldWidth, int coarseLevels) {
    BorderLevels result;
    result.segments = segments;
    result.levels.push_back(BorderLevel{0.0, 0, segments.size() / 4});
    double cell = worldWidth / 4000.0;
    for (int k = 0; k < coarseLevels && cell > 0; ++k, cell /= 2) {
        const size_t first = result.segments.size() / 4;
        const size_t count = Cluster(segments, cell, result.segments);
        result.levels.push_back(BorderLevel{cell, first, count});
    }
    return result;
}

size_t PickBorderLevel(const BorderLevels& levels, double pixelsPerUnit, double maxErrorPx) {
    for (size_t i = 1; i < levels.levels.size(); ++i)  // coarsest first
        if (levels.levels[i].tolerance * std::sqrt(2.0) * pixelsPerUnit <= maxErrorPx) return i;
    return 0;
}

}  // namespace engagemap
