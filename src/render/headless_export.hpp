// Headless export: render a MapDocument to an image or PNG file with no window and no display
// (EGL surfaceless). The basis of `engagemap --export` and of the golden-image tests.
#pragma once

#include <functional>
#include <string>

#include "core/document/map_document.hpp"
#include "core/geo/map_view.hpp"
#include "core/geo/projection.hpp"
#include "core/io/png_image.hpp"
#include "core/style/map_style.hpp"

namespace engagemap {

// What draws an export: the CPU rasteriser (src/raster, no GL context needed; the command line's
// default) or OpenGL (EGL surfaceless, the window's renderer).
enum class ExportRenderer { Gl, Cpu };
const char* ExportRendererName(ExportRenderer renderer);  // "gl", "cpu"

struct ExportOptions {
    int width = 1920;    // pixels
    int height = 1080;   // pixels
    ProjectionKind projection = ProjectionKind::EqualEarth;
    MapStyle style;
    // Optional view in lon/lat degrees; when the box is empty the whole world is fitted.
    LonLatBox focus;
    int msaaSamples = 1;  // the map is anti-aliased in its shaders; > 1 multisamples the overlay too
    ExportRenderer renderer = ExportRenderer::Gl;
    // Colours to draw, one per country of the document; empty: the document's own colours.
    std::vector<Rgba8> colours;
};

// Checks what every export renderer requires: a size of 1x1 to 16384x16384 pixels and a finite
// focus box. False + *error ("image size must be …") otherwise.
bool CheckExportOptions(const ExportOptions& options, std::string* error);

// Line widths scale with the image: 1 at 1080 px tall, 2 at 2160 px, never below 1.
float ExportPixelScale(int widthPx, int heightPx);

// The view an export of `options` shows: the whole world, or options.focus when set.
MapView ExportView(const ExportOptions& options);

// Draws on top of the map before the image is read back (the UI layer passes its text
// overlay); receives the view and the pixel scale of the export.
using ExportOverlay = std::function<void(const MapView& view, float pixelScale)>;

// Renders into `image` using the GL context current on this thread (see HeadlessGlContext).
bool RenderMapImage(const MapDocument& document, const ExportOptions& options, RgbaImage& image,
                    std::string* error, const ExportOverlay& overlay = {});

// Creates a headless context, renders and writes a PNG to `path` (any GDAL-writable path).
bool ExportMapPng(const MapDocument& document, const ExportOptions& options, const std::string& path,
                  std::string* error, const ExportOverlay& overlay = {});

}  // namespace engagemap
