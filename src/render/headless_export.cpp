#include "render/headless_export.hpp"

#include <algorithm>
#include <cmath>

#include "render/headless_gl_context.hpp"
#include "render/map_canvas.hpp"

namespace engagemap {

bool RenderMapImage(const MapDocument& document, const ExportOptions& options, RgbaImage& image,
                    std::string* error, const ExportOverlay& overlay) {
    if (!CheckExportOptions(options, error)) return false;
    MapCanvas canvas;
    if (!canvas.Init(error)) return false;
    canvas.SetDocument(document);
    if (!options.colours.empty()) canvas.UpdateColours(options.colours);
    canvas.SetProjection(options.projection);

    const MapView view = ExportView(options);
    const float pixelScale = ExportPixelScale(options.width, options.height);
    std::function<void()> drawOverlay;
    if (overlay) drawOverlay = [&] { overlay(view, pixelScale); };
    if (!canvas.Render(view, options.style, pixelScale, 0.0, options.msaaSamples, drawOverlay)) {
        if (error) *error = "cannot create a " + std::to_string(options.width) + "x" +
                            std::to_string(options.height) + " framebuffer";
        return false;
    }
    image = canvas.Target().ReadPixels();
    return true;
}

bool ExportMapPng(const MapDocument& document, const ExportOptions& options, const std::string& path,
                  std::string* error, const ExportOverlay& overlay) {
    auto context = HeadlessGlContext::Create(error);
    if (!context) return false;
    RgbaImage image;
    if (!RenderMapImage(document, options, image, error, overlay)) return false;
    return WritePng(path, image, error);
}

}  // namespace engagemap
