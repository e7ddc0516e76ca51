// Polygon triangulation (fill tessellation) done once at load, on the CPU.
// Uses the GLU tessellator (odd winding rule), which needs no GL context. Works on any planar
// coordinates; callers pass lon/lat degrees so that triangles are projection-independent
// (edges are short, so projecting triangle corners later is accurate enough for drawing).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/geo/geo_types.hpp"

namespace engagemap {

// Triangles as an index list into `vertices` (3 indices per triangle).
struct TriangleMesh {
    std::vector<LonLat> vertices;    // degrees
    std::vector<uint32_t> indices;   // size is a multiple of 3
    size_t TriangleCount() const { return indices.size() / 3; }
};

// Triangulates one polygon (exterior + holes). Returns false and sets `error` if the tessellator
// reported an error; `out` is then left unchanged. Appends to `out` on success.
bool TriangulatePolygon(const Polygon& polygon, TriangleMesh& out, std::string* error = nullptr);

// Sum of the planar (unsigned) areas of all triangles, in squared input units.
double MeshArea(const TriangleMesh& mesh);

// Planar area of a polygon by the shoelace formula: |exterior| - sum |holes|.
double PolygonArea(const Polygon& polygon);

}  // namespace engagemap
