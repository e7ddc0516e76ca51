// The base-map export (no dataset view: the document's own colours, e.g. regions), drawn by the
// renderer ExportOptions::renderer names: the CPU rasteriser (no GL context) or GL (EGL).
#pragma once

#include <string>

#include "core/document/map_document.hpp"
#include "core/io/png_image.hpp"
#include "render/headless_export.hpp"

namespace engagemap {

// Draws `document` as `options` asks (size, projection, style, focus, colours) on the CPU.
// False + *error for a bad size or focus box.
bool RenderMapImageCpu(const MapDocument& document, const ExportOptions& options, RgbaImage& image, std::string* error);

// Renders with options.renderer (GL: its own headless context) and writes the PNG atomically.
bool ExportBaseMapPng(const MapDocument& document, const ExportOptions& options, const std::string& path,
                      std::string* error);

}  // namespace engagemap
