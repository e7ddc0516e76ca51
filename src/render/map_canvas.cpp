#include "render/map_canvas.hpp"

#include <cmath>

namespace engagemap {

bool MapCanvas::Init(std::string* error) { return renderer_.Init(error); }

void MapCanvas::SetDocument(const MapDocument& document) {
    renderer_.SetMesh(document.mesh, document.countries.countries.size());
    renderer_.SetCountryColours(document.colours);
}

void MapCanvas::UpdateColours(const MapDocument& document) { renderer_.SetCountryColours(document.colours); }

bool MapCanvas::Render(const MapView& view, const MapStyle& style, float pixelScale, double nowSeconds,
                       int msaaSamples, const std::function<void()>& overlay) {
    const int w = static_cast<int>(std::lround(view.ViewportWidth()));
    const int h = static_cast<int>(std::lround(view.ViewportHeight()));
    if (!target_.Resize(w, h, msaaSamples)) return false;
    target_.BeginDraw();
    renderer_.Draw(view, style, pixelScale, nowSeconds);
    if (overlay) overlay();
    target_.EndDraw();
    return true;
}

}  // namespace engagemap
