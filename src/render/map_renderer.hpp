// MapRenderer: draws a MapMesh with OpenGL 3.3 core into whatever framebuffer is bound.
//
// Geometry is separate from colour. A geometry pass renders a country-ID raster once per camera,
// projection, size and line width: an RGBA8 texture holding each pixel's country index (R, G),
// border coverage (B) and globe-outline coverage (A). Fill is indexed and flat (no MSAA);
// borders are screen-space quads whose coverage comes from the distance to the segment
// (anti-aliased in the shader, a constant number of pixels wide at any zoom); countries too small
// to see get a disc marker (decided in the vertex shader). Every Draw then runs one full-screen
// palette pass: index -> colour through a small palette texture (hatching where uncertain),
// then border and frame colours by coverage, then the arcs. A date change therefore uploads a
// few KB and redraws no geometry. The same raster answers "which country is at this pixel".
// Requires a current GL context (window or HeadlessGlContext).
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
#include "render/border_lod.hpp"
#include "render/shader_program.hpp"

namespace engagemap {

// Counters of what went to the GPU, for benchmarks and tests (bytes).
struct UploadStats {
    size_t geometryBytes = 0;     // total bytes of vertex data uploaded so far
    size_t geometryUploads = 0;   // number of geometry uploads
    size_t colourBytes = 0;       // bytes uploaded by the last colour-table upload
    size_t colourUploads = 0;     // number of colour-table uploads
    size_t rasterPasses = 0;      // number of geometry passes into the country-ID raster
    size_t bordersDrawn = 0;      // border segments the last pass drew (its level of detail)
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
    // the new colour over `fadeSeconds` (blended on the CPU; the palette is re-uploaded, a few KB,
    // on each frame of the fade).
    void FadeCountryColours(const std::vector<Rgba8>& colours, double nowSeconds, double fadeSeconds);
    // True while some country is still fading at `nowSeconds` (the UI keeps redrawing).
    bool Fading(double nowSeconds) const;

    // Draws background, globe, countries, borders and the globe outline into the bound
    // framebuffer. `viewport` size comes from `view`; `pixelScale` multiplies line widths
    // (monitor content scale, or export size relative to 1080p); `nowSeconds` drives fades.
    void Draw(const MapView& view, const MapStyle& style, float pixelScale = 1.0f, double nowSeconds = 0.0);

    // The country at pixel (x, y) of the last Draw (pixels, top row 0), read from the ID raster:
    // a country index, kNoCountry over the ocean or background, or kNoRaster when the raster was
    // drawn for another view (or not yet), so that the caller asks the geometry instead.
    static constexpr int kNoCountry = -1;
    static constexpr int kNoRaster = -2;
    int CountryAtPixel(const MapView& view, double x, double y) const;

    const UploadStats& Stats() const { return stats_; }
    // True when the next Draw will upload something (new mesh, projection or colours).
    bool Dirty() const { return geometryDirty_ || coloursDirty_ || arcsDirty_; }

private:
    void UploadGeometry();
    void UploadColourTable(const MapStyle& style, double nowSeconds);
    // Each country's colour as shown at `nowSeconds` (mid-fade: smoothstep blend of from and to).
    std::vector<Rgba8> ColoursAt(double nowSeconds) const;
    void UploadArcs();

    // What the ID raster depends on besides the geometry: the camera, the size and the widths.
    struct RasterKey {
        float transform[4] = {0, 0, 0, 0};
        int width = 0, height = 0;
        float borderHalfWidth = 0, frameHalfWidth = 0, markerRadius = 0, markerMinExtent = 0, pixelsPerUnit = 0;
        bool operator==(const RasterKey&) const = default;
    };
    RasterKey KeyFor(const MapView& view, const MapStyle& style, float pixelScale) const;
    // Renders the ID raster for `key` (restores the bound framebuffer and the viewport).
    void RenderIdRaster(const RasterKey& key);
    bool ResizeIdRaster(int width, int height);

    ShaderProgram fillProgram_;
    ShaderProgram paletteProgram_;
    unsigned paletteVao_ = 0;
    unsigned idFbo_ = 0, idTexture_ = 0;
    RasterKey rasterKey_;
    bool rasterValid_ = false;
    unsigned fillIndices_ = 0;
    unsigned quadIndices_ = 0;  // 0 1 2 0 2 3: one quad as two triangles
    size_t fillIndexCount_ = 0;
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
    unsigned paletteTexture_ = 0;           // RGBA8, 256 entries a row: colour per index
    std::vector<Rgba8> uploadedTable_;      // what paletteTexture_ holds

    MapMesh mesh_;
    size_t countryCount_ = 0;
    ProjectionKind projection_ = ProjectionKind::EqualEarth;
    bool geometryDirty_ = true;
    BorderLevels borderLevels_;  // border segments per level of detail (segments live on the GPU)
    size_t frameCount_ = 0, markerCount_ = 0;

    // Per country: target colour, colour faded from, fade start (seconds). Missing = land.
    std::vector<Rgba8> to_, from_;
    std::vector<float> fadeStart_;
    double fadeSeconds_ = 0.25;
    bool coloursDirty_ = true;
    Rgba8 tableOcean_{}, tableLand_{};     // style colours currently in the table
    UploadStats stats_;
};

}  // namespace engagemap
