#include "render/map_canvas.hpp"

#include <cmath>

namespace engagemap {

bool MapCanvas::Init(std::string* error) { return renderer_.Init(error); }

void MapCanvas::SetDocument(const MapDocument& document) {
    renderer_.SetMesh(document.mesh, document.countries.countries.size());
    renderer_.SetCountryColours(document.colours);
    hits_.SetCountries(&document.countries);
    hasDocument_ = true;
    UpdateMarkers();
}

void MapCanvas::SetProjection(ProjectionKind projection) {
    if (projection == renderer_.Projection() && hits_.Projection() == projection) return;
    renderer_.SetProjection(projection);
    hits_.SetProjection(projection);
    if (hasDocument_) UpdateMarkers();  // without a document there is nothing to upload (nor a need for GL)
}

void MapCanvas::UpdateMarkers() {
    const ProjectedCountries& projected = hits_.Projected();
    std::vector<MapMarker> markers;
    for (int i = 0; i < static_cast<int>(projected.Size()); ++i) {
        if (projected.LargestPolygonExtent(i) <= 0) continue;  // nothing drawn: nothing to mark
        const Vec2 label = projected.Label(i);
        markers.push_back(MapMarker{static_cast<float>(label.x), static_cast<float>(label.y),
                                    static_cast<float>(projected.LargestPolygonExtent(i)), static_cast<uint16_t>(i), 0});
    }
    renderer_.SetMarkers(markers);
}


bool MapCanvas::Render(const MapView& view, const MapStyle& style, float pixelScale, double nowSeconds,
                       int msaaSamples, const std::function<void()>& overlay) {
    const int w = static_cast<int>(std::lround(view.ViewportWidth()));
    const int h = static_cast<int>(std::lround(view.ViewportHeight()));
    if (!target_.Resize(w, h, msaaSamples)) return false;
    // Nothing changed since the last frame (same view, style, colours, no fade running and no
    // overlay to draw): keep the texture. Under software GL this is most of an idle UI frame.
    const UploadStats& stats = renderer_.Stats();
    const LastFrame frame{view.Center().x, view.Center().y, view.Scale(), w, h, style, pixelScale,
                          renderer_.Projection(), stats.colourUploads, stats.geometryUploads, stats.geometryBytes};
    if (!overlay && !renderer_.Fading(nowSeconds) && !renderer_.Dirty() && last_ && *last_ == frame) return true;
    last_ = frame;
    target_.BeginDraw();
    renderer_.Draw(view, style, pixelScale, nowSeconds);
    if (overlay) overlay();
    target_.EndDraw();
    return true;
}

}  // namespace engagemap
