#include "ui/map_overlay.hpp"

#include "core/filter/view_table.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <variant>
#include <map>
#include <string>

namespace engagemap {
namespace {

ImU32 Col(Rgba8 c) { return IM_COL32(c.r, c.g, c.b, c.a); }
ImVec2 At(float x0, float y0, float x, float y) { return ImVec2(x0 + x, y0 + y); }

void Paint(ImDrawList* list, float ox, float oy, const SceneRect& r, const AppFonts&) {
    list->AddRectFilled(At(ox, oy, r.box.x0, r.box.y0), At(ox, oy, r.box.x1, r.box.y1), Col(r.fill), r.cornerRadius);
    if (r.outlineWidth > 0)
        list->AddRect(At(ox, oy, r.box.x0, r.box.y0), At(ox, oy, r.box.x1, r.box.y1), Col(r.outline), r.cornerRadius, 0,
                      r.outlineWidth);
}

void Paint(ImDrawList* list, float ox, float oy, const SceneLine& l, const AppFonts&) {
    list->AddLine(At(ox, oy, l.x0, l.y0), At(ox, oy, l.x1, l.y1), Col(l.colour), l.width);
}

void Paint(ImDrawList* list, float ox, float oy, const SceneText& t, const AppFonts& fonts) {
    ImFont* font = FontFor(fonts, t.role, t.sizePx);
    const char* begin = t.text.c_str();
    const char* end = begin + t.text.size();
    if (t.halo && t.haloWidth > 0) {
        // Eight offset copies approximate a glyph outline (ImGui has no stroked text).
        const float o = t.haloWidth, d = o * 0.7071f;
        const ImVec2 offsets[] = {{-o, 0}, {o, 0}, {0, -o}, {0, o}, {-d, -d}, {d, -d}, {-d, d}, {d, d}};
        for (const ImVec2& off : offsets)
            list->AddText(font, t.sizePx, At(ox + off.x, oy + off.y, t.x, t.y), Col(t.haloColour), begin, end);
    }
    list->AddText(font, t.sizePx, At(ox, oy, t.x, t.y), Col(t.colour), begin, end);
}

void Paint(ImDrawList* list, float ox, float oy, const SceneSwatch& s, const AppFonts&) {
    const ImVec2 p0 = At(ox, oy, s.box.x0, s.box.y0), p1 = At(ox, oy, s.box.x1, s.box.y1);
    list->AddRectFilled(p0, p1, Col(s.fill));
    if (s.hatched && s.hatchSpacing > 0) {
        list->PushClipRect(p0, p1, true);
        const float side = p1.y - p0.y;
        for (float t = -side; t < p1.x - p0.x; t += s.hatchSpacing)
            list->AddLine(ImVec2(p0.x + t, p1.y), ImVec2(p0.x + t + side, p0.y), Col(s.hatchColour), s.outlineWidth);
        list->PopClipRect();
    }
    if (s.outlineWidth > 0) list->AddRect(p0, p1, Col(s.outline), 0, 0, s.outlineWidth);
}

}  // namespace

ViewLegend ToViewLegend(const StatusLegend& legend) {
    ViewLegend out;
    for (const LegendEntry& e : legend.entries) {
        ViewLegendEntry v;
        v.label = e.label;
        v.colour = e.colour;
        v.certain = e.certain;
        v.uncertain = e.uncertain;
        v.status = e.status;
        out.entries.push_back(v);
    }
    out.notes = legend.notes;
    out.hatchMeaning = legend.hatchMeaning;
    out.provenance = legend.provenance;
    return out;
}

OverlayContent OverlayForTimeline(const InstrumentTimeline& timeline, int captionDays) {
    OverlayContent content;
    if (const Instrument* inst = timeline.SelectedInstrument()) content.title = inst->name;
    content.date = ToString(timeline.Controller().Date());
    content.legend = ToViewLegend(timeline.Legend());
    if (const Milestone* m = timeline.CurrentMilestone(captionDays)) content.caption = m->caption;
    return content;
}

OverlayContent OverlayForView(const InstrumentTimeline& timeline, const Dataset& dataset, const ViewRequest& request,
                              const ViewResult& view, int captionDays) {
    OverlayContent content = OverlayForTimeline(timeline, captionDays);
    content.legend = view.legend;
    if (request.kind != ViewKind::InstrumentStatus || content.title.empty()) content.title = view.legend.title;
    if (!request.region.Empty()) content.title.append(" \u2014 ").append(request.region.Describe(&dataset));
    content.date = ToString(request.date);
    return content;
}

std::string SourceLineFor(const Dataset& dataset, const Instrument& instrument) {
    std::map<std::string, int> cited;
    for (const Participation& p : instrument.participants)
        for (const Event& e : p.events)
            for (const std::string& id : e.sources) cited[id]++;
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& [id, n] : cited) ranked.emplace_back(-n, id);
    std::sort(ranked.begin(), ranked.end());
    std::string line;
    for (size_t i = 0; i < ranked.size() && i < 2; ++i) {
        const int s = dataset.FindSource(ranked[i].second);
        if (s < 0) continue;
        line.append(line.empty() ? "Sources: " : "; ").append(SourceShortText(dataset.sources[static_cast<size_t>(s)]));
    }
    if (ranked.size() > 2) line.append(" and ").append(std::to_string(ranked.size() - 2)).append(" more");
    return line;
}

TextMeasure ImGuiTextMeasure(const AppFonts& fonts) {
    return [&fonts](std::string_view text, FontRole role, float sizePx) {
        ImFont* font = FontFor(fonts, role, sizePx);
        const ImVec2 size = font->CalcTextSizeA(sizePx, 1e9f, 0, text.data(), text.data() + text.size());
        return TextExtent{size.x, sizePx};
    };
}

void PaintOverlayScene(ImDrawList* list, float x0, float y0, const OverlayScene& scene, const AppFonts& fonts) {
    for (const ScenePrimitive& item : scene.items)
        std::visit([&](const auto& p) { Paint(list, x0, y0, p, fonts); }, item);
}

OverlayScene DrawMapOverlay(ImDrawList* list, float x0, float y0, float x1, float y1, const OverlayContent& content,
                            const OverlayOptions& options, const AppFonts& fonts) {
    const OverlayScene scene = BuildOverlayScene(static_cast<int>(std::lround(x1 - x0)), static_cast<int>(std::lround(y1 - y0)),
                                                 content, options, ImGuiTextMeasure(fonts));
    PaintOverlayScene(list, x0, y0, scene, fonts);
    return scene;
}

}  // namespace engagemap
