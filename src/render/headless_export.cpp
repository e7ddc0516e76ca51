#include "render/headless_export.hpp"

#include <algorithm>
#include <cmath>

#include "render/headless_gl_context.hpp"
#include "render/map_canvas.hpp"

namespace engagemap {

const char* ExportRendererName(ExportRenderer renderer) { return renderer == ExportRenderer::Cpu ? "cpu" : "gl"; }

float ExportPixelScale(int widthPx, int heightPx) {
    const double reference = std::min(widthPx / 1920.0, heightPx / 1080.0);
    return static_cast<float>(std::max(1.0, reference));
}

MapView ExportView(const ExportOptions& options) {
    MapView view;
    view.SetViewport(options.width, options.height);
    const float pixelScale = ExportPixelScale(options.width, options.height);
    view.FitWorld(options.projection, 8.0 * pixelScale);
    if (!options.focus.Empty()) {
        // Fit the projected corners and edge midpoints of the focus box.
        ProjectedBox box{1e300, 1e300, -1e300, -1e300};
        for (int i = 0; i <= 8; ++i)
            for (int j = 0; j <= 8; ++j) {
                const LonLat p{options.focus.minLon + (options.focus.maxLon - options.focus.minLon) * i / 8.0,
                               options.focus.minLat + (options.focus.maxLat - options.focus.minLat) * j / 8.0};
                const Vec2 q = Project(options.projection, p);
                box.minX = std::min(box.minX, q.x);
                box.minY = std::min(box.minY, q.y);
                box.maxX = std::max(box.maxX, q.x);
                box.maxY = std::max(box.maxY, q.y);
            }
        view.FitBox(box, 8.0 * pixelScale);
    }
    return view;
}

bool RenderMapImage(const MapDocument& document, const ExportOptions& options, RgbaImage& image,
                    std::string* error, const ExportOverlay& overlay) {
    if (options.width <= 0 || options.height <= 0 || options.width > 16384 || options.height > 16384) {
        if (error) *error = "image size must be between 1x1 and 16384x16384 pixels";
        return false;
    }
    const LonLatBox& f = options.focus;
    if (!std::isfinite(f.minLon) || !std::isfinite(f.minLat) || !std::isfinite(f.maxLon) || !std::isfinite(f.maxLat)) {
        if (error) *error = "the focus box must be finite lon/lat degrees";
        return false;
    }
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
