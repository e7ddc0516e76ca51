#include "ui/presentation_chrome.hpp"

#include <imgui.h>

#include <algorithm>

namespace engagemap {
namespace {

ImU32 Col(Rgba8 c) { return IM_COL32(c.r, c.g, c.b, c.a); }

}  // namespace

void DrawSlideProgress(ImDrawList* list, ScreenRect r, const SlideDeck& deck, Theme theme, const AppFonts& fonts,
                       float scale) {
    if (deck.Empty()) return;
    const OverlayInk ink = OverlayInkFor(theme);
    const float pad = 16 * scale;
    // Dots, bottom centre: as many as fit in half the width (a long deck shrinks them).
    const float maxWidth = 0.5f * (r.x1 - r.x0);
    const float step = std::min(18 * scale, maxWidth / static_cast<float>(deck.Count()));
    const float radius = std::max(1.5f, step * 0.3f);
    const float total = step * static_cast<float>(deck.Count());
    const float cx = (r.x0 + r.x1) / 2 - total / 2 + step / 2;
    const float cy = r.y1 - 2.5f * pad - radius;  // above the source line
    for (std::size_t i = 0; i < deck.Count(); ++i) {
        const ImVec2 c(cx + step * static_cast<float>(i), cy);
        if (i == deck.Current()) list->AddCircleFilled(c, radius * 1.3f, Col(ink.text));
        else list->AddCircle(c, radius, Col(ink.note), 0, std::max(1.0f, scale));
    }
    // Counter, top right, on a card.
    const std::string counter = CounterText(deck);
    ImFont* font = fonts.legend ? fonts.legend : fonts.body;
    const float size = font->FontSize;
    const ImVec2 ts = font->CalcTextSizeA(size, 1e9f, 0, counter.c_str());
    const ImVec2 bmin(r.x1 - pad - ts.x - pad, r.y0 + pad);
    list->AddRectFilled(bmin, ImVec2(r.x1 - pad, bmin.y + ts.y + pad / 2), Col(ink.card), 6 * scale);
    list->AddText(font, size, ImVec2(bmin.x + pad / 2, bmin.y + pad / 4), Col(ink.cardText), counter.c_str());
}

void DrawNotesCard(ImDrawList* list, ScreenRect r, const std::string& notes, Theme theme, const AppFonts& fonts,
                   float scale) {
    if (notes.empty()) return;
    const OverlayInk ink = OverlayInkFor(theme);
    const float pad = 16 * scale;
    ImFont* font = fonts.legend ? fonts.legend : fonts.body;
    const float size = font->FontSize;
    const float width = 0.5f * (r.x1 - r.x0);
    const ImVec2 ts = font->CalcTextSizeA(size, 1e9f, width, notes.c_str());
    const ImVec2 bmax(r.x1 - pad, r.y1 - 3 * pad);
    const ImVec2 bmin(bmax.x - width - 2 * pad, bmax.y - ts.y - 2 * pad);
    list->AddRectFilled(bmin, bmax, Col(ink.card), 8 * scale);
    list->AddText(font, size, ImVec2(bmin.x + pad, bmin.y + pad), Col(ink.cardText), notes.c_str(), nullptr, width);
}

void DrawStepCaption(ImDrawList* list, ScreenRect r, const std::string& caption, float alpha, const AppFonts& fonts,
                     float scale) {
    if (caption.empty() || alpha <= 0) return;
    const float pad = 14 * scale;
    ImFont* font = fonts.heading ? fonts.heading : fonts.body;
    const float size = font->FontSize;
    const float wrap = 0.6f * (r.x1 - r.x0);
    const ImVec2 ts = font->CalcTextSizeA(size, 1e9f, wrap, caption.c_str());
    const ImVec2 bmin((r.x0 + r.x1) / 2 - ts.x / 2 - pad, r.y0 + 2 * pad);
    const ImVec2 bmax(bmin.x + ts.x + 2 * pad, bmin.y + ts.y + pad);
    const int a = static_cast<int>(std::clamp(alpha, 0.0f, 1.0f) * 230);
    list->AddRectFilled(bmin, bmax, IM_COL32(30, 36, 44, a), 8 * scale);
    list->AddText(font, size, ImVec2(bmin.x + pad, bmin.y + pad / 2), IM_COL32(255, 255, 255, a * 255 / 230),
                  caption.c_str(), nullptr, wrap);
}

void DrawCountryOutlines(ImDrawList* list, ScreenRect r, const CountrySet& set, const std::vector<int>& countries,
                         const MapView& view, ProjectionKind projection, float framebufferScale, float alpha,
                         float scale) {
    if (alpha <= 0 || framebufferScale <= 0) return;
    const ImU32 colour = IM_COL32(230, 40, 40, static_cast<int>(std::clamp(alpha, 0.0f, 1.0f) * 255));
    list->PushClipRect(ImVec2(r.x0, r.y0), ImVec2(r.x1, r.y1), true);
    std::vector<ImVec2> points;
    for (int index : countries) {
        if (index < 0 || static_cast<std::size_t>(index) >= set.countries.size()) continue;
        for (const Polygon& polygon : set.countries[static_cast<std::size_t>(index)].polygons) {
            if (polygon.rings.empty()) continue;
            const Ring& ring = polygon.rings.front();  // the exterior: enough to point the country out
            points.clear();
            for (const LonLat& p : ring) {
                const Vec2 s = view.ProjectedToScreen(Project(projection, p));
                points.emplace_back(r.x0 + static_cast<float>(s.x / framebufferScale),
                                    r.y0 + static_cast<float>(s.y / framebufferScale));
            }
            if (points.size() >= 2)
                list->AddPolyline(points.data(), static_cast<int>(points.size()), colour, ImDrawFlags_Closed,
                                  2.5f * scale);
        }
    }
    list->PopClipRect();
}

void DrawScreenCover(ImDrawList* list, ScreenRect r, ScreenCover cover) {
    if (cover == ScreenCover::None) return;
    list->AddRectFilled(ImVec2(r.x0, r.y0), ImVec2(r.x1, r.y1),
                        cover == ScreenCover::Black ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255));
}

}  // namespace engagemap
