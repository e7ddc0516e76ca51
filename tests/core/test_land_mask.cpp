// The legend's land mask (core/geo/land_mask.hpp): built a row of samples at a time, it must equal
// the plain definition — a cell is land when any of its five sample points lies in a country
// (ProjectedCountries::Contains) — cell for cell, on the bundled 1:50m countries in several views.
#include <gtest/gtest.h>

#include <array>
#include <string>

#include "core/geo/geodata_loader.hpp"
#include "core/geo/hit_test.hpp"
#include "core/geo/land_mask.hpp"
#include "core/geo/map_view.hpp"
#include "core/geo/projection.hpp"

namespace engagemap {
namespace {

LandMask BruteForceMask(const ProjectedCountries& projected, const MapView& view, const std::vector<bool>& instrumentLand,
                        float cellPx) {
    LandMask mask = BuildLandMask(projected, view, instrumentLand, cellPx);  // for the size
    std::fill(mask.cells.begin(), mask.cells.end(), LandMask::Ocean);
    static constexpr std::array<std::array<double, 2>, 5> kSamples{{{0.5, 0.5}, {0.25, 0.25}, {0.75, 0.25}, {0.25, 0.75}, {0.75, 0.75}}};
    for (int r = 0; r < mask.rows; ++r)
        for (int c = 0; c < mask.cols; ++c)
            for (size_t i = 0; i < projected.Size(); ++i) {
                const uint8_t kind = i < instrumentLand.size() && instrumentLand[i] ? LandMask::InstrumentLand : LandMask::Land;
                uint8_t& value = mask.cells[static_cast<size_t>(r * mask.cols + c)];
                if (value >= kind) continue;
                for (const auto& [fx, fy] : kSamples)
                    if (projected.Contains(static_cast<int>(i), view.ScreenToProjected({(c + fx) * mask.cellPx, (r + fy) * mask.cellPx}))) {
                        value = kind;
                        break;
                    }
            }
    return mask;
}

TEST(LandMask, RowSamplingEqualsThePointByPointDefinition) {
    GeodataOptions geo;
    geo.path = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";
    geo.layer = "countries_50m";
    const GeodataResult loaded = LoadGeodata(geo);
    ASSERT_TRUE(loaded.Ok());
    for (ProjectionKind projection : {ProjectionKind::EqualEarth, ProjectionKind::Equirectangular}) {
        ProjectedCountries projected;
        projected.Build(loaded.countries, projection);
        std::vector<bool> instrumentLand(projected.Size());
        for (size_t i = 0; i < instrumentLand.size(); i += 3) instrumentLand[i] = true;
        MapView world;
        world.SetViewport(640, 360);
        world.FitWorld(projection, 8.0);
        MapView europe = world;
        europe.SetCenterAndScale(Project(projection, LonLat{10.0, 50.0}), world.Scale() * 6);
        for (const MapView& view : {world, europe}) {
            const LandMask fast = BuildLandMask(projected, view, instrumentLand, 4.0f);
            const LandMask slow = BruteForceMask(projected, view, instrumentLand, 4.0f);
            ASSERT_EQ(fast.cells.size(), slow.cells.size());
            size_t land = 0;
            for (size_t k = 0; k < fast.cells.size(); ++k) {
                ASSERT_EQ(int(fast.cells[k]), int(slow.cells[k])) << "cell " << k;
                land += fast.cells[k] != LandMask::Ocean;
            }
            EXPECT_GT(land, fast.cells.size() / 10);  // the mask found land at all
        }
    }
}

}  // namespace
}  // namespace engagemap
