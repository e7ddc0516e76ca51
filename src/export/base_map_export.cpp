#include "export/base_map_export.hpp"

#include <cmath>

#include "core/geo/hit_test.hpp"
#include "raster/cpu_map_renderer.hpp"

namespace engagemap {

bool RenderMapImageCpu(const MapDocument& document, const ExportOptions& options, RgbaImage& image, std::string* error) {
    if (options.width <= 0 || options.height <= 0 || options.width > 16384 || options.height > 16384) {
        if (error) *error = "image size must be between 1x1 and 16384x16384 pixels";
        return false;
    }
    const LonLatBox& f = options.focus;
    if (!std::isfinite(f.minLon) || !std::isfinite(f.minLat) || !std::isfinite(f.maxLon) || !std::isfinite(f.maxLat)) {
        if (error) *error = "the focus box must be finite lon/lat degrees";
        return false;
    }
    HitTester hits;
    hits.SetCountries(&document.countries);
    hits.SetProjection(options.projection);
    CpuMapRenderer renderer;
    renderer.SetMesh(document.mesh, document.countries.countries.size());
    renderer.SetProjection(options.projection);
    renderer.SetMarkers(MarkersFor(hits.Projected()));
    renderer.Render(ExportView(options), options.style, ExportPixelScale(options.width, options.height),
                    options.colours.empty() ? document.colours : options.colours, image);
    return true;
}

bool ExportBaseMapPng(const MapDocument& document, const ExportOptions& options, const std::string& path,
                      std::string* error) {
    if (options.renderer == ExportRenderer::Gl) return ExportMapPng(document, options, path, error);
    RgbaImage image;
    return RenderMapImageCpu(document, options, image, error) && WritePng(path, image, error);
}

}  // namespace engagemap
