// The CPU rasteriser of exports (src/raster): fill rule, stroke coverage, the ID/line rasters and
// their palette colouring, and the textured triangles of the overlay.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <set>
#include <vector>

#include "core/geo/geodata_loader.hpp"
#include "raster/cpu_map_renderer.hpp"
#include "raster/stroke_coverage.hpp"
#include "raster/textured_triangles.hpp"
#include "raster/triangle_spans.hpp"

namespace engagemap {
namespace {

using raster::PxPoint;

// How many times each pixel of a w x h image is covered by `triangles` (3 points each).
std::vector<int> CoverageCounts(const std::vector<PxPoint>& triangles, int w, int h) {
    std::vector<int> counts(static_cast<size_t>(w * h), 0);
    for (size_t t = 0; t + 2 < triangles.size(); t += 3)
        raster::ForEachTriangleSpan(triangles[t], triangles[t + 1], triangles[t + 2], 0, 0, w, h, [&](int y, int x0, int x1) {
            for (int x = x0; x < x1; ++x) ++counts[static_cast<size_t>(y * w + x)];
        });
    return counts;
}

// A mesh covering the rectangle [0, w] x [0, h] exactly: a jittered grid of vertices (some on
// pixel centres, some on pixel corners, some anywhere), each cell split into two triangles along
// alternating diagonals.
std::vector<PxPoint> JitteredGridMesh(int w, int h, int cells, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> jitter(-0.4, 0.4);
    std::vector<PxPoint> grid;
    const double cw = static_cast<double>(w) / cells, ch = static_cast<double>(h) / cells;
    for (int j = 0; j <= cells; ++j)
        for (int i = 0; i <= cells; ++i) {
            PxPoint p{i * cw, j * ch};
            const bool inner = i > 0 && i < cells && j > 0 && j < cells;
            if (inner) {
                switch ((i + 3 * j) % 3) {
                    case 0: p = {std::floor(p.x) + 0.5, std::floor(p.y) + 0.5}; break;  // on a pixel centre
                    case 1: p = {std::floor(p.x), std::floor(p.y)}; break;              // on a pixel corner
                    default: p = {p.x + jitter(rng) * cw, p.y + jitter(rng) * ch}; break;
                }
            }
            grid.push_back(p);
        }
    std::vector<PxPoint> tris;
    auto at = [&](int i, int j) { return grid[static_cast<size_t>(j * (cells + 1) + i)]; };
    for (int j = 0; j < cells; ++j)
        for (int i = 0; i < cells; ++i) {
            const PxPoint a = at(i, j), b = at(i + 1, j), c = at(i + 1, j + 1), d = at(i, j + 1);
            if ((i + j) % 2) {
                tris.insert(tris.end(), {a, b, c, a, c, d});
            } else {
                tris.insert(tris.end(), {a, b, d, b, c, d});
            }
        }
    return tris;
}

// The globe is filled as one polygon (PolygonSpans) where the GL renderer draws a fan of
// triangles from its centre: over convex rings (ellipses like Equal Earth's outline, with vertices
// on pixel centres and corners, and a rectangle like Web Mercator's), clipped to row blocks as
// the rasteriser draws them, both cover exactly the same pixels, each once.
TEST(TriangleSpans, PolygonCoversWhatAFanCovers) {
    const int w = 97, h = 61;
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> phase(0, 6.283);
    for (int round = 0; round < 20; ++round) {
        std::vector<PxPoint> ring;
        if (round == 0) {
            ring = {{3, 2}, {90, 2}, {90, 55.5}, {3, 55.5}};
        } else {
            const int n = 5 + round * 7;
            const double start = phase(rng);
            for (int i = 0; i < n; ++i) {
                const double a = start + 6.283185307179586 * i / n;
                PxPoint p{48.5 + 45 * std::cos(a), 30.25 + 28 * std::sin(a)};
                if (i % 5 == 1) p = {std::floor(p.x) + 0.5, std::floor(p.y) + 0.5};
                if (i % 5 == 3) p = {std::floor(p.x), std::floor(p.y)};
                ring.push_back(p);
            }
        }
        std::vector<PxPoint> fan;
        const PxPoint centre{48.3, 29.9};
        for (size_t i = 0; i < ring.size(); ++i) fan.insert(fan.end(), {centre, ring[i], ring[(i + 1) % ring.size()]});
        const std::vector<int> expected = CoverageCounts(fan, w, h);
        std::vector<int> counts(static_cast<size_t>(w * h), 0);
        const raster::PolygonSpans polygon(ring.size(), [&](size_t i) { return ring[i]; }, h);
        for (int y0 = 0; y0 < h; y0 += 8)
            polygon.ForEach(0, y0, w, std::min(h, y0 + 8), [&](int y, int x0, int x1) {
                for (int x = x0; x < x1; ++x) ++counts[static_cast<size_t>(y * w + x)];
            });
        int covered = 0;
        for (size_t i = 0; i < counts.size(); ++i) {
            ASSERT_EQ(counts[i], expected[i]) << "round " << round << " pixel " << i % w << "," << i / w;
            covered += counts[i];
        }
        EXPECT_GT(covered, w * h / 2) << round;
    }
}

TEST(TriangleSpans, NeighboursNeitherGapNorOverlap) {
    for (unsigned seed : {1u, 2u, 3u}) {
        const int w = 97, h = 61;
        const std::vector<int> counts = CoverageCounts(JitteredGridMesh(w, h, 12, seed), w, h);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) ASSERT_EQ(counts[static_cast<size_t>(y * w + x)], 1) << "pixel " << x << "," << y << " seed " << seed;
    }
}

TEST(TriangleSpans, FanAroundAPixelCentreCoversEachPixelOnce) {
    // 24 triangles meeting at a vertex that sits exactly on a pixel centre, spokes through other
    // pixel centres: every pixel of the square is drawn exactly once.
    const int w = 40, h = 40;
    const PxPoint c{20.5, 20.5};
    std::vector<PxPoint> ring;
    for (int i = 0; i < 40; i += 5) ring.push_back({static_cast<double>(i), 0});
    for (int i = 0; i < 40; i += 5) ring.push_back({40, static_cast<double>(i)});
    for (int i = 40; i > 0; i -= 5) ring.push_back({static_cast<double>(i), 40});
    for (int i = 40; i > 0; i -= 5) ring.push_back({0, static_cast<double>(i)});
    std::vector<PxPoint> tris;
    for (size_t i = 0; i < ring.size(); ++i) tris.insert(tris.end(), {c, ring[i], ring[(i + 1) % ring.size()]});
    const std::vector<int> counts = CoverageCounts(tris, w, h);
    for (int v : counts) ASSERT_EQ(v, 1);
}

TEST(TriangleSpans, TopLeftRuleOnAnAxisAlignedSquare) {
    // A square from (2,2) to (5,5): centres 2.5, 3.5, 4.5 in each direction are inside.
    const std::vector<int> counts = CoverageCounts({{2, 2}, {5, 2}, {5, 5}, {2, 2}, {5, 5}, {2, 5}}, 8, 8);
    int covered = 0;
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x) {
            const int expected = (x >= 2 && x < 5 && y >= 2 && y < 5) ? 1 : 0;
            EXPECT_EQ(counts[static_cast<size_t>(y * 8 + x)], expected) << x << "," << y;
            covered += counts[static_cast<size_t>(y * 8 + x)];
        }
    EXPECT_EQ(covered, 9);
    // Edges through pixel centres: the left and top ones count, the right and bottom ones do not.
    const std::vector<int> half = CoverageCounts({{1.5, 1.5}, {4.5, 1.5}, {4.5, 4.5}, {1.5, 1.5}, {4.5, 4.5}, {1.5, 4.5}}, 8, 8);
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x)
            EXPECT_EQ(half[static_cast<size_t>(y * 8 + x)], (x >= 1 && x < 4 && y >= 1 && y < 4) ? 1 : 0) << x << "," << y;
}

uint8_t LevelAt(const std::vector<uint8_t>& levels, int w, int x, int y) { return levels[static_cast<size_t>(y * w + x)] & 7; }

TEST(StrokeCoverage, AreaOfThePixelUnderTheStroke) {
    EXPECT_DOUBLE_EQ(raster::StrokeCoverage(0.0, 0.5), 1.0);
    EXPECT_DOUBLE_EQ(raster::StrokeCoverage(0.5, 0.5), 0.5);
    EXPECT_DOUBLE_EQ(raster::StrokeCoverage(1.0, 0.5), 0.0);
    EXPECT_DOUBLE_EQ(raster::StrokeCoverage(1.0, 1.0), 0.5);
    EXPECT_EQ(raster::QuantiseCoverage(0.0), 0);
    EXPECT_EQ(raster::QuantiseCoverage(0.5), 2);
    EXPECT_EQ(raster::QuantiseCoverage(0.3), 1);
    EXPECT_EQ(raster::QuantiseCoverage(1.0), raster::kCoverageLevels);

    const int w = 32, h = 24;
    std::vector<uint8_t> levels(static_cast<size_t>(w * h), 0);
    const raster::CoverageTarget target{levels.data(), w, h, 0};
    // 1 px wide along the centres of row 10: that row fully, its neighbours not at all.
    raster::StrokeSegment(target, {4, 10.5}, {28, 10.5}, 0.5);
    EXPECT_EQ(LevelAt(levels, w, 16, 10), 4);
    EXPECT_EQ(LevelAt(levels, w, 16, 9), 0);
    EXPECT_EQ(LevelAt(levels, w, 16, 11), 0);
    // On the line between rows 3 and 4: half of each.
    raster::StrokeSegment(target, {4, 4.0}, {28, 4.0}, 0.5);
    EXPECT_EQ(LevelAt(levels, w, 16, 3), 2);
    EXPECT_EQ(LevelAt(levels, w, 16, 4), 2);
    // Drawn again (a border shared by two countries): no darker.
    raster::StrokeSegment(target, {28, 4.0}, {4, 4.0}, 0.5);
    EXPECT_EQ(LevelAt(levels, w, 16, 4), 2);
    // 2 px wide: the centre row and half of each neighbour.
    raster::StrokeSegment(target, {4, 18.5}, {28, 18.5}, 1.0);
    EXPECT_EQ(LevelAt(levels, w, 16, 18), 4);
    EXPECT_EQ(LevelAt(levels, w, 16, 17), 2);
    EXPECT_EQ(LevelAt(levels, w, 16, 19), 2);
    EXPECT_EQ(LevelAt(levels, w, 16, 16), 0);
    // The second kind of line sits in bits 4-6 and leaves the first alone.
    const raster::CoverageTarget outline{levels.data(), w, h, 4};
    raster::StrokeSegment(outline, {16.5, 0}, {16.5, 24}, 0.5);
    EXPECT_EQ(levels[static_cast<size_t>(18 * w + 16)], 4 | (4 << 4));
}

// Two unit squares side by side (lon 0..10 and 10..20, lat 0..10) as a two-country mesh.
struct TwoSquares {
    CountrySet countries;
    MapMesh mesh;
    TwoSquares() {
        for (int i = 0; i < 2; ++i) {
            CountryGeometry c;
            c.key = i ? "BBB" : "AAA";
            c.name = c.key;
            const double x0 = 10.0 * i;
            c.label = {x0 + 5, 5};
            c.polygons.push_back(Polygon{{Ring{{x0, 0}, {x0 + 10, 0}, {x0 + 10, 10}, {x0, 10}}}});
            countries.countries.push_back(c);
        }
        mesh = BuildMapMesh(countries);
    }
};

MapView ViewOf(ProjectionKind projection, int w, int h, ProjectedBox box) {
    MapView view;
    view.SetViewport(w, h);
    view.FitWorld(projection, 0);
    view.FitBox(box, 0);
    return view;
}

// Up to 254 countries the ID raster holds a byte per pixel, beyond two (a 1:10m map has 258):
// the same map drawn as if it had 300 countries gives the same ids and the same pixels.
TEST(CpuMapRenderer, TwoByteIdsBeyondTwoHundredFiftyFourCountries) {
    TwoSquares data;
    const Vec2 lo = Project(ProjectionKind::Equirectangular, {-5, -5}), hi = Project(ProjectionKind::Equirectangular, {25, 15});
    const MapView view = ViewOf(ProjectionKind::Equirectangular, 300, 200, ProjectedBox{lo.x, lo.y, hi.x, hi.y});
    const Rgba8 red{200, 30, 30, 255}, uncertainBlue{20, 40, 180, 100};
    RgbaImage narrow, wide;
    CpuMapRenderer few, many;
    few.SetMesh(data.mesh, data.countries.countries.size());
    many.SetMesh(data.mesh, 300);
    for (CpuMapRenderer* r : {&few, &many}) r->SetProjection(ProjectionKind::Equirectangular);
    few.Render(view, MapStyle(), 1.0f, {red, uncertainBlue}, narrow);
    many.Render(view, MapStyle(), 1.0f, {red, uncertainBlue}, wide);
    ASSERT_FALSE(few.Rasters().id8.empty());
    ASSERT_TRUE(few.Rasters().id16.empty());
    ASSERT_FALSE(many.Rasters().id16.empty());
    ASSERT_TRUE(many.Rasters().id8.empty());
    EXPECT_EQ(many.Rasters().oceanId, 300);
    EXPECT_EQ(many.Rasters().backgroundId, 301);
    size_t countries = 0;
    for (size_t i = 0; i < 300u * 200u; ++i) {
        const uint16_t a = few.Rasters().IdAt(i), b = many.Rasters().IdAt(i);
        if (a < 2) {
            EXPECT_EQ(b, a) << i;
            ++countries;
        } else {
            EXPECT_EQ(b, a == few.Rasters().oceanId ? 300 : 301) << i;
        }
    }
    EXPECT_GT(countries, 1000u);
    EXPECT_TRUE(narrow.pixels == wide.pixels);
}

TEST(CpuMapRenderer, IdRasterThenPaletteColouring) {
    TwoSquares data;
    CpuMapRenderer renderer;
    renderer.SetMesh(data.mesh, data.countries.countries.size());
    renderer.SetProjection(ProjectionKind::Equirectangular);
    const Vec2 lo = Project(ProjectionKind::Equirectangular, {-5, -5}), hi = Project(ProjectionKind::Equirectangular, {25, 15});
    const MapView view = ViewOf(ProjectionKind::Equirectangular, 300, 200, ProjectedBox{lo.x, lo.y, hi.x, hi.y});
    MapStyle style;
    const Rgba8 red{200, 30, 30, 255}, uncertainBlue{20, 40, 180, 100};
    RgbaImage image;
    renderer.Render(view, style, 1.0f, {red, uncertainBlue}, image);
    ASSERT_EQ(image.width, 300);
    ASSERT_EQ(image.height, 200);
    const MapRasters& r = renderer.Rasters();
    auto idAt = [&](Vec2 lonlat) {
        const Vec2 s = view.ProjectedToScreen(Project(ProjectionKind::Equirectangular, {lonlat.x, lonlat.y}));
        return r.IdAt(static_cast<size_t>(static_cast<int>(s.y)) * 300 + static_cast<size_t>(static_cast<int>(s.x)));
    };
    EXPECT_EQ(idAt({5, 5}), 0);
    EXPECT_EQ(idAt({15, 5}), 1);
    EXPECT_EQ(idAt({5, -3}), r.oceanId);
    auto pixelAt = [&](Vec2 lonlat) {
        const Vec2 s = view.ProjectedToScreen(Project(ProjectionKind::Equirectangular, {lonlat.x, lonlat.y}));
        const size_t i = (static_cast<size_t>(static_cast<int>(s.y)) * 300 + static_cast<size_t>(static_cast<int>(s.x))) * 4;
        return Rgba8{image.pixels[i], image.pixels[i + 1], image.pixels[i + 2], image.pixels[i + 3]};
    };
    EXPECT_EQ(pixelAt({5, 5}), red);
    EXPECT_EQ(pixelAt({5, -3}), style.ocean);
    // The shared border (lon 10) is drawn once, 1 px wide: its coverage levels across the row add
    // up to one full pixel, and those pixels are neither fill.
    const Vec2 border = view.ProjectedToScreen(Project(ProjectionKind::Equirectangular, {10, 5}));
    int levels = 0;
    for (int dx = -2; dx <= 2; ++dx) {
        const size_t i = static_cast<size_t>(static_cast<int>(border.y)) * 300 + static_cast<size_t>(static_cast<int>(border.x) + dx);
        levels += r.lines[i] & 7;
        if (r.lines[i] & 7) {
            const Rgba8 p{image.pixels[i * 4], image.pixels[i * 4 + 1], image.pixels[i * 4 + 2], 255};
            EXPECT_FALSE(p == red);
        }
    }
    EXPECT_EQ(levels, raster::kCoverageLevels);
    // The uncertain country is hatched: its opaque colour and the lightened stripe, nothing else.
    std::set<uint32_t> inB;
    const Vec2 b0 = view.ProjectedToScreen(Project(ProjectionKind::Equirectangular, {11, 9})),
               b1 = view.ProjectedToScreen(Project(ProjectionKind::Equirectangular, {19, 1}));
    for (int y = static_cast<int>(b0.y); y < static_cast<int>(b1.y); ++y)
        for (int x = static_cast<int>(b0.x); x < static_cast<int>(b1.x); ++x) {
            const size_t i = (static_cast<size_t>(y) * 300 + static_cast<size_t>(x)) * 4;
            inB.insert(image.pixels[i] | image.pixels[i + 1] << 8 | image.pixels[i + 2] << 16 | static_cast<uint32_t>(image.pixels[i + 3]) << 24);
        }
    EXPECT_EQ(inB.size(), 2u);
    EXPECT_TRUE(inB.count(20u | 40u << 8 | 180u << 16 | 255u << 24));

    // A recolour reuses the rasters; a new size builds them again.
    ASSERT_EQ(renderer.RasterBuilds(), 1u);
    renderer.Render(view, style, 1.0f, {uncertainBlue, red}, image);
    EXPECT_EQ(renderer.RasterBuilds(), 1u);
    EXPECT_EQ(pixelAt({15, 5}), red);
    const MapView bigger = ViewOf(ProjectionKind::Equirectangular, 600, 400, ProjectedBox{lo.x, lo.y, hi.x, hi.y});
    renderer.Render(bigger, style, 1.0f, {red, red}, image);
    EXPECT_EQ(renderer.RasterBuilds(), 2u);
    EXPECT_EQ(image.width, 600);
}

TEST(CpuMapRenderer, SmallCountriesGetAMarker) {
    TwoSquares data;
    HitTester hits;
    hits.SetCountries(&data.countries);
    hits.SetProjection(ProjectionKind::EqualEarth);
    CpuMapRenderer renderer;
    renderer.SetMesh(data.mesh, data.countries.countries.size());
    renderer.SetProjection(ProjectionKind::EqualEarth);
    renderer.SetMarkers(MarkersFor(hits.Projected()));
    MapView world;
    world.SetViewport(64, 32);
    world.FitWorld(ProjectionKind::EqualEarth, 0);  // 10 degrees are ~2 px: a marker each
    MapStyle style;
    RgbaImage image;
    renderer.Render(world, style, 1.0f, {Rgba8{250, 0, 0, 255}, Rgba8{0, 250, 0, 255}}, image);
    size_t inside = 0, ring = 0;  // the two discs overlap (10 degrees are ~2 px here)
    for (size_t i = 0; i < image.pixels.size(); i += 4) {
        inside += (image.pixels[i] == 250 && image.pixels[i + 1] == 0) || (image.pixels[i] == 0 && image.pixels[i + 1] == 250);
        ring += Rgba8{image.pixels[i], image.pixels[i + 1], image.pixels[i + 2], 255} == style.border;
    }
    EXPECT_GT(inside, 12u);  // the discs' insides, ~π (0.7 x 3.5)² px each, more than the two ~2 px squares
    EXPECT_GT(ring, 8u);  // and its ring
}

TEST(TexturedTriangles, FlatQuadBlendsAndClips) {
    RgbaImage image;
    image.width = 10;
    image.height = 10;
    image.pixels.assign(400, 0);
    for (size_t i = 3; i < image.pixels.size(); i += 4) image.pixels[i] = 255;  // opaque black
    const uint8_t white[1] = {255};
    const raster::AlphaTexture texture{white, 1, 1};
    raster::TexturedVertex v[4];
    const float xy[4][2] = {{2, 2}, {8, 2}, {8, 8}, {2, 8}};
    for (int i = 0; i < 4; ++i) {
        v[i].x = xy[i][0];
        v[i].y = xy[i][1];
        v[i].rgba[0] = 255;
        v[i].rgba[1] = 0;
        v[i].rgba[2] = 0;
        v[i].rgba[3] = 128;  // half transparent red
    }
    const uint32_t idx[6] = {0, 1, 2, 0, 2, 3};
    raster::DrawTexturedTriangles(image, v, idx, 6, texture, raster::ClipRect{0, 0, 5, 10});
    auto px = [&](int x, int y) { return &image.pixels[static_cast<size_t>(y * 10 + x) * 4]; };
    EXPECT_EQ(px(3, 3)[0], 128);  // 255 x 128/255 over black
    EXPECT_EQ(px(3, 3)[1], 0);
    EXPECT_EQ(px(3, 3)[3], 255);
    EXPECT_EQ(px(6, 3)[0], 0);    // clipped away
    EXPECT_EQ(px(1, 3)[0], 0);    // outside the quad
    EXPECT_EQ(px(2, 7)[0], 128);  // every pixel of the quad's clipped part exactly once
    EXPECT_EQ(px(3, 8)[0], 0);
}

}  // namespace
}  // namespace engagemap
