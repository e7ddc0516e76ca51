#include "ui/map_overlay.hpp"

#include "core/filter/view_table.hpp"

#include <imgui.h>

#include <algorithm>
#include <map>
#include <string>

namespace engagemap {
namespace {

ImU32 Col(Rgba8 c, float alpha = 1.0f) {
    return IM_COL32(c.r, c.g, c.b, static_cast<int>(255 * alpha));
}

// Text with a soft halo so it stays legible over any fill colour.
void HaloText(ImDrawList* list, ImFont* font, float size, ImVec2 at, ImU32 colour, ImU32 halo,
              const std::string& text, float scale) {
    const float o = std::max(1.0f, 1.5f * scale);
    for (int dx = -1; dx <= 1; ++dx)
        for (int dy = -1; dy <= 1; ++dy)
            if (dx || dy) list->AddText(font, size, ImVec2(at.x + dx * o, at.y + dy * o), halo, text.c_str());
    list->AddText(font, size, at, colour, text.c_str());
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

void DrawMapOverlay(ImDrawList* list, float x0, float y0, float x1, float y1, const OverlayContent& content,
                    const AppFonts& fonts, float scale) {
    const float pad = 16.0f * scale;
    const OverlayInk theme = OverlayInkFor(content.theme);
    const ImU32 ink = theme.text;

    // Title and date, top left.
    float y = y0 + pad;
    if (!content.title.empty()) {
        HaloText(list, fonts.heading, fonts.heading->FontSize, ImVec2(x0 + pad, y), ink, theme.halo, content.title, scale);
        y += fonts.heading->FontSize * 1.1f;
    }
    if (!content.date.empty()) {
        HaloText(list, fonts.date, fonts.date->FontSize, ImVec2(x0 + pad, y), ink, theme.halo, content.date, scale);
        y += fonts.date->FontSize * 1.1f;
    }
    const float captionY = y + pad / 2;  // the milestone caption sits under the date

    // Legend, bottom left, on a translucent card.
    // The explorer uses the panel font and a narrower card; presentations and exports the
    // larger legend font.
    ImFont* legendFont = content.compact ? fonts.body : fonts.legend;
    const float body = legendFont->FontSize;
    const float line = body * 1.35f;
    const float swatch = body * 0.9f;
    std::vector<std::string> rows;
    for (const auto& e : content.legend.entries) {
        std::string text = e.label + "  " + std::to_string(e.certain);
        if (e.uncertain > 0) text += " (+" + std::to_string(e.uncertain) + " uncertain)";
        rows.push_back(text);
    }
    // The hatch row (last): a hatched swatch beside what hatching means, wrapped like a note.
    const std::string& hatch = content.legend.hatchMeaning;
    if (!rows.empty()) {
        float width = 0;
        for (const auto& r : rows) width = std::max(width, legendFont->CalcTextSizeA(body, 1e9f, 0, r.c_str()).x);
        width += swatch + pad / 2;
        // Notes wrap within the card, which is at most 38% of the map wide.
        const float maxWidth = std::max(width, (content.compact ? 0.28f : 0.38f) * (x1 - x0) - 2 * pad);
        float notesWidth = 0;
        for (const auto& n : content.legend.notes)
            notesWidth = std::max(notesWidth, legendFont->CalcTextSizeA(body, 1e9f, 0, n.c_str()).x);
        width = std::max(width, std::min(notesWidth, maxWidth));
        float notesHeight = 0;
        for (const auto& n : content.legend.notes)
            notesHeight += legendFont->CalcTextSizeA(body, 1e9f, width, n.c_str()).y + (line - body);
        const float hatchTextW = width - swatch - pad / 2;
        const float hatchH =
            hatch.empty() ? 0 : std::max(line, legendFont->CalcTextSizeA(body, 1e9f, hatchTextW, hatch.c_str()).y + (line - body));
        notesHeight += hatchH;
        const float cardW = width + 2 * pad;
        const float cardH = line * rows.size() + notesHeight + 2 * pad / 1.5f;
        const ImVec2 cmin(x0 + pad, y1 - pad - cardH);
        list->AddRectFilled(cmin, ImVec2(cmin.x + cardW, cmin.y + cardH), theme.card, 6 * scale);
        float ly = cmin.y + pad / 1.5f;
        for (size_t i = 0; i < rows.size(); ++i) {
            const auto& e = content.legend.entries[i];
            const ImVec2 s0(cmin.x + pad, ly + (line - swatch) / 2);
            const ImVec2 s1(s0.x + swatch, s0.y + swatch);
            list->AddRectFilled(s0, s1, Col(Rgba8{e.colour.r, e.colour.g, e.colour.b, 255}));
            list->AddRect(s0, s1, IM_COL32(60, 60, 60, 255), 0, 0, std::max(1.0f, scale));
            list->AddText(legendFont, body, ImVec2(s1.x + pad / 2, ly + (line - body) / 2), theme.cardText, rows[i].c_str());
            ly += line;
        }
        if (!hatch.empty()) {
            const ImVec2 s0(cmin.x + pad, ly + (line - swatch) / 2);
            const ImVec2 s1(s0.x + swatch, s0.y + swatch);
            list->AddRectFilled(s0, s1, theme.card);
            list->PushClipRect(s0, s1, true);
            const float step = std::max(3.0f, swatch / 4);
            for (float t = -swatch; t < swatch; t += step)
                list->AddLine(ImVec2(s0.x + t, s1.y), ImVec2(s0.x + t + swatch, s0.y), theme.cardText, std::max(1.0f, scale));
            list->PopClipRect();
            list->AddRect(s0, s1, IM_COL32(60, 60, 60, 255), 0, 0, std::max(1.0f, scale));
            list->AddText(legendFont, body, ImVec2(s1.x + pad / 2, ly + (line - body) / 2), theme.note, hatch.c_str(),
                          nullptr, hatchTextW);
            ly += hatchH;
        }
        for (const auto& n : content.legend.notes) {
            list->AddText(legendFont, body, ImVec2(cmin.x + pad, ly + (line - body) / 2), theme.note, n.c_str(),
                          nullptr, width);
            ly += legendFont->CalcTextSizeA(body, 1e9f, width, n.c_str()).y + (line - body);
        }
    }

    // Source line, bottom right, small.
    if (!content.sourceLine.empty()) {
        const float size = fonts.body->FontSize * 0.85f;
        const ImVec2 ts = fonts.body->CalcTextSizeA(size, 1e9f, 0, content.sourceLine.c_str());
        HaloText(list, fonts.body, size, ImVec2(x1 - pad - ts.x, y1 - pad / 2 - ts.y), theme.note, theme.halo,
                 content.sourceLine, scale * 0.5f);
    }

    // Milestone caption, under the date: "the date, and what happened".
    if (!content.caption.empty() && content.captionAlpha > 0) {
        const float size = fonts.heading->FontSize;
        const float wrap = 0.45f * (x1 - x0);
        const ImVec2 ts = fonts.heading->CalcTextSizeA(size, 1e9f, wrap, content.caption.c_str());
        const ImVec2 bmin(x0 + pad, captionY);
        const ImVec2 bmax(bmin.x + ts.x + 2 * pad, bmin.y + ts.y + pad);
        const int a = static_cast<int>(content.captionAlpha * 230);
        list->AddRectFilled(bmin, bmax, IM_COL32(30, 36, 44, a), 8 * scale);
        list->AddText(fonts.heading, size, ImVec2(bmin.x + pad, bmin.y + pad / 2),
                      IM_COL32(255, 255, 255, static_cast<int>(content.captionAlpha * 255)), content.caption.c_str(),
                      nullptr, wrap);
    }
}

}  // namespace engagemap
