#include "core/geo/map_view.hpp"

#include <algorithm>

namespace engagemap {

void MapView::SetViewport(double widthPx, double heightPx) {
    width_ = std::max(1.0, widthPx);
    height_ = std::max(1.0, heightPx);
}

void MapView::FitBox(const ProjectedBox& box, double marginPx) {
    const double w = std::max(1e-9, box.maxX - box.minX);
    const double h = std::max(1e-9, box.maxY - box.minY);
    const double availW = std::max(1.0, width_ - 2 * marginPx);
    const double availH = std::max(1.0, height_ - 2 * marginPx);
    scale_ = std::min(availW / w, availH / h);
    center_ = {(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2};
}

void MapView::FitWorld(ProjectionKind projection, double marginPx) {
    FitBox(WorldBounds(projection), marginPx);
    fitScale_ = scale_;
}

void MapView::Pan(double dxPx, double dyPx) {
    center_.x -= dxPx / scale_;
    center_.y += dyPx / scale_;
}

void MapView::ZoomAt(double factor, Vec2 anchorPx) {
    const Vec2 before = ScreenToProjected(anchorPx);
    scale_ *= factor;
    ClampScale();
    const Vec2 after = ScreenToProjected(anchorPx);
    center_.x += before.x - after.x;
    center_.y += before.y - after.y;
}

void MapView::SetCenterAndScale(Vec2 center, double scale) {
    center_ = center;
    scale_ = scale;
    ClampScale();
}

void MapView::ClampScale() {
    scale_ = std::clamp(scale_, fitScale_ * kMinZoom, fitScale_ * kMaxZoom);
}

Vec2 MapView::ProjectedToScreen(Vec2 p) const {
    return {width_ / 2 + (p.x - center_.x) * scale_, height_ / 2 - (p.y - center_.y) * scale_};
}

Vec2 MapView::ScreenToProjected(Vec2 s) const {
    return {center_.x + (s.x - width_ / 2) / scale_, center_.y - (s.y - height_ / 2) / scale_};
}

void MapView::NdcTransform(float out[4]) const {
    const double sx = 2.0 * scale_ / width_;
    const double sy = 2.0 * scale_ / height_;
    out[0] = static_cast<float>(sx);
    out[1] = static_cast<float>(sy);
    out[2] = static_cast<float>(-center_.x * sx);
    out[3] = static_cast<float>(-center_.y * sy);
}

}  // namespace engagemap
