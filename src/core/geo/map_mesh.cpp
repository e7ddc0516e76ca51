#include "core/geo/map_mesh.hpp"

#include <cmath>

#include "core/geo/antimeridian.hpp"
#include "core/geo/recentre.hpp"
#include "core/geo/triangulate.hpp"

namespace engagemap {

MapMesh BuildMapMesh(const CountrySet& countries, double maxEdgeDeg) {
    MapMesh mesh;
    TriangleMesh tri;
    for (size_t ci = 0; ci < countries.countries.size(); ++ci) {
        const CountryGeometry& country = countries.countries[ci];
        for (const Polygon& source : country.polygons) {
            Polygon polygon;
            for (const Ring& r : source.rings) polygon.rings.push_back(DensifyRing(r, maxEdgeDeg));

            tri.vertices.clear();
            tri.indices.clear();
            std::string error;
            if (!TriangulatePolygon(polygon, tri, &error)) {
                mesh.warnings.push_back(country.name + " (" + country.key + "): " + error);
            } else {
                for (uint32_t idx : tri.indices) {
                    mesh.fillVertices.push_back(tri.vertices[idx]);
                    mesh.fillCountry.push_back(static_cast<uint16_t>(ci));
                }
            }
            for (const Ring& ring : polygon.rings) {
                for (size_t i = 0; i < ring.size(); ++i) {
                    const LonLat a = ring[i];
                    const LonLat b = ring[(i + 1) % ring.size()];
                    if (IsFrameEdge(a, b) || IsSourceSeamEdge(a, b, countries.centralMeridian)) continue;
                    mesh.borderSegments.push_back(a);
                    mesh.borderSegments.push_back(b);
                }
            }
        }
    }
    return mesh;
}

void ProjectPositions(ProjectionKind kind, const std::vector<LonLat>& in, std::vector<float>& outXY) {
    outXY.resize(in.size() * 2);
    for (size_t i = 0; i < in.size(); ++i) {
        const Vec2 p = Project(kind, in[i]);
        outXY[2 * i] = static_cast<float>(p.x);
        outXY[2 * i + 1] = static_cast<float>(p.y);
    }
}

}  // namespace engagemap
