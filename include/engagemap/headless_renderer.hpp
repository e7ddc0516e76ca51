// engagemap/headless_renderer.hpp — a view at a date as a picture, with no window and no display:
// RGBA pixels or PNG bytes in memory, SVG bytes, or a PNG/SVG/PDF file. Part of engagemap::ui
// (the overlay — title, date, legend, caption, source line — is drawn with Dear ImGui, as the
// app's exports are; the host's own ImGui context, if any, is left current and untouched).
//
// Raster images use an OpenGL 3.3 context of their own, created through EGL (Mesa surfaceless:
// works with no X server and on GPU drivers) for each render and destroyed afterwards. That leaves
// no GL context current on the calling thread: a host that also draws a window makes its own
// context current again afterwards (glfwMakeContextCurrent). SVG and PDF need no GL at all.
//
//     engagemap::embed::HeadlessRenderer renderer;
//     std::vector<std::uint8_t> png;
//     if (!renderer.RenderPng(data, view, *engagemap::embed::Date::FromIso("2012-06-30"), {}, &png, &error)) ...
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engagemap/common.hpp"

namespace engagemap::embed {

class MapData;
class View;

// An RGBA8 image: top row first, 4 bytes per pixel (R, G, B, A), width * height * 4 bytes.
struct Image {
    int width = 0;   // pixels
    int height = 0;  // pixels
    std::vector<std::uint8_t> rgba;
};

// How a picture is made.
struct RenderOptions {
    int width = 1920;        // pixels, 16..16384
    int height = 1080;       // pixels, 16..16384; text and lines scale with it (1 at 1080)
    bool overlay = true;     // title, large date, legend, milestone caption, source line
    std::string title;       // replaces the generated title when not empty
    std::string caption;     // replaces the milestone caption when not empty
    int msaaSamples = 4;     // antialiasing of the map (raster only)
};

class HeadlessRenderer {
public:
    // Cheap: no context is created until a raster render.
    HeadlessRenderer() = default;

    // `view` of `data` at `date` (clamped to the view's instrument timeline) as RGBA pixels.
    // False + *error: the view cannot be shown with `data` (unknown instrument...), invalid size,
    // or no OpenGL 3.3 through EGL.
    bool RenderRgba(const MapData& data, const View& view, const Date& date, const RenderOptions& options,
                    Image* out, std::string* error) const;
    // The same as PNG file bytes.
    bool RenderPng(const MapData& data, const View& view, const Date& date, const RenderOptions& options,
                   std::vector<std::uint8_t>* png, std::string* error) const;
    // The same as an SVG document (UTF-8 text; vector paths of the countries, text as outlines).
    bool RenderSvg(const MapData& data, const View& view, const Date& date, const RenderOptions& options,
                   std::string* svg, std::string* error) const;
    // Writes a .png, .svg or .pdf file (chosen by the extension of `path`, any case) atomically:
    // a temporary file renamed over `path` once complete; on failure `path` is left as it was.
    bool WriteFile(const std::string& path, const MapData& data, const View& view, const Date& date,
                   const RenderOptions& options, std::string* error) const;
};

// PNG file bytes of `image`; false + *error when it is not a valid image.
bool EncodePng(const Image& image, std::vector<std::uint8_t>* png, std::string* error);
// Writes `image` as a PNG file atomically (as HeadlessRenderer::WriteFile does).
bool WritePngFile(const std::string& path, const Image& image, std::string* error);

}  // namespace engagemap::embed
