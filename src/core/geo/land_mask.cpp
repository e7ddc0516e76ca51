#include "core/geo/land_mask.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <vector>

namespace engagemap {

LandMask BuildLandMask(const ProjectedCountries& projected, const MapView& view, const std::vector<bool>& instrumentLand,
                       float cellPx) {
    LandMask mask;
    mask.cellPx = std::max(1.0f, cellPx);
    mask.cols = static_cast<int>(std::ceil(view.ViewportWidth() / mask.cellPx));
    mask.rows = static_cast<int>(std::ceil(view.ViewportHeight() / mask.cellPx));
    mask.cells.assign(static_cast<size_t>(mask.cols) * static_cast<size_t>(mask.rows), LandMask::Ocean);
    const double cell = mask.cellPx;
    // Five samples per cell (the centre and four quarter points): a cell is land when any lies in
    // the country. Sampled a row of points at a time (ContainsOnRow: the same answers as a
    // Contains per point, the polygon crossings of each line computed once).
    struct SampleRow {
        double fy;
        std::vector<double> fx;
    };
    static const std::array<SampleRow, 3> kRows{{{0.25, {0.25, 0.75}}, {0.5, {0.5}}, {0.75, {0.25, 0.75}}}};
    std::vector<double> xs, scratch;
    std::unique_ptr<bool[]> inside;
    size_t insideSize = 0;
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
        if (c1 < c0) continue;
        const size_t cols = static_cast<size_t>(c1 - c0 + 1);
        for (int r = r0; r <= r1; ++r) {
            uint8_t* cells = mask.cells.data() + static_cast<size_t>(r) * static_cast<size_t>(mask.cols) + static_cast<size_t>(c0);
            bool anyToDo = false;
            for (size_t c = 0; c < cols && !anyToDo; ++c) anyToDo = cells[c] < kind;
            if (!anyToDo) continue;
            for (const SampleRow& row : kRows) {
                const size_t per = row.fx.size();
                xs.resize(cols * per);
                for (size_t c = 0; c < cols; ++c)
                    for (size_t k = 0; k < per; ++k)
                        xs[c * per + k] = view.ScreenToProjected({(c0 + static_cast<int>(c) + row.fx[k]) * cell, 0.0}).x;
                if (insideSize < xs.size()) {
                    insideSize = xs.size();
                    inside = std::make_unique<bool[]>(insideSize);
                }
                std::fill(inside.get(), inside.get() + xs.size(), false);
                const double y = view.ScreenToProjected({0.0, (r + row.fy) * cell}).y;
                projected.ContainsOnRow(country, y, xs.data(), xs.size(), inside.get(), scratch);
                for (size_t c = 0; c < cols; ++c)
                    for (size_t k = 0; k < per; ++k)
                        if (inside[c * per + k] && cells[c] < kind) cells[c] = kind;
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
