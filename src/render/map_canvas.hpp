// MapCanvas: renders a MapDocument into an offscreen image of any size. The window's map
// widget and the headless export both draw through this one class.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "core/document/map_document.hpp"
#include "core/geo/hit_test.hpp"
#include "core/geo/map_view.hpp"
#include "core/style/map_style.hpp"
#include "render/map_renderer.hpp"
#include "render/offscreen_target.hpp"

namespace engagemap {

class MapCanvas {
public:
    // Needs a current GL 3.3 context. Returns false with a message on shader errors.
    bool Init(std::string* error);

    // Hands a (new) document's mesh and colours to the GPU. The document must outlive the
    // canvas or be replaced (the hit tester refers to its countries).
    void SetDocument(const MapDocument& document);
    // Shows `colours` (one per country of the document) at once: only the colour tables change.
    void UpdateColours(const std::vector<Rgba8>& colours) { renderer_.SetCountryColours(colours); }
    void UpdateColours(const MapDocument& document) { UpdateColours(document.colours); }
    // Fades changed countries to `colours` over `fadeSeconds` from `nowSeconds`.
    void FadeColours(const std::vector<Rgba8>& colours, double nowSeconds, double fadeSeconds) {
        renderer_.FadeCountryColours(colours, nowSeconds, fadeSeconds);
    }
    void SetProjection(ProjectionKind projection);
    // Draws these arcs over the map (the bilateral view); an empty list draws none.
    void SetArcs(const std::vector<ArcStroke>& arcs) { renderer_.SetArcs(arcs); }

    // Which country is under a screen point: the same projected geometry that places the
    // markers, so every marker drawn is hoverable.
    HitTester& Hits() { return hits_; }

    // Draws into the offscreen target sized to `view`'s viewport (pixels). `pixelScale`
    // multiplies line widths. The result is in Target().Texture() / Target().ReadPixels().
    // `nowSeconds` drives colour fades (same clock as FadeColours). `overlay`, if set, draws on
    // top of the map into the same framebuffer (the export uses it for the date, legend and
    // captions). The map is anti-aliased in its shaders; `msaaSamples` > 1 multisamples the target
    // (only the overlay can gain from it).
    bool Render(const MapView& view, const MapStyle& style, float pixelScale, double nowSeconds = 0.0,
                int msaaSamples = 1, const std::function<void()>& overlay = {});

    // The country at pixel (x, y) (top row 0) of the last Render of this same view, read from
    // the renderer's ID raster: an index, -1 (ocean, background), or MapRenderer::kNoRaster when
    // the raster shows another view.
    int CountryAtPixel(const MapView& view, double x, double y) const { return renderer_.CountryAtPixel(view, x, y); }

    // Forgets the last frame so the next Render draws even if nothing changed (benchmarks).
    void Invalidate() { last_.reset(); }

    const OffscreenTarget& Target() const { return target_; }
    const MapRenderer& Renderer() const { return renderer_; }

private:
    // What the last Render drew, to skip redrawing an unchanged map.
    struct LastFrame {
        double centerX, centerY, scale;
        int width, height;
        MapStyle style;
        float pixelScale;
        ProjectionKind projection;
        size_t colourUploads, geometryUploads, geometryBytes;
        bool operator==(const LastFrame&) const = default;
    };
    std::optional<LastFrame> last_;
    void UpdateMarkers();
    MapRenderer renderer_;
    OffscreenTarget target_;
    HitTester hits_;
    bool hasDocument_ = false;  // SetDocument was called (GL buffers hold a mesh)
};

}  // namespace engagemap
