// The GL-free part of headless_export.hpp: renderer names, the options check, the pixel scale and the camera of an
// export. The CPU renderer and the lean program (src/app/lean/) use them without linking GL.
#include <algorithm>
#include <cmath>

#include "render/headless_export.hpp"

namespace engagemap {

const char* ExportRendererName(ExportRenderer renderer) { return renderer == ExportRenderer::Cpu ? "cpu" : "gl"; }

bool CheckExportOptions(const ExportOptions& options, std::string* error) {
    if (options.width <= 0 || options.height <= 0 || options.width > 16384 || options.height > 16384) {
        if (error) *error = "image size must be between 1x1 and 16384x16384 pixels";
        return false;
    }
    const LonLatBox& f = options.focus;
    if (!std::isfinite(f.minLon) || !std::isfinite(f.minLat) || !std::isfinite(f.maxLon) || !std::isfinite(f.maxLat)) {
        if (error) *error = "the focus box must be finite lon/lat degrees";
        return false;
    }
    return true;
}

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

}  // namespace engagemap
