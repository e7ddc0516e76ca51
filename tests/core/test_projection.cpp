// Projections are checked against PROJ (through GDAL's OGRCoordinateTransformation) on a grid
// that includes the map edges (lon ±180, lat ±90; Mercator up to its latitude limit).
#include <gtest/gtest.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <memory>
#include <numbers>
#include <string>
#include <vector>

#include "core/geo/projection.hpp"

namespace engagemap {
namespace {

constexpr double kTolerance = 1e-9;  // projected units (unit sphere); agrees to ~1e-15 with PROJ 9.1

struct ProjCase {
    ProjectionKind kind;
    const char* proj;     // PROJ string on the unit sphere
    double maxLat;        // grid latitude limit, degrees
};

const ProjCase kCases[] = {
    {ProjectionKind::EqualEarth, "+proj=eqearth +R=1 +units=m +no_defs", 90.0},
    {ProjectionKind::Robinson, "+proj=robin +R=1 +units=m +no_defs", 90.0},
    {ProjectionKind::NaturalEarth, "+proj=natearth +R=1 +units=m +no_defs", 90.0},
    {ProjectionKind::Equirectangular, "+proj=eqc +R=1 +units=m +no_defs", 90.0},
    {ProjectionKind::WebMercator, "+proj=merc +R=1 +units=m +no_defs", 85.0},
};

// Grid every 7.5° plus the edges and a few awkward values (Robinson node boundaries, ±1e-9).
std::vector<LonLat> Grid(double maxLat) {
    std::vector<double> lons, lats;
    for (double lon = -180.0; lon <= 180.0; lon += 7.5) lons.push_back(lon);
    for (double v : {-179.999999, -0.000001, 0.000001, 33.3, 179.999999}) lons.push_back(v);
    for (double lat = -90.0; lat <= 90.0; lat += 2.5)
        if (std::fabs(lat) <= maxLat) lats.push_back(lat);
    for (double v : {-maxLat, maxLat, 4.999999, 5.000001, 87.5, 89.999999, -89.999999, 84.9999})
        if (std::fabs(v) <= maxLat) lats.push_back(v);
    std::vector<LonLat> pts;
    for (double lat : lats)
        for (double lon : lons) pts.push_back({lon, lat});
    return pts;
}

// lon/lat degrees -> PROJ's projection on the unit sphere. The source is the projection's own
// base geographic CRS (lon/lat on the same R=1 sphere): PROJ 9 refuses EPSG:4326 -> R=1 sphere
// ("Source and target ellipsoid do not belong to the same celestial body"), and on one sphere
// the step from lon/lat is exactly the projection, which is what Project() models.
std::unique_ptr<OGRCoordinateTransformation> MakeTransform(const char* proj) {
    OGRSpatialReference dst;
    if (dst.importFromProj4(proj) != OGRERR_NONE) return nullptr;
    dst.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRSpatialReference> src(dst.CloneGeogCS());
    if (!src) return nullptr;
    src->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return std::unique_ptr<OGRCoordinateTransformation>(OGRCreateCoordinateTransformation(src.get(), &dst));
}

class ProjectionVsProj : public ::testing::TestWithParam<ProjCase> {};

TEST_P(ProjectionVsProj, MatchesProjOnGrid) {
    const ProjCase& c = GetParam();
    auto ct = MakeTransform(c.proj);
    ASSERT_NE(ct, nullptr) << c.proj;
    const auto grid = Grid(c.maxLat);
    int compared = 0;
    for (const LonLat& p : grid) {
        double x = p.lon, y = p.lat;
        ASSERT_TRUE(ct->Transform(1, &x, &y)) << c.proj << " failed at " << p.lon << "," << p.lat;
        const Vec2 v = Project(c.kind, p);
        EXPECT_NEAR(v.x, x, kTolerance) << ProjectionId(c.kind) << " lon=" << p.lon << " lat=" << p.lat;
        EXPECT_NEAR(v.y, y, kTolerance) << ProjectionId(c.kind) << " lon=" << p.lon << " lat=" << p.lat;
        ++compared;
    }
    EXPECT_GT(compared, 1000);
}

TEST_P(ProjectionVsProj, WorldBoundsContainGridAndAreTight) {
    const ProjCase& c = GetParam();
    const ProjectedBox b = WorldBounds(c.kind);
    double maxAbsX = 0.0, maxAbsY = 0.0;
    for (const LonLat& p : Grid(90.0)) {  // Mercator clamps beyond its limit: still inside
        const Vec2 v = Project(c.kind, p);
        EXPECT_GE(v.x, b.minX - 1e-12);
        EXPECT_LE(v.x, b.maxX + 1e-12);
        EXPECT_GE(v.y, b.minY - 1e-12);
        EXPECT_LE(v.y, b.maxY + 1e-12);
        maxAbsX = std::max(maxAbsX, std::fabs(v.x));
        maxAbsY = std::max(maxAbsY, std::fabs(v.y));
    }
    EXPECT_NEAR(b.maxX, maxAbsX, 1e-12);
    EXPECT_NEAR(b.maxY, maxAbsY, 1e-6);  // Robinson's y peaks just below the pole
    EXPECT_DOUBLE_EQ(b.minX, -b.maxX);
    EXPECT_DOUBLE_EQ(b.minY, -b.maxY);
}

INSTANTIATE_TEST_SUITE_P(AllProjections, ProjectionVsProj, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProjCase>& info) {
                             std::string id = ProjectionId(info.param.kind);
                             for (char& ch : id)
                                 if (ch == '-') ch = '_';
                             return id;
                         });

TEST(Projection, EveryKindIsCoveredByTheProjComparison) {
    for (ProjectionKind k : kAllProjections) {
        bool found = false;
        for (const ProjCase& c : kCases) found = found || c.kind == k;
        EXPECT_TRUE(found) << ProjectionId(k);
    }
}

TEST(Projection, IdRoundTrip) {
    for (ProjectionKind k : kAllProjections) {
        const auto parsed = ParseProjectionId(ProjectionId(k));
        ASSERT_TRUE(parsed.has_value()) << ProjectionId(k);
        EXPECT_EQ(*parsed, k);
        EXPECT_STRNE(ProjectionName(k), "Unknown");
    }
    EXPECT_EQ(ParseProjectionId("equal-earth"), ProjectionKind::EqualEarth);
    EXPECT_EQ(ParseProjectionId("robinson"), ProjectionKind::Robinson);
    EXPECT_EQ(ParseProjectionId("natural-earth"), ProjectionKind::NaturalEarth);
    EXPECT_EQ(ParseProjectionId("equirectangular"), ProjectionKind::Equirectangular);
    EXPECT_EQ(ParseProjectionId("web-mercator"), ProjectionKind::WebMercator);
    EXPECT_FALSE(ParseProjectionId("").has_value());
    EXPECT_FALSE(ParseProjectionId("Equal Earth").has_value());
    EXPECT_FALSE(ParseProjectionId("mercator").has_value());
    EXPECT_STREQ(ProjectionName(ProjectionKind::EqualEarth), "Equal Earth");
}

TEST(Projection, EquirectangularIsRadians) {
    const Vec2 v = Project(ProjectionKind::Equirectangular, {180.0, 90.0});
    EXPECT_DOUBLE_EQ(v.x, std::numbers::pi);
    EXPECT_DOUBLE_EQ(v.y, std::numbers::pi / 2);
}

TEST(Projection, WebMercatorClampsLatitude) {
    const Vec2 top = Project(ProjectionKind::WebMercator, {0.0, 90.0});
    const Vec2 limit = Project(ProjectionKind::WebMercator, {0.0, kWebMercatorMaxLat});
    const Vec2 bottom = Project(ProjectionKind::WebMercator, {0.0, -90.0});
    EXPECT_TRUE(std::isfinite(top.y));
    EXPECT_DOUBLE_EQ(top.y, limit.y);
    EXPECT_DOUBLE_EQ(bottom.y, -limit.y);
    EXPECT_NEAR(limit.y, std::numbers::pi, 1e-9);  // the square Web Mercator world
}

TEST(Projection, SymmetricAndFinite) {
    for (ProjectionKind k : kAllProjections) {
        for (double lat = -90.0; lat <= 90.0; lat += 5.0) {
            for (double lon = -180.0; lon <= 180.0; lon += 15.0) {
                const Vec2 a = Project(k, {lon, lat});
                const Vec2 b = Project(k, {-lon, -lat});
                ASSERT_TRUE(std::isfinite(a.x) && std::isfinite(a.y)) << ProjectionId(k);
                EXPECT_NEAR(a.x, -b.x, 1e-12);
                EXPECT_NEAR(a.y, -b.y, 1e-12);
            }
        }
    }
}

TEST(WorldOutline, RunsAlongBothEdges) {
    const Ring ring = WorldOutline(1.0);
    ASSERT_EQ(ring.size(), 2u * 181u);
    EXPECT_EQ(ring.front().lon, -180.0);
    EXPECT_EQ(ring.front().lat, -90.0);
    EXPECT_EQ(ring[180].lon, -180.0);
    EXPECT_EQ(ring[180].lat, 90.0);
    EXPECT_EQ(ring[181].lon, 180.0);
    EXPECT_EQ(ring[181].lat, 90.0);
    EXPECT_EQ(ring.back().lon, 180.0);
    EXPECT_EQ(ring.back().lat, -90.0);
    for (size_t i = 0; i < ring.size(); ++i) {
        EXPECT_TRUE(ring[i].lon == -180.0 || ring[i].lon == 180.0);
        if (i > 0 && i != 181) {
            EXPECT_LE(std::fabs(ring[i].lat - ring[i - 1].lat), 1.0 + 1e-12);
        }
    }
    // West edge strictly south to north, east edge north to south.
    for (size_t i = 1; i <= 180; ++i) EXPECT_GT(ring[i].lat, ring[i - 1].lat);
    for (size_t i = 182; i < ring.size(); ++i) EXPECT_LT(ring[i].lat, ring[i - 1].lat);
}

TEST(WorldOutline, OddStepsAndBadInput) {
    const Ring coarse = WorldOutline(7.0);  // 180/7 is not whole: steps are at most 7°
    EXPECT_EQ(coarse.front().lat, -90.0);
    EXPECT_EQ(coarse.back().lat, -90.0);
    for (size_t i = 1; i < coarse.size(); ++i) {
        if (coarse[i].lon == coarse[i - 1].lon) {
            EXPECT_LE(std::fabs(coarse[i].lat - coarse[i - 1].lat), 7.0);
        }
    }
    EXPECT_EQ(WorldOutline(0.0).size(), WorldOutline(1.0).size());
    EXPECT_EQ(WorldOutline(-3.0).size(), WorldOutline(1.0).size());
    EXPECT_EQ(WorldOutline(1000.0).size(), 4u);
}

TEST(WorldOutline, ProjectsInsideWorldBounds) {
    for (ProjectionKind k : kAllProjections) {
        const ProjectedBox b = WorldBounds(k);
        for (const LonLat& p : WorldOutline(0.5)) {
            const Vec2 v = Project(k, p);
            EXPECT_GE(v.x, b.minX - 1e-12);
            EXPECT_LE(v.x, b.maxX + 1e-12);
            EXPECT_GE(v.y, b.minY - 1e-12);
            EXPECT_LE(v.y, b.maxY + 1e-12);
        }
    }
}

}  // namespace
}  // namespace engagemap
