#include "ui/map_widget.hpp"

#include <imgui.h>

#include <cmath>

namespace engagemap {

bool MapWidget::Init(std::string* error) { return canvas_.Init(error); }

void MapWidget::SetDocument(const MapDocument* document) {
    document_ = document;
    if (document_) canvas_.SetDocument(*document_);
}

void MapWidget::ColoursChanged() {
    if (document_) canvas_.UpdateColours(*document_);
}

void MapWidget::FadeToColours(double fadeSeconds) {
    if (document_) canvas_.FadeColours(*document_, now_, fadeSeconds);
}

void MapWidget::SetProjection(ProjectionKind projection) {
    if (projection == projection_) return;
    projection_ = projection;
    canvas_.SetProjection(projection);
    fitPending_ = true;
}

void MapWidget::Draw(const char* id, float widthPx, float heightPx, float framebufferScale, float contentScale) {
    ImGui::PushID(id);
    ImVec2 avail = ImGui::GetContentRegionAvail();
    ImVec2 size(widthPx > 0 ? widthPx : avail.x, heightPx > 0 ? heightPx : avail.y);
    size.x = std::max(size.x, 16.0f);
    size.y = std::max(size.y, 16.0f);

    // The view works in physical pixels so the export and the screen share one scale.
    const double physW = std::round(size.x * framebufferScale);
    const double physH = std::round(size.y * framebufferScale);
    if (physW != view_.ViewportWidth() || physH != view_.ViewportHeight()) {
        const Vec2 centre = view_.Center();
        const double scale = view_.Scale();
        view_.SetViewport(physW, physH);
        if (!fitPending_) {
            view_.FitWorld(projection_, 8.0 * contentScale);  // refresh zoom limits
            view_.SetCenterAndScale(centre, scale);
        }
    }
    if (fitPending_) {
        view_.FitWorld(projection_, 8.0 * contentScale);
        fitPending_ = false;
    }

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    if (document_ && canvas_.Render(view_, style_, contentScale, now_)) {
        // The texture's first row is the bottom one (GL convention): flip v.
        ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(canvas_.Target().Texture())), size,
                     ImVec2(0, 1), ImVec2(1, 0));
    } else {
        ImGui::Dummy(size);
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton("map", size, ImGuiButtonFlags_MouseButtonLeft);
    HandleInput(framebufferScale);
    ImGui::PopID();
}

void MapWidget::HandleInput(float framebufferScale) {
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 itemMin = ImGui::GetItemRectMin();
    hovered_ = -1;
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f)) {
        view_.Pan(io.MouseDelta.x * framebufferScale, io.MouseDelta.y * framebufferScale);
    }
    if (!ImGui::IsItemHovered()) return;
    const Vec2 mouse{(io.MousePos.x - itemMin.x) * framebufferScale, (io.MousePos.y - itemMin.y) * framebufferScale};
    if (io.MouseWheel != 0.0f) view_.ZoomAt(std::pow(1.2, io.MouseWheel), mouse);
    if (!io.WantTextInput) {
        // Typed characters rather than key codes: ImGui 1.86's key codes are the platform's.
        const Vec2 centre{view_.ViewportWidth() / 2, view_.ViewportHeight() / 2};
        const double step = 0.1 * std::min(view_.ViewportWidth(), view_.ViewportHeight());
        for (ImWchar c : io.InputQueueCharacters) {
            switch (c) {
                case '+': case '=': view_.ZoomAt(1.25, centre); break;
                case '-': case '_': view_.ZoomAt(0.8, centre); break;
                case 'a': case 'A': view_.Pan(step, 0); break;
                case 'd': case 'D': view_.Pan(-step, 0); break;
                case 'w': case 'W': view_.Pan(0, step); break;
                case 's': case 'S': view_.Pan(0, -step); break;
                case '0': case 'f': case 'F': fitPending_ = true; break;
                default: break;
            }
        }
    }
    if (!document_) return;
    // Nearest label point within 24 logical pixels: good enough until polygon hit-testing.
    double best = 24.0 * framebufferScale;
    best *= best;
    const auto& countries = document_->countries.countries;
    for (size_t i = 0; i < countries.size(); ++i) {
        const Vec2 s = view_.ProjectedToScreen(Project(projection_, countries[i].label));
        const double d = (s.x - mouse.x) * (s.x - mouse.x) + (s.y - mouse.y) * (s.y - mouse.y);
        if (d < best) {
            best = d;
            hovered_ = static_cast<int>(i);
        }
    }
}

}  // namespace engagemap
