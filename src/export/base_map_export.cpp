#include "export/base_map_export.hpp"

#include <cmath>

#include "core/geo/hit_test.hpp"
#include "raster/cpu_map_renderer.hpp"

namespace engagemap {

bool RenderMapImageCpu(const MapDocument& document, const ExportOptions& options, RgbaImage& image, std::string* error) {
    if (!CheckExportOptions(options, error)) return false;
    HitTester hits;
    hits.SetCountries(&document.countries);
    hits.SetProjection(options.projection);
    CpuMapRenderer renderer;
    renderer.SetMesh(document.mesh, document.countries.countries.size());
    renderer.SetCountryRings(&document.countries);
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
