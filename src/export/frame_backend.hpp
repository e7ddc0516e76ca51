// What a TimelineFrameRenderer (video_export.hpp) draws with: the map for one frame's colours and
// arcs, then the overlay's ImGui draw data over it. Two implementations, chosen by
// ExportOptions::renderer:
//   - CPU (cpu_frame_backend.cpp): src/raster's ID-raster renderer and the CPU rasteriser of ImGui
//     draw lists; no GL anywhere, so the lean export program (src/app/lean/) links it alone;
//   - GL (gl_frame_backend.cpp): MapCanvas into an offscreen target and imgui_impl_opengl3; needs
//     a current GL context (HeadlessGlContext, or the window's).
// Everything else about a frame (the view, its colours, the overlay's content and placement) is
// the frame renderer's, once for both.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/document/map_document.hpp"
#include "core/filter/bilateral_view.hpp"
#include "core/geo/hit_test.hpp"
#include "core/geo/map_view.hpp"
#include "core/io/png_codec.hpp"
#include "core/io/png_image.hpp"
#include "core/style/map_style.hpp"

struct ImDrawData;

namespace engagemap {

class FrameBackend {
public:
    virtual ~FrameBackend() = default;

    // Takes the (already recentred) document to draw in `projection`; it must outlive the backend.
    // False + *error when the backend cannot start (GL trouble).
    virtual bool SetDocument(const MapDocument& document, ProjectionKind projection, std::string* error) = 0;
    // True when SetDocument may run on another thread than the drawing (the CPU backend, which
    // then projects everything up front; GL's context belongs to the calling thread).
    virtual bool SetsDocumentOnAnyThread() const { return false; }
    // The countries as projected: markers, labels and the legend's placement read them.
    virtual const ProjectedCountries& Projected() = 0;

    // Readies the overlay's renderer for the current ImGui context (its fonts added and built), and
    // undoes that before the context is destroyed. InitOverlay is false when it cannot.
    virtual bool InitOverlay() = 0;
    virtual void ShutdownOverlay() = 0;
    // Called before each ImGui::NewFrame of the overlay.
    virtual void NewOverlayFrame() = 0;
    // The current context's font atlas was rebuilt (new glyphs): GL uploads it again.
    virtual void FontAtlasChanged() = 0;
    // Draws the overlay's draw data (after ImGui::Render) over the map being drawn.
    virtual void RenderOverlay(const ImDrawData& data) = 0;

    // Draws the map in `view` (pixels: its viewport) with one colour per country and `arcs`, then
    // calls `overlay` (which ends in RenderOverlay) when set. The CPU backend draws into *target when
    // given (no copy), else into its own frame; GL draws into its offscreen target. False + *error.
    virtual bool Draw(const MapView& view, const MapStyle& style, float pixelScale, const std::vector<Rgba8>& colours,
                      const std::vector<ArcStroke>& arcs, const std::function<void()>& overlay, RgbaImage* target,
                      std::string* error) = 0;
    // The last frame drawn (top row first).
    virtual RgbaImage ReadPixels() const = 0;

    // Draws a frame as Draw does and encodes it as PNG into *png (core/io/png_codec.hpp). This
    // draws the whole frame, then encodes it; the CPU backend overrides it to colour, overlay and
    // compress a band of rows at a time when the frame has an overlay and no arcs.
    virtual bool DrawPng(const MapView& view, const MapStyle& style, float pixelScale, const std::vector<Rgba8>& colours,
                         const std::vector<ArcStroke>& arcs, const std::function<void()>& overlay, std::string* png,
                         std::string* error) {
        RgbaImage image;
        if (!Draw(view, style, pixelScale, colours, arcs, overlay, &image, error)) return false;
        if (image.pixels.empty()) image = ReadPixels();  // GL draws into its own target
        return EncodePng(image, png, error);
    }
};

// The CPU backend (cpu_frame_backend.cpp).
std::unique_ptr<FrameBackend> MakeCpuFrameBackend();
// The GL backend (gl_frame_backend.cpp); needs a current GL context when drawing. `msaaSamples` > 1
// multisamples its target (ExportOptions::msaaSamples).
std::unique_ptr<FrameBackend> MakeGlFrameBackend(int msaaSamples);

}  // namespace engagemap
