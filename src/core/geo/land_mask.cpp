#include "core/geo/land_mask.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace engagemap {

LandMask BuildLandMask(const ProjectedCountries& projected, const MapView& view, const std::vector<bool>& instrumentLand,
                       float cellPx) {
    LandMask mask;
    mask.cellPx = std::max(1.0f, cellPx);
    mask.cols = static_cast<int>(std::ceil(view.ViewportWidth() / mask.cellPx));
    mask.rows = static_cast<int>(std::ceil(view.ViewportHeight() / mask.cellPx));
    mask.cells.assign(static_cast<size_t>(mask.cols) * static_cast<size_t>(mask.rows), LandMask::Ocean);
    const double cell = mask.cellPx;
    static constexpr std::array<std::array<double, 2>, 5> kSamples{{{0.5, 0.5}, {0.25, 0.25}, {0.75, 0.25}, {0.25, 0.75}, {0.75, 0.75}}};
    for (size_t i = 0; i < projected.Size(); ++i) {
        const int country = static_cast<int>(i);
        const ProjectedBox& box = projected.CountryBox(country);
        if (box.minX > box.maxX) continue;
        const uint8_t kind = i < instrumentLand.size() && instrumentLand[i] ? LandMask::InstrumentLand : LandMask::Land;
        // The box on screen (y flips), as a range of cells.
        const Vec2 a = view.ProjectedToScreen({box.minX, box.maxY});
        const Vec2 b = view.ProjectedToScreen({box.maxX, box.minY});
        const int c0 = std::max(0, static_cast<int>(std::floor(std::min(a.x, b.x) / cell)));
        const int c1 = std::min(mask.cols - 1, static_cast<int>(std::floor(std::max(a.x, b.x) / cell)));
        const int r0 = std::max(0, static_cast<int>(std::floor(std::min(a.y, b.y) / cell)));
        const int r1 = std::min(mask.rows - 1, static_cast<int>(std::floor(std::max(a.y, b.y) / cell)));
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c) {
                uint8_t& value = mask.cells[static_cast<size_t>(r) * static_cast<size_t>(mask.cols) + static_cast<size_t>(c)];
                if (value >= kind) continue;
                for (const auto& [fx, fy] : kSamples) {
                    const Vec2 p = view.ScreenToProjected({(c + fx) * cell, (r + fy) * cell});
                    if (projected.Contains(country, p)) {
                        value = kind;
                        break;
                    }
                }
            }
    }
    return mask;
}

std::vector<bool> ViewSubjectCountries(const ViewResult& view) {
    std::vector<bool> out(view.countries.size(), false);
    for (size_t i = 0; i < view.countries.size(); ++i) {
        const CountryView& c = view.countries[i];
        if (!c.included) continue;
        switch (view.kind) {
            case ViewKind::InstrumentStatus: out[i] = c.status.status != MembershipStatus::None; break;
            case ViewKind::Breadth: out[i] = c.engagedCertain + c.engagedUncertain > 0; break;
            case ViewKind::Compare: out[i] = c.compare != CompareClass::Neither; break;
        }
    }
    return out;
}

float LandMaskCellFor(float heightPx) { return std::max(4.0f, std::round(heightPx / 90.0f)); }

}  // namespace engagemap
