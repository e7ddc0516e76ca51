// MapMesh: everything the renderer draws for a CountrySet, built once at load on the CPU.
// Fill triangles and border segments are kept in lon/lat degrees plus a country index, so a
// projection change only re-projects positions and a recolour only changes the colour table.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/geo/country_geometry.hpp"
#include "core/geo/projection.hpp"

namespace engagemap {

struct MapMesh {
    // Fill: triangles (3 vertices each, not indexed: each vertex carries its country index).
    std::vector<LonLat> fillVertices;      // degrees
    std::vector<uint16_t> fillCountry;     // index into CountrySet::countries, per fill vertex
    // Borders: segments (a, b) in degrees; edges on the map frame (cuts at ±180°, the pole line,
    // and in a recentred set the geodata's own ±180° seam) are left out so that no spurious edge is drawn.
    std::vector<LonLat> borderSegments;    // 2 entries per segment
    // Polygons the tessellator refused (name + message); those countries are not filled.
    std::vector<std::string> warnings;
    // Optional, filled when the mesh is read from a file (DecodeMesh): the distinct positions, and
    // for each fill vertex and each border segment end its index there. A renderer that projects on
    // the CPU then projects each position once (~4x fewer than the vertices). Empty otherwise.
    std::vector<LonLat> positions;       // degrees
    std::vector<uint32_t> fillIndex;     // parallel to fillVertices
    std::vector<uint32_t> borderIndex;   // parallel to borderSegments
    bool Indexed() const {
        return !positions.empty() && fillIndex.size() == fillVertices.size() && borderIndex.size() == borderSegments.size();
    }

    size_t TriangleCount() const { return fillVertices.size() / 3; }
    size_t SegmentCount() const { return borderSegments.size() / 2; }
};

// Builds the mesh. Ring edges longer than `maxEdgeDeg` (in lon or lat) are densified first, so
// that long straight edges (cuts along ±180°, Antarctica's pole line) follow curved meridians
// after projection.
MapMesh BuildMapMesh(const CountrySet& countries, double maxEdgeDeg = 1.0);

// `ring` with points added along every edge longer than `maxEdgeDeg` (in lon or lat): the rings
// BuildMapMesh triangulates, for a renderer that fills the same outlines by scanline.
Ring DensifyRing(const Ring& ring, double maxEdgeDeg = 1.0);

// Projects lon/lat degrees into interleaved float x,y (projected units) for upload.
void ProjectPositions(ProjectionKind kind, const std::vector<LonLat>& in, std::vector<float>& outXY);

}  // namespace engagemap
