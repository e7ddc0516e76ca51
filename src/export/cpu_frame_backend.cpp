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
        map_.SetProjection(projection);
        map_.SetMarkers(MarkersFor(hits_.Projected()));
        map_.Prepare();
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
        if (drawing_) RasteriseDrawData(data, *drawing_);
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

private:
    CpuMapRenderer map_;
    HitTester hits_;         // the projected countries (markers, labels, legend placement)
    RgbaImage frame_;        // the last frame drawn without a target (ReadPixels)
    RgbaImage* drawing_ = nullptr;  // the image being drawn, during Draw
};

}  // namespace

std::unique_ptr<FrameBackend> MakeCpuFrameBackend() { return std::make_unique<CpuFrameBackend>(); }

}  // namespace engagemap
