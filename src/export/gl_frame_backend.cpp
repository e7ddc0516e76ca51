// FrameBackend on GL: MapCanvas into its offscreen target, the overlay through imgui_impl_opengl3
// into the same framebuffer. Needs a current GL context (HeadlessGlContext or the window's).
#include "export/frame_backend.hpp"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include "render/map_canvas.hpp"

namespace engagemap {
namespace {

class GlFrameBackend final : public FrameBackend {
public:
    explicit GlFrameBackend(int msaaSamples) : msaaSamples_(msaaSamples) {}

    bool SetDocument(const MapDocument& document, ProjectionKind projection, std::string* error) override {
        if (!canvas_.Init(error)) return false;
        canvas_.SetDocument(document);
        canvas_.SetProjection(projection);
        return true;
    }
    const ProjectedCountries& Projected() override { return canvas_.Hits().Projected(); }

    bool InitOverlay() override {
#ifdef __EMSCRIPTEN__
        overlayReady_ = ImGui_ImplOpenGL3_Init("#version 300 es");  // WebGL 2 (web/)
#else
        overlayReady_ = ImGui_ImplOpenGL3_Init("#version 330 core");
#endif
        return overlayReady_;
    }
    void ShutdownOverlay() override {
        if (overlayReady_) ImGui_ImplOpenGL3_Shutdown();
        overlayReady_ = false;
    }
    void NewOverlayFrame() override { ImGui_ImplOpenGL3_NewFrame(); }
    void FontAtlasChanged() override {
        if (overlayReady_) ImGui_ImplOpenGL3_DestroyDeviceObjects();  // recreated, with the new atlas, by NewFrame
    }
    void RenderOverlay(const ImDrawData& data) override {
        ImGui_ImplOpenGL3_RenderDrawData(const_cast<ImDrawData*>(&data));
    }

    bool Draw(const MapView& view, const MapStyle& style, float pixelScale, const std::vector<Rgba8>& colours,
              const std::vector<ArcStroke>& arcs, const std::function<void()>& overlay, RgbaImage*,
              std::string* error) override {
        canvas_.UpdateColours(colours);
        canvas_.SetArcs(arcs);
        if (!canvas_.Render(view, style, pixelScale, 0.0, msaaSamples_, overlay)) {
            if (error) {
                *error = "cannot create a ";
                error->append(std::to_string(static_cast<int>(view.ViewportWidth())))
                    .append("x")
                    .append(std::to_string(static_cast<int>(view.ViewportHeight())));
                error->append(" framebuffer");
            }
            return false;
        }
        return true;
    }
    RgbaImage ReadPixels() const override { return canvas_.Target().ReadPixels(); }

private:
    int msaaSamples_ = 1;
    MapCanvas canvas_;
    bool overlayReady_ = false;
};

}  // namespace

std::unique_ptr<FrameBackend> MakeGlFrameBackend(int msaaSamples) { return std::make_unique<GlFrameBackend>(msaaSamples); }

}  // namespace engagemap
