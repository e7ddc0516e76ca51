// Cairo painters: the map and the overlay drawn as vectors into any cairo context (the SVG and
// PDF exports, vector_export.hpp). The map is the projected country geometry — the same polygons,
// colours (hatching for uncertain dates), borders, globe outline and small-country markers as the
// GL renderer (render/map_renderer.cpp) — and the overlay is core's OverlayScene, so the layout is
// the one the PNG export uses. Units: output pixels (1 cairo unit = 1 pixel; a PDF page is as
// many points as the PNG has pixels).
#pragma once

#include <cairo.h>

#include "core/filter/bilateral_view.hpp"

#include <vector>

#include "core/document/map_document.hpp"
#include "core/geo/map_view.hpp"
#include "core/geo/projection.hpp"
#include "core/style/map_style.hpp"
#include "core/style/overlay_scene.hpp"

namespace engagemap {

// Draws the map: background, the globe (ocean) and its outline, every country filled with
// `colours` (CountrySet order; alpha below 192 = status known, date uncertain: hatched as on
// screen), the borders of document.mesh, and a disc for each country too small to see. `pixelScale`
// multiplies line widths and marker sizes as ExportPixelScale does for the PNG.
void PaintMapCairo(cairo_t* cr, const MapDocument& document, const std::vector<Rgba8>& colours, const MapView& view,
                   ProjectionKind projection, const MapStyle& style, float pixelScale);

// Draws a bilateral view's strokes (ViewStrokes: group outlines, then hub-partner arcs) over the
// map, as the GL arc shader does: `widthPx` and the 7 px dash / 5 px gap of suspended arcs scaled
// by `pixelScale`, each piece projected and placed in `view`.
void PaintArcsCairo(cairo_t* cr, const std::vector<ArcStroke>& strokes, const MapView& view, ProjectionKind projection,
                    float pixelScale);

// Draws every primitive of `scene` in order (rects, lines, text runs with halos, swatches); text in
// DejaVu Sans / Sans Bold through fontconfig, sized so that ascent + descent is the run's size. With
// `layoutMeasure` (the measure the scene was laid out with, e.g. the PNG's ImGui fonts), each text
// run is stretched horizontally to exactly the width the layout gave it (cairo's unhinted advances
// differ from a hinting rasteriser's by about 1 %), so every run starts and ends where the PNG's does.
void PaintOverlaySceneCairo(cairo_t* cr, const OverlayScene& scene, const TextMeasure& layoutMeasure = {});

}  // namespace engagemap
