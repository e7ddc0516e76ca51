// Benchmarks of the base map: geodata load + triangulation per scale, headless frame rate,
// and what a recolour uploads (bytes) compared with the geometry.
#include <cstdio>
#include <memory>
#include <string>

#include "bench_harness.hpp"
#include "core/document/map_document.hpp"
#include "core/geo/triangulate.hpp"
#include "render/headless_gl_context.hpp"
#include "render/map_canvas.hpp"

#include <glad/gl.h>

namespace engagemap::bench {
namespace {

std::string Bundled() { return std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg"; }

std::unique_ptr<MapDocument> LoadScale(const std::string& scale) {
    GeodataOptions options;
    options.path = Bundled();
    options.layer = LayerForScale(scale);
    std::vector<LoadError> errors;
    auto doc = LoadMapDocument(options, &errors);
    if (!doc) std::fprintf(stderr, "cannot load %s: %s\n", scale.c_str(), errors.empty() ? "?" : errors[0].ToString().c_str());
    return doc;
}

const bool kLoad = Register("geodata", [](Reporter& r) {
    for (const char* scale : {"110m", "50m", "10m"}) {
        std::unique_ptr<MapDocument> doc;
        // Median of 3 (1 for 10m, which takes about a second).
        const double ms = MedianMs(std::string(scale) == "10m" ? 1 : 3, [&] { doc = LoadScale(scale); });
        if (!doc) continue;
        char note[160];
        std::snprintf(note, sizeof note, "%zu countries, %zu vertices, %zu triangles, %zu border segments",
                      doc->countries.countries.size(), doc->countries.VertexCount(), doc->mesh.TriangleCount(),
                      doc->mesh.SegmentCount());
        r.Add({std::string("geodata load + triangulate 1:") + scale, ms, "ms", note});
    }
});

const bool kFrames = Register("render", [](Reporter& r) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    if (!context) {
        std::fprintf(stderr, "no headless GL: %s\n", error.c_str());
        return;
    }
    const std::string renderer = context->Renderer();
    for (const char* scale : {"110m", "50m"}) {
        auto doc = LoadScale(scale);
        if (!doc) continue;
        MapCanvas canvas;
        if (!canvas.Init(&error)) return;
        canvas.SetDocument(*doc);
        for (auto [w, h] : {std::pair{1920, 1080}, std::pair{3840, 2160}}) {
            MapView view;
            view.SetViewport(w, h);
            view.FitWorld(ProjectionKind::EqualEarth);
            MapStyle style;
            canvas.Render(view, style, h / 1080.0f);  // warm-up: first upload + allocation
            glFinish();
            const int frames = 20;
            const double ms = TimeMs([&] {
                for (int i = 0; i < frames; ++i) {
                    canvas.Invalidate();  // measure the draw, not the unchanged-frame shortcut
                    canvas.Render(view, style, h / 1080.0f);
                }
                glFinish();
            });
            char name[96];
            // Same view each frame: the ID raster is kept, so this is the palette pass (see bench_window.cpp
            // for frames that redraw the geometry).
            std::snprintf(name, sizeof name, "headless frame 1:%s %dx%d (palette pass)", scale, w, h);
            char note[160];
            std::snprintf(note, sizeof note, "%.1f fps; %s", 1000.0 * frames / ms, renderer.c_str());
            r.Add({name, ms / frames, "ms", note});
        }

        // Recolour: upload of the colour table only.
        MapView view;
        view.SetViewport(1920, 1080);
        view.FitWorld(ProjectionKind::EqualEarth);
        const UploadStats before = canvas.Renderer().Stats();
        for (auto& c : doc->colours) c.r ^= 0x20;
        canvas.UpdateColours(*doc);
        canvas.Render(view, MapStyle{}, 1.0f);
        const UploadStats after = canvas.Renderer().Stats();
        char note[160];
        std::snprintf(note, sizeof note, "geometry bytes uploaded by the recolour: %zu (geometry itself: %zu bytes)",
                      after.geometryBytes - before.geometryBytes, before.geometryBytes);
        r.Add({std::string("bytes uploaded per recolour 1:") + scale, static_cast<double>(after.colourBytes), "bytes",
               note});
    }
});

}  // namespace
}  // namespace engagemap::bench
