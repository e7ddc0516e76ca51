// Triangulation through the GLU tessellator: triangle areas must add up to the polygon area.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/geo/triangulate.hpp"

namespace engagemap {
namespace {

Ring Square(double x0, double y0, double size, bool clockwise = false) {
    Ring r = {{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}};
    if (clockwise) std::reverse(r.begin(), r.end());
    return r;
}

void ExpectValidMesh(const TriangleMesh& mesh) {
    ASSERT_EQ(mesh.indices.size() % 3, 0u);
    for (uint32_t i : mesh.indices) ASSERT_LT(i, mesh.vertices.size());
}

TriangleMesh Triangulate(const Polygon& p) {
    TriangleMesh mesh;
    std::string error;
    EXPECT_TRUE(TriangulatePolygon(p, mesh, &error)) << error;
    ExpectValidMesh(mesh);
    return mesh;
}

TEST(Triangulate, Square) {
    const Polygon p{{Square(0, 0, 2)}};
    EXPECT_DOUBLE_EQ(PolygonArea(p), 4.0);
    const TriangleMesh mesh = Triangulate(p);
    EXPECT_EQ(mesh.TriangleCount(), 2u);
    EXPECT_NEAR(MeshArea(mesh), 4.0, 1e-12);
}

TEST(Triangulate, ClockwiseSquareSameArea) {
    const Polygon p{{Square(10, -5, 3, /*clockwise=*/true)}};
    EXPECT_DOUBLE_EQ(PolygonArea(p), 9.0);
    EXPECT_NEAR(MeshArea(Triangulate(p)), 9.0, 1e-12);
}

TEST(Triangulate, ConcaveLShape) {
    const Polygon p{{{{0, 0}, {3, 0}, {3, 1}, {1, 1}, {1, 3}, {0, 3}}}};
    EXPECT_DOUBLE_EQ(PolygonArea(p), 5.0);
    const TriangleMesh mesh = Triangulate(p);
    EXPECT_EQ(mesh.TriangleCount(), 4u);
    EXPECT_NEAR(MeshArea(mesh), 5.0, 1e-12);
}

TEST(Triangulate, OneHole) {
    const Polygon p{{Square(0, 0, 10), Square(2, 2, 3)}};
    EXPECT_DOUBLE_EQ(PolygonArea(p), 100.0 - 9.0);
    EXPECT_NEAR(MeshArea(Triangulate(p)), 91.0, 1e-9);
}

TEST(Triangulate, TwoHolesEitherWinding) {
    const Polygon p{{Square(-180, -90, 100), Square(-170, -80, 10, true), Square(-120, -40, 20)}};
    EXPECT_DOUBLE_EQ(PolygonArea(p), 10000.0 - 100.0 - 400.0);
    EXPECT_NEAR(MeshArea(Triangulate(p)), 9500.0, 1e-9);
}

TEST(Triangulate, ThousandVertexStar) {
    Ring star;
    const int n = 1000;
    for (int i = 0; i < n; ++i) {
        const double a = 2.0 * std::numbers::pi * i / n;
        const double r = (i % 2 == 0) ? 10.0 : 4.0;
        star.push_back({r * std::cos(a), r * std::sin(a)});
    }
    const Polygon p{{star}};
    const double area = PolygonArea(p);
    EXPECT_GT(area, 0.0);
    const TriangleMesh mesh = Triangulate(p);
    EXPECT_EQ(mesh.TriangleCount(), static_cast<size_t>(n - 2));
    EXPECT_NEAR(MeshArea(mesh), area, 1e-9 * area);
}

TEST(Triangulate, AppendsToExistingMesh) {
    TriangleMesh mesh;
    ASSERT_TRUE(TriangulatePolygon(Polygon{{Square(0, 0, 1)}}, mesh));
    ASSERT_TRUE(TriangulatePolygon(Polygon{{Square(5, 5, 2)}}, mesh));
    ExpectValidMesh(mesh);
    EXPECT_EQ(mesh.TriangleCount(), 4u);
    EXPECT_NEAR(MeshArea(mesh), 5.0, 1e-12);
}

TEST(Triangulate, DegenerateAndEmptyGiveNoTriangles) {
    const Polygon cases[] = {
        Polygon{},                                              // no rings
        Polygon{{Ring{}}},                                      // empty ring
        Polygon{{{{0, 0}, {1, 1}}}},                            // two points
        Polygon{{{{0, 0}, {1, 1}, {2, 2}, {3, 3}}}},            // collinear
        Polygon{{{{5, 5}, {5, 5}, {5, 5}}}},                    // one point repeated
    };
    for (const Polygon& p : cases) {
        TriangleMesh mesh;
        std::string error;
        EXPECT_TRUE(TriangulatePolygon(p, mesh, &error)) << error;
        ExpectValidMesh(mesh);
        EXPECT_NEAR(MeshArea(mesh), 0.0, 1e-12);
    }
}

TEST(Triangulate, SelfIntersectingBowTieDoesNotCrash) {
    // Two triangles touching at (1,1); with the odd rule both lobes are filled.
    const Polygon p{{{{0, 0}, {2, 2}, {2, 0}, {0, 2}}}};
    TriangleMesh mesh;
    std::string error;
    EXPECT_TRUE(TriangulatePolygon(p, mesh, &error)) << error;  // GLU combines the crossing
    ExpectValidMesh(mesh);
    EXPECT_NEAR(MeshArea(mesh), 2.0, 1e-12);
}

TEST(Triangulate, OverlappingRingsUseOddRule) {
    // A "hole" that sticks out: odd rule fills the symmetric difference.
    const Polygon p{{Square(0, 0, 2), Square(1, 1, 2)}};
    TriangleMesh mesh = Triangulate(p);
    EXPECT_NEAR(MeshArea(mesh), 4.0 + 4.0 - 2.0, 1e-12);
}

TEST(Triangulate, NonFiniteCoordinateIsAnErrorAndLeavesMeshUnchanged) {
    TriangleMesh mesh;
    ASSERT_TRUE(TriangulatePolygon(Polygon{{Square(0, 0, 1)}}, mesh));
    const TriangleMesh before = mesh;
    const Polygon bad{{{{0, 0}, {1, std::nan("")}, {1, 1}}}};
    std::string error;
    EXPECT_FALSE(TriangulatePolygon(bad, mesh, &error));
    EXPECT_FALSE(error.empty());
    EXPECT_EQ(mesh.vertices.size(), before.vertices.size());
    EXPECT_EQ(mesh.indices, before.indices);
}

TEST(Triangulate, TessellatorErrorIsReportedWithGluMessage) {
    // Coordinates beyond GLU_TESS_MAX_COORD (1e150) make GLU report "coordinate too large".
    const Polygon huge{{{{0, 0}, {1e200, 0}, {0, 1e200}}}};
    TriangleMesh mesh;
    std::string error;
    const bool ok = TriangulatePolygon(huge, mesh, &error);
    if (!ok) {
        EXPECT_NE(error.find("tessellation failed: "), std::string::npos) << error;
        EXPECT_TRUE(mesh.indices.empty());
    }
    ExpectValidMesh(mesh);
}

}  // namespace
}  // namespace engagemap
