// FrameBackend on the CPU: CpuMapRenderer (ID and border-coverage rasters per camera, a palette
// lookup per frame) and the ImGui draw lists rasterised by export/cpu_overlay. No GL.
#include "export/frame_backend.hpp"

#include <imgui.h>

#include "export/cpu_overlay.hpp"
#include "raster/cpu_map_renderer.hpp"

namespace engagemap {
namespace {

class CpuFrameBackend final : public FrameBackend {
public:
    bool SetDocument(const MapDocument& document, ProjectionKind projection, std::string*) override {
        hits_.SetCountries(&document.countries);
        hits_.SetProjection(projection);
        map_.SetMesh(document.mesh, document.countries.countries.size());
        map_.SetCountryRings(&document.countries);
        map_.SetProjection(projection);
        map_.SetMarkers(MarkersFor(hits_.Projected()));
        map_.PrepareProjection();
        return true;
    }
    bool SetsDocumentOnAnyThread() const override { return true; }
    const ProjectedCountries& Projected() override { return hits_.Projected(); }

    bool InitOverlay() override {
        PrepareCpuOverlay(ImGui::GetIO());
        return true;
    }
    void ShutdownOverlay() override {}
    void NewOverlayFrame() override {}
    void FontAtlasChanged() override {}  // the rasteriser reads the atlas's pixels each frame
    void RenderOverlay(const ImDrawData& data) override {
        if (capturing_)
            captured_.Capture(data);
        else if (drawing_)
            RasteriseDrawData(data, *drawing_);
    }

    bool Draw(const MapView& view, const MapStyle& style, float pixelScale, const std::vector<Rgba8>& colours,
              const std::vector<ArcStroke>& arcs, const std::function<void()>& overlay, RgbaImage* target,
              std::string*) override {
        drawing_ = target ? target : &frame_;
        map_.SetArcs(arcs);
        map_.Render(view, style, pixelScale, colours, *drawing_);
        if (overlay) overlay();
        drawing_ = nullptr;
        return true;
    }
    RgbaImage ReadPixels() const override { return frame_; }

    // With an overlay (text: more than a palette's 256 colours) and no arcs (drawn over the whole
    // frame), the frame is never held: each band of rows is coloured from the rasters, the
    // overlay drawn over it and the band compressed, on the encoder's threads. A 4K frame's 33 MB
    // of fresh pages and a pass over them were ~10-20 % of an export.
    bool DrawPng(const MapView& view, const MapStyle& style, float pixelScale, const std::vector<Rgba8>& colours,
                 const std::vector<ArcStroke>& arcs, const std::function<void()>& overlay, std::string* png,
                 std::string* error) override {
        if (!overlay || !arcs.empty())
            return FrameBackend::DrawPng(view, style, pixelScale, colours, arcs, overlay, png, error);
        map_.SetArcs(arcs);
        map_.PrepareFrame(view, style, pixelScale, colours);
        capturing_ = true;
        overlay();
        capturing_ = false;
        const MapRasters& r = map_.Rasters();
        return EncodeTruecolourPng(
            r.width, r.height, false,
            [&](int y0, int n, uint8_t* out) {
                map_.ColourRows(y0, y0 + n, out);
                captured_.Draw(raster::RgbaRows{out, r.width, y0, y0 + n});
            },
            png, error);
    }

private:
    CpuMapRenderer map_;
    HitTester hits_;         // the projected countries (markers, labels, legend placement)
    RgbaImage frame_;        // the last frame drawn without a target (ReadPixels)
    RgbaImage* drawing_ = nullptr;  // the image being drawn, during Draw
    bool capturing_ = false;        // during DrawPng: RenderOverlay keeps the overlay for the bands
    CpuOverlay captured_;
};

}  // namespace

std::unique_ptr<FrameBackend> MakeCpuFrameBackend() { return std::make_unique<CpuFrameBackend>(); }

}  // namespace engagemap
