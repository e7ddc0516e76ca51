// CpuMapRenderer: draws a MapMesh into an RGBA image on the CPU, with no GL, for exports.
//
// Geometry is separated from colour. Per camera, projection, size and line widths it builds two
// rasters once (MapRasters): a country-ID raster (scanline fill with the top-left rule: the globe
// as the ocean, then every country, over its rings or its mesh triangles (SetCountryRings);
// markers for countries too small to see) and a line
// raster (borders and the globe outline as quantised anti-aliased coverage). A frame for a date
// or view is then a palette lookup per pixel: (country, hatch phase, border level, outline level)
// -> colour. So video frames only pay for the lookup, and a map has a small exact palette.
//
// It draws what MapRenderer (the GL renderer) draws, in the same order: background, ocean, fills
// (uncertain statuses hatched: colour alpha < 192), borders, globe outline, markers, arcs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/filter/bilateral_view.hpp"
#include "core/geo/hit_test.hpp"
#include "core/geo/map_mesh.hpp"
#include "core/geo/map_view.hpp"
#include "core/io/png_image.hpp"
#include "core/style/colour.hpp"
#include "raster/triangle_spans.hpp"
#include "core/style/map_style.hpp"

namespace engagemap {

// A marker candidate: a country's projected label point and the size of its biggest polygon
// (projected units). Drawn as a disc while extent x zoom is under the style's markerMinExtentPx.
struct RasterMarker {
    Vec2 centre;           // projected units
    double extent = 0;     // projected units
    uint16_t country = 0;  // index into CountrySet::countries
};

// The candidates for every country with a polygon (as MapCanvas makes them for the GL renderer).
std::vector<RasterMarker> MarkersFor(const ProjectedCountries& projected);

// The per-camera rasters (row-major, top row first).
struct MapRasters {
    int width = 0, height = 0;          // pixels
    uint16_t oceanId = 0;               // id of the globe's ocean (= country count)
    uint16_t backgroundId = 0;          // id outside the globe (= country count + 1)
    // Country index, oceanId or backgroundId per pixel: one byte each when every id fits (up to
    // 254 countries, as the bundled 1:110m and 1:50m maps; a 4K raster of 8 instead of 16 MB),
    // else two. Exactly one of the two is filled.
    std::vector<uint8_t> id8;
    std::vector<uint16_t> id16;
    uint16_t IdAt(size_t i) const { return id16.empty() ? id8[i] : id16[i]; }
    // Bits 0-2: border coverage level, bits 4-6: globe-outline level (0..raster::kCoverageLevels).
    std::vector<uint8_t> lines;
};

class CpuMapRenderer {
public:
    // `mesh` must outlive the renderer (it is the document's); `countryCount` countries.
    void SetMesh(const MapMesh& mesh, size_t countryCount);
    void SetProjection(ProjectionKind projection);
    void SetMarkers(std::vector<RasterMarker> markers);
    // The countries the mesh was built from (BuildMapMesh(*countries); must outlive the renderer).
    // When given, every polygon was triangulated and the raster has at least 512x512 pixels,
    // countries are filled by scanline over their rings (the same densified outlines, the same
    // crossings and pixel-centre rule: the pixels of the triangles the GL renderer draws, at a
    // fraction of the rows: a 4K world map's ~95,000 triangles cross ~850,000 rows, its rings
    // ~120,000). Otherwise, or with null, the triangles.
    void SetCountryRings(const CountrySet* countries);
    // Projects the mesh now rather than in the first Render (SetMesh and SetProjection defer it).
    void PrepareProjection() {
        if (!projected_) Project();
    }
    // Great-circle arcs drawn over the map (the bilateral view); empty: none.
    void SetArcs(const std::vector<ArcStroke>& arcs) { arcs_ = arcs; }

    // Draws the map for `view` (viewport size = image size) with one colour per country (missing
    // entries: the style's land colour) into `image`, reusing its buffer. `pixelScale` multiplies
    // line widths and marker sizes as in the GL renderer.
    void Render(const MapView& view, const MapStyle& style, float pixelScale, const std::vector<Rgba8>& colours,
                RgbaImage& image);

    // Render in two steps, for a caller that wants the frame a band of rows at a time (an export
    // that encodes rows as they are coloured, never holding the whole frame): PrepareFrame builds
    // the rasters when needed and the palette for `colours`; ColourRows then writes rows
    // [yBegin, yEnd) as RGBA into `out` (from any threads at once, for disjoint rows). Arcs are
    // not drawn this way (Render draws them over the whole image); HasArcs says when there are some.
    void PrepareFrame(const MapView& view, const MapStyle& style, float pixelScale, const std::vector<Rgba8>& colours);
    void ColourRows(int yBegin, int yEnd, uint8_t* out) const;
    bool HasArcs() const { return !arcs_.empty(); }

    // The rasters of the last Render, and how often they were built (a new camera, size,
    // projection or line width builds them again; a recolour does not).
    const MapRasters& Rasters() const { return rasters_; }
    size_t RasterBuilds() const { return rasterBuilds_; }

private:
    struct Key {
        double centerX, centerY, scale;
        int width, height;
        ProjectionKind projection;
        float borderWidthPx, frameWidthPx, markerRadiusPx, markerMinExtentPx, pixelScale;
        size_t meshVersion;
        bool operator==(const Key&) const = default;
    };
    void Project();
    void ProjectRings();
    template <class Id>
    void ColourRowsOf(const Id* ids, int yBegin, int yEnd, uint8_t* out) const;
    void BuildRasters(const MapView& view, const MapStyle& style, float pixelScale);
    void DrawArcs(const MapView& view, float pixelScale, RgbaImage& image);

    const MapMesh* mesh_ = nullptr;
    size_t countryCount_ = 0;
    size_t meshVersion_ = 0;
    ProjectionKind projection_ = ProjectionKind::EqualEarth;
    bool projected_ = false;
    std::vector<Vec2> points_;        // every position projected once: the mesh's, then the globe's
    std::vector<uint32_t> fillRef_;   // per fill vertex, its point (the mesh's triangles)
    std::vector<uint16_t> fillId_;    // per fill vertex, its country
    std::vector<uint32_t> borderRef_; // per border segment end, its point
    std::vector<raster::PxPoint> screen_;  // points_ on screen, for the rasters being built
    std::vector<uint32_t> outline_;   // the globe outline (closed ring), as points
    const CountrySet* countryRings_ = nullptr;
    // With countryRings_, once a raster wanted them: each country's densified rings as ranges of
    // points_ (first, count); empty before.
    std::vector<std::vector<std::pair<uint32_t, uint32_t>>> ringsOf_;
    std::vector<RasterMarker> markers_;
    std::vector<ArcStroke> arcs_;
    MapRasters rasters_;
    std::optional<Key> key_;
    size_t rasterBuilds_ = 0;
    std::vector<uint8_t> arcCoverage_;  // scratch for arcs (0..255 per pixel)
    // The frame PrepareFrame readied: per id whether hatched, the colour table (id, phase, line code).
    std::vector<uint8_t> hatched_;
    std::vector<Rgba8> colourTable_;
    float framePixelScale_ = 1.0f;
};

}  // namespace engagemap
