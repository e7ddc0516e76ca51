// MapRenderer: draws a MapMesh with OpenGL 3.3 core into whatever framebuffer is bound.
//
// Geometry is uploaded when the mesh or the projection changes, never on recolour: each fill
// vertex carries its country index and the fragment shader reads the country's colour from a
// small colour table texture. Borders are instanced screen-space quads, a constant number of
// pixels wide at any zoom. Countries too small to see at the current zoom get a disc marker
// in their colour (decided in the vertex shader, so zooming uploads nothing). Requires a current GL context (window or HeadlessGlContext).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/filter/bilateral_view.hpp"
#include "core/geo/map_mesh.hpp"
#include "core/geo/map_view.hpp"
#include "core/style/colour.hpp"
#include "core/style/map_style.hpp"
#include "render/shader_program.hpp"

namespace engagemap {

// Counters of what went to the GPU, for benchmarks and tests (bytes).
struct UploadStats {
    size_t geometryBytes = 0;     // total bytes of vertex data uploaded so far
    size_t geometryUploads = 0;   // number of geometry uploads
    size_t colourBytes = 0;       // bytes uploaded by the last colour-table upload
    size_t colourUploads = 0;     // number of colour-table uploads
};

// A marker candidate: a country's projected label point, the size of its biggest polygon
// (projected units), and its colour-table index. Shown only while extent x zoom is under the
// style's markerMinExtentPx.
struct MapMarker {
    float x = 0, y = 0;     // projected units
    float extent = 0;       // projected units
    uint16_t country = 0;   // index into the colour table (CountrySet order)
    uint16_t padding = 0;
};

class MapRenderer {
public:
    MapRenderer() = default;
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    // Compiles the shaders and creates GL objects. Returns false with the GL log in `error`.
    bool Init(std::string* error);

    // Takes the mesh of `countryCount` countries and uploads it for the current projection.
    void SetMesh(MapMesh mesh, size_t countryCount);
    // Re-projects the mesh and the globe outline and re-uploads positions (no-op if unchanged).
    void SetProjection(ProjectionKind projection);
    // Uploads the marker candidates (for the current projection; see MapMarker).
    void SetMarkers(const std::vector<MapMarker>& markers);
    ProjectionKind Projection() const { return projection_; }

    // Great-circle arcs drawn over the map (the bilateral view), anti-aliased, in their colour,
    // width (pixels at 1080p, times the pixel scale) and dash; projected now and again on every
    // projection change. An empty list draws none.
    void SetArcs(const std::vector<ArcStroke>& arcs);

    // Sets one colour per country (index = CountrySet order) at once; missing entries use the
    // style's land colour. Alpha < 192 means "uncertain" and is drawn hatched. Uploaded at the
    // next Draw, touching only the colour tables.
    void SetCountryColours(const std::vector<Rgba8>& colours);
    // Same, but each country whose colour changes fades from what it shows at `nowSeconds` to
    // the new colour over `fadeSeconds` (interpolated in the fragment shader).
    void FadeCountryColours(const std::vector<Rgba8>& colours, double nowSeconds, double fadeSeconds);
    // True while some country is still fading at `nowSeconds` (the UI keeps redrawing).
    bool Fading(double nowSeconds) const;

    // Draws background, globe, countries, borders and the globe outline into the bound
    // framebuffer. `viewport` size comes from `view`; `pixelScale` multiplies line widths
    // (monitor content scale, or export size relative to 1080p); `nowSeconds` drives fades.
    void Draw(const MapView& view, const MapStyle& style, float pixelScale = 1.0f, double nowSeconds = 0.0);

    const UploadStats& Stats() const { return stats_; }
    // True when the next Draw will upload something (new mesh, projection or colours).
    bool Dirty() const { return geometryDirty_ || coloursDirty_ || arcsDirty_; }

private:
    void UploadGeometry();
    void UploadColourTable(const MapStyle& style);
    void UploadArcs();

    ShaderProgram fillProgram_;
    ShaderProgram lineProgram_;
    ShaderProgram markerProgram_;
    ShaderProgram arcProgram_;
    unsigned arcVao_ = 0, arcInstances_ = 0;
    std::vector<ArcStroke> arcs_;
    size_t arcSegmentCount_ = 0;
    bool arcsDirty_ = false;
    unsigned fillVao_ = 0, fillPositions_ = 0, fillCountries_ = 0;
    unsigned borderVao_ = 0, borderSegments_ = 0;
    unsigned frameVao_ = 0, frameSegments_ = 0;
    unsigned markerVao_ = 0, markerInstances_ = 0;
    unsigned toTexture_ = 0, fromTexture_ = 0, fadeStartTexture_ = 0;

    MapMesh mesh_;
    size_t countryCount_ = 0;
    ProjectionKind projection_ = ProjectionKind::EqualEarth;
    bool geometryDirty_ = true;
    size_t globeFirstVertex_ = 0, globeVertexCount_ = 0;
    size_t fillVertexCount_ = 0, borderCount_ = 0, frameCount_ = 0, markerCount_ = 0;

    // Per country: target colour, colour faded from, fade start (seconds). Missing = land.
    std::vector<Rgba8> to_, from_;
    std::vector<float> fadeStart_;
    double fadeSeconds_ = 0.25;
    bool coloursDirty_ = true;
    Rgba8 tableOcean_{}, tableLand_{};     // style colours currently in the table
    UploadStats stats_;
};

}  // namespace engagemap
