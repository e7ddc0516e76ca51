#include "ui/map_widget.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace engagemap {

bool MapWidget::Init(std::string* error) { return canvas_.Init(error); }

void MapWidget::SetDocument(const MapDocument* document) {
    document_ = document;
    if (document_) canvas_.SetDocument(*document_);
}

void MapWidget::ShowColours(const std::vector<Rgba8>& colours) {
    if (document_) canvas_.UpdateColours(colours);
}

void MapWidget::FadeToColours(const std::vector<Rgba8>& colours, double fadeSeconds) {
    if (document_) canvas_.FadeColours(colours, now_, fadeSeconds);
}

void MapWidget::ShowArcs(const std::vector<ArcStroke>& arcs) {
    if (document_) canvas_.SetArcs(arcs);
}

void MapWidget::FlyTo(int country) {
    if (!document_ || country < 0 || country >= static_cast<int>(document_->countries.countries.size())) return;
    ProjectedBox box = canvas_.Hits().Projected().CountryBox(country);
    if (box.minX > box.maxX) return;
    // At least a few degrees across, so a microstate is shown with its surroundings.
    const double minSize = 0.15;
    const double cx = (box.minX + box.maxX) / 2, cy = (box.minY + box.maxY) / 2;
    const double halfW = std::max(minSize, box.maxX - box.minX) * 0.75, halfH = std::max(minSize, box.maxY - box.minY) * 0.75;
    FitBox(ProjectedBox{cx - halfW, cy - halfH, cx + halfW, cy + halfH});
}

void MapWidget::FitBox(const ProjectedBox& box) {
    fitPending_ = false;
    view_.FitWorld(projection_, 8.0 * pixelScale_);  // keeps the zoom limits right
    view_.FitBox(box, 8.0 * pixelScale_);
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

    pixelScale_ = contentScale;
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
    clicked_ = -1;
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
    // Marker sizes scale like the renderer's (style sizes x pixel scale).
    HitOptions options;
    options.smallExtentPx = style_.markerMinExtentPx * pixelScale_;
    options.markerRadiusPx = (style_.markerRadiusPx + 2.5) * pixelScale_;
    options.labelRadiusPx = 10.0 * pixelScale_;
    // The ID raster of the frame just drawn answers for polygons and marker discs (one pixel read);
    // over the ocean, or when this frame's input moved the view, the projected geometry answers
    // (it also finds a small country's label within a few pixels).
    const int underPointer = canvas_.CountryAtPixel(view_, mouse.x, mouse.y);
    hovered_ = underPointer >= 0 ? underPointer : canvas_.Hits().CountryAt(view_, mouse, options);
    const float threshold = io.MouseDragThreshold;
    if (ImGui::IsItemDeactivated() && io.MouseDragMaxDistanceSqr[0] < threshold * threshold) clicked_ = hovered_;
}

}  // namespace engagemap
