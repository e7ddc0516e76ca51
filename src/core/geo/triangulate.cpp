// Polygon triangulation through the GLU tessellator (CPU only; no GL context is created or
// needed). GL headers are confined to this translation unit.
#include "core/geo/triangulate.hpp"

#include <GL/glu.h>

#include <cmath>
#include <cstdint>
#include <deque>
#include <memory>

namespace engagemap {

namespace {

// GLU's callback type differs by platform (APIENTRY on Windows); this is the generic one.
#ifndef CALLBACK
#define CALLBACK
#endif
using GluCallback = void(CALLBACK*)();

// State shared with the tessellator callbacks for one polygon.
struct TessState {
    std::vector<LonLat> vertices;       // input vertices first, then vertices made by `combine`
    std::vector<uint32_t> indices;      // triangles (only GL_TRIANGLES is produced)
    std::deque<uint32_t> vertexIds;     // stable storage for the per-vertex data pointers
    std::vector<uint32_t> pending;      // vertices of the current primitive
    GLenum primitive = GL_TRIANGLES;
    GLenum error = 0;                   // first tessellator error, 0 if none
};

void* VertexData(TessState& s, uint32_t index) {
    s.vertexIds.push_back(index);
    return &s.vertexIds.back();
}

void CALLBACK OnBegin(GLenum type, void* data) {
    auto* s = static_cast<TessState*>(data);
    s->primitive = type;
    s->pending.clear();
}

void CALLBACK OnEdgeFlag(GLboolean /*flag*/, void* /*data*/) {
    // Registering an edge-flag callback makes GLU emit independent triangles only.
}

void CALLBACK OnVertex(void* vertexData, void* data) {
    auto* s = static_cast<TessState*>(data);
    s->pending.push_back(*static_cast<const uint32_t*>(vertexData));
    if (s->primitive == GL_TRIANGLES && s->pending.size() == 3) {
        s->indices.insert(s->indices.end(), s->pending.begin(), s->pending.end());
        s->pending.clear();
    }
}

void CALLBACK OnEnd(void* data) {
    auto* s = static_cast<TessState*>(data);
    // Defensive: convert fans/strips should GLU ever emit them despite the edge-flag callback.
    const auto& p = s->pending;
    if (s->primitive == GL_TRIANGLE_FAN) {
        for (size_t i = 2; i < p.size(); ++i) s->indices.insert(s->indices.end(), {p[0], p[i - 1], p[i]});
    } else if (s->primitive == GL_TRIANGLE_STRIP) {
        for (size_t i = 2; i < p.size(); ++i) {
            if (i % 2 == 0)
                s->indices.insert(s->indices.end(), {p[i - 2], p[i - 1], p[i]});
            else
                s->indices.insert(s->indices.end(), {p[i - 1], p[i - 2], p[i]});
        }
    }
    s->pending.clear();
}

void CALLBACK OnCombine(GLdouble coords[3], void* /*vertexData*/[4], GLfloat /*weight*/[4],
                        void** outData, void* data) {
    auto* s = static_cast<TessState*>(data);
    const auto index = static_cast<uint32_t>(s->vertices.size());
    s->vertices.push_back({coords[0], coords[1]});
    *outData = VertexData(*s, index);
}

void CALLBACK OnError(GLenum errorCode, void* data) {
    auto* s = static_cast<TessState*>(data);
    if (s->error == 0) s->error = errorCode;
}

struct TessDeleter {
    void operator()(GLUtesselator* t) const { gluDeleteTess(t); }
};

std::string GluErrorText(GLenum code) {
    const GLubyte* text = gluErrorString(code);
    std::string s = text ? reinterpret_cast<const char*>(text) : "";
    if (s.empty()) s = "GLU error " + std::to_string(code);
    return "tessellation failed: " + s;
}

double RingSignedArea(const Ring& ring) {
    double a = 0.0;
    const size_t n = ring.size();
    for (size_t i = 0; i < n; ++i) {
        const LonLat& p = ring[i];
        const LonLat& q = ring[(i + 1) % n];
        a += p.lon * q.lat - q.lon * p.lat;
    }
    return 0.5 * a;
}

}  // namespace

bool TriangulatePolygon(const Polygon& polygon, TriangleMesh& out, std::string* error) {
    // Validate input first: the tessellator does not cope with NaN/inf coordinates.
    size_t total = 0;
    for (const Ring& ring : polygon.rings) {
        for (const LonLat& p : ring) {
            if (!std::isfinite(p.lon) || !std::isfinite(p.lat)) {
                if (error) *error = "tessellation failed: non-finite coordinate";
                return false;
            }
        }
        if (ring.size() >= 3) total += ring.size();
    }
    if (total == 0) return true;  // nothing to fill

    std::unique_ptr<GLUtesselator, TessDeleter> tess(gluNewTess());
    if (!tess) {
        if (error) *error = "tessellation failed: cannot create GLU tessellator";
        return false;
    }
    TessState state;
    state.vertices.reserve(total);
    std::vector<GLdouble> coords(total * 3);  // must stay alive until gluTessEndPolygon

    GLUtesselator* t = tess.get();
    gluTessProperty(t, GLU_TESS_WINDING_RULE, GLU_TESS_WINDING_ODD);
    gluTessProperty(t, GLU_TESS_BOUNDARY_ONLY, GL_FALSE);
    gluTessNormal(t, 0.0, 0.0, 1.0);
    gluTessCallback(t, GLU_TESS_BEGIN_DATA, reinterpret_cast<GluCallback>(&OnBegin));
    gluTessCallback(t, GLU_TESS_EDGE_FLAG_DATA, reinterpret_cast<GluCallback>(&OnEdgeFlag));
    gluTessCallback(t, GLU_TESS_VERTEX_DATA, reinterpret_cast<GluCallback>(&OnVertex));
    gluTessCallback(t, GLU_TESS_END_DATA, reinterpret_cast<GluCallback>(&OnEnd));
    gluTessCallback(t, GLU_TESS_COMBINE_DATA, reinterpret_cast<GluCallback>(&OnCombine));
    gluTessCallback(t, GLU_TESS_ERROR_DATA, reinterpret_cast<GluCallback>(&OnError));

    gluTessBeginPolygon(t, &state);
    size_t k = 0;
    for (const Ring& ring : polygon.rings) {
        if (ring.size() < 3) continue;
        gluTessBeginContour(t);
        for (const LonLat& p : ring) {
            const auto index = static_cast<uint32_t>(state.vertices.size());
            state.vertices.push_back(p);
            GLdouble* c = &coords[3 * k++];
            c[0] = p.lon;
            c[1] = p.lat;
            c[2] = 0.0;
            gluTessVertex(t, c, VertexData(state, index));
        }
        gluTessEndContour(t);
    }
    gluTessEndPolygon(t);

    if (state.error != 0) {
        if (error) *error = GluErrorText(state.error);
        return false;
    }
    if (state.indices.size() % 3 != 0) state.indices.resize(state.indices.size() / 3 * 3);

    // Append only the vertices actually referenced, renumbered, so unused input does not bloat
    // the mesh.
    std::vector<uint32_t> remap(state.vertices.size(), UINT32_MAX);
    for (uint32_t& idx : state.indices) {
        if (remap[idx] == UINT32_MAX) {
            remap[idx] = static_cast<uint32_t>(out.vertices.size());
            out.vertices.push_back(state.vertices[idx]);
        }
        idx = remap[idx];
    }
    out.indices.insert(out.indices.end(), state.indices.begin(), state.indices.end());
    return true;
}

double MeshArea(const TriangleMesh& mesh) {
    double area = 0.0;
    const size_t n = mesh.indices.size() / 3 * 3;
    for (size_t i = 0; i < n; i += 3) {
        const LonLat& a = mesh.vertices[mesh.indices[i]];
        const LonLat& b = mesh.vertices[mesh.indices[i + 1]];
        const LonLat& c = mesh.vertices[mesh.indices[i + 2]];
        area += 0.5 * std::fabs((b.lon - a.lon) * (c.lat - a.lat) - (c.lon - a.lon) * (b.lat - a.lat));
    }
    return area;
}

double PolygonArea(const Polygon& polygon) {
    double area = 0.0;
    for (size_t i = 0; i < polygon.rings.size(); ++i) {
        const double a = std::fabs(RingSignedArea(polygon.rings[i]));
        area += (i == 0) ? a : -a;
    }
    return area;
}

}  // namespace engagemap
