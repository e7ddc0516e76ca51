// MapWidget: the map as a Dear ImGui widget. Drop it into any ImGui app (GL 3.3 context
// current, ImGui OpenGL3 backend): it renders the document through a MapCanvas into a texture,
// shows it with ImGui::Image and handles pan/zoom input while hovered. No globals.
//
// Input: drag with the left mouse button to pan, mouse wheel to zoom at the pointer,
// + / - to zoom, W/A/S/D to pan, 0 or F to fit the world. Hover and click report the country
// under the pointer (small countries through their markers).
#pragma once

#include <string>

#include "core/document/map_document.hpp"
#include "core/geo/map_view.hpp"
#include "core/style/map_style.hpp"
#include "render/map_canvas.hpp"

namespace engagemap {

class MapWidget {
public:
    // Needs the GL context current. Returns false with a message on shader errors.
    bool Init(std::string* error);

    // Switches to a new document (e.g. another geodata scale); keeps the view.
    void SetDocument(const MapDocument* document);
    // Shows `colours` (one per country of the document) at once.
    void ShowColours(const std::vector<Rgba8>& colours);
    // Same, but changed countries fade to their new colour over `fadeSeconds`.
    void FadeToColours(const std::vector<Rgba8>& colours, double fadeSeconds);
    // Shows these arcs over the map (the bilateral view); empty: none.
    void ShowArcs(const std::vector<ArcStroke>& arcs);
    // Seconds on a monotonic clock, for fades (e.g. ImGui::GetTime()).
    void SetClock(double nowSeconds) { now_ = nowSeconds; }
    // True while some country is still fading at `nowSeconds` (the window keeps drawing frames).
    bool FadingAt(double nowSeconds) const { return document_ && canvas_.Renderer().Fading(nowSeconds); }

    void SetProjection(ProjectionKind projection);
    ProjectionKind Projection() const { return projection_; }
    void FitWorld() { fitPending_ = true; }

    MapStyle& Style() { return style_; }
    const MapStyle& Style() const { return style_; }
    MapView& View() { return view_; }
    const MapView& View() const { return view_; }

    // Draws the widget filling `sizePx` (logical pixels; <= 0 means the rest of the window).
    // `framebufferScale` is ImGui's DisplayFramebufferScale (physical pixels per logical).
    void Draw(const char* id, float widthPx, float heightPx, float framebufferScale, float contentScale);

    // The country under the pointer (polygons, markers of small countries, or the nearest
    // label within a few pixels), or -1; and the one clicked this frame (a click, not a drag).
    int HoveredCountry() const { return hovered_; }
    // The projected countries of the current projection (for the overlay's land mask).
    const ProjectedCountries& Projected() { return canvas_.Hits().Projected(); }
    int ClickedCountry() const { return clicked_; }

    // Moves the view to show `country` (fits its polygons with a margin), e.g. after a search.
    void FlyTo(int country);
    // Fits the view to a projected box (e.g. the region filter's area).
    void FitBox(const ProjectedBox& box);
    // Replaces the view (a storyboard camera); its viewport should be the widget's.
    void SetView(const MapView& view) {
        view_ = view;
        fitPending_ = false;
    }

private:
    void HandleInput(float framebufferScale);

    const MapDocument* document_ = nullptr;
    MapCanvas canvas_;
    MapView view_;
    MapStyle style_;
    ProjectionKind projection_ = ProjectionKind::EqualEarth;
    bool fitPending_ = true;
    int hovered_ = -1;
    int clicked_ = -1;
    float pixelScale_ = 1.0f;
    double now_ = 0;
};

}  // namespace engagemap
