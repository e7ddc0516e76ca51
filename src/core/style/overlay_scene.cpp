#include "core/style/overlay_scene.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace engagemap {
namespace {

constexpr std::array<std::pair<LegendPlacement, std::string_view>, 7> kPlacementNames{{
    {LegendPlacement::Auto, "auto"},
    {LegendPlacement::Outside, "outside"},
    {LegendPlacement::TopLeft, "top-left"},
    {LegendPlacement::TopRight, "top-right"},
    {LegendPlacement::BottomLeft, "bottom-left"},
    {LegendPlacement::BottomRight, "bottom-right"},
    {LegendPlacement::None, "none"},
}};

PxRect Union(const PxRect& a, const PxRect& b) {
    if (a.Empty()) return b;
    if (b.Empty()) return a;
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

float HaloWidthFor(float sizePx) { return std::max(1.0f, 0.05f * sizePx); }

// The legend card, measured before it is placed.
struct LegendLayout {
    float pad = 0, line = 0, swatch = 0, textPx = 0;
    std::vector<std::string> rows;               // one per legend entry
    std::vector<std::string> hatchLines;         // the hatch row's wrapped text
    std::vector<std::string> noteLines;          // every note, wrapped
    float width = 0, height = 0;                 // the card
    bool Empty() const { return rows.empty(); }
};

std::string RowText(const ViewLegendEntry& e) {
    std::string text = e.label + "  " + std::to_string(e.certain);
    if (e.uncertain > 0) text += " (+" + std::to_string(e.uncertain) + " uncertain)";
    return text;
}

LegendLayout MeasureLegend(const ViewLegend& legend, const OverlayOptions& options, float maxCardWidth,
                           const TextMeasure& measure) {
    LegendLayout l;
    if (legend.entries.empty()) return l;
    l.textPx = options.type.legendPx;
    l.pad = 0.7f * l.textPx;
    l.line = 1.35f * l.textPx;
    l.swatch = 0.9f * l.textPx;
    const float gap = l.pad / 2;
    float inner = 0;
    for (const ViewLegendEntry& e : legend.entries) {
        l.rows.push_back(RowText(e));
        inner = std::max(inner, l.swatch + gap + measure(l.rows.back(), FontRole::Regular, l.textPx).width);
    }
    // Notes wrap within the card, which grows up to maxCardWidth for them.
    const float maxInner = std::max(inner, maxCardWidth - 2 * l.pad);
    float notesWidth = 0;
    for (const std::string& n : legend.notes)
        notesWidth = std::max(notesWidth, measure(n, FontRole::Regular, l.textPx).width);
    inner = std::max(inner, std::min(notesWidth, maxInner));
    if (!legend.hatchMeaning.empty())
        l.hatchLines = WrapText(legend.hatchMeaning, FontRole::Regular, l.textPx, inner - l.swatch - gap, measure);
    for (const std::string& n : legend.notes)
        for (std::string& wrapped : WrapText(n, FontRole::Regular, l.textPx, inner, measure))
            l.noteLines.push_back(std::move(wrapped));
    l.width = inner + 2 * l.pad;
    const float textLines = static_cast<float>(l.hatchLines.size() + l.noteLines.size());
    l.height = l.line * static_cast<float>(l.rows.size()) + textLines * l.textPx * 1.2f + 2 * l.pad * 0.66f;
    if (!l.hatchLines.empty()) l.height += std::max(0.0f, l.line - l.textPx * 1.2f);
    return l;
}

void EmitLegend(const LegendLayout& l, const ViewLegend& legend, float x, float y, const OverlayInk& ink,
                const OverlayOptions& options, std::vector<ScenePrimitive>& out) {
    const float stroke = std::max(1.0f, options.uiScale);
    out.push_back(SceneRect{{x, y, x + l.width, y + l.height}, ink.card, 0.3f * l.pad});
    const float gap = l.pad / 2;
    float ly = y + l.pad * 0.66f;
    for (size_t i = 0; i < l.rows.size(); ++i) {
        const float sy = ly + (l.line - l.swatch) / 2;
        SceneSwatch s;
        s.box = {x + l.pad, sy, x + l.pad + l.swatch, sy + l.swatch};
        s.fill = legend.entries[i].colour;
        s.fill.a = 255;
        s.outlineWidth = stroke;
        out.push_back(s);
        SceneText t;
        t.text = l.rows[i];
        t.sizePx = l.textPx;
        t.x = s.box.x1 + gap;
        t.y = ly + (l.line - l.textPx) / 2;
        t.colour = ink.cardText;
        out.push_back(std::move(t));
        ly += l.line;
    }
    if (!l.hatchLines.empty()) {
        const float rowH = std::max(l.line, static_cast<float>(l.hatchLines.size()) * l.textPx * 1.2f);
        const float sy = ly + (l.line - l.swatch) / 2;
        SceneSwatch s;
        s.box = {x + l.pad, sy, x + l.pad + l.swatch, sy + l.swatch};
        s.fill = ink.card;
        s.fill.a = 255;
        s.hatched = true;
        s.hatchColour = ink.cardText;
        s.hatchSpacing = std::max(3.0f, l.swatch / 4);
        s.outlineWidth = stroke;
        out.push_back(s);
        float ty = ly + (l.line - l.textPx) / 2;
        for (const std::string& text : l.hatchLines) {
            out.push_back(SceneText{text, FontRole::Regular, l.textPx, s.box.x1 + gap, ty, ink.note});
            ty += l.textPx * 1.2f;
        }
        ly += rowH;
    }
    for (const std::string& text : l.noteLines) {
        out.push_back(SceneText{text, FontRole::Regular, l.textPx, x + l.pad, ly + 0.1f * l.textPx, ink.note});
        ly += l.textPx * 1.2f;
    }
}

// Sum of mask cells of each kind under a pixel rectangle, via summed-area tables.
class MaskCounter {
public:
    explicit MaskCounter(const LandMask& mask) : mask_(mask) {
        const size_t w = static_cast<size_t>(mask.cols) + 1;
        land_.assign(w * (static_cast<size_t>(mask.rows) + 1), 0);
        instrument_.assign(land_.size(), 0);
        for (int r = 0; r < mask.rows; ++r)
            for (int c = 0; c < mask.cols; ++c) {
                const uint8_t v = mask.At(c, r);
                const size_t i = (static_cast<size_t>(r) + 1) * w + static_cast<size_t>(c) + 1;
                land_[i] = (v != LandMask::Ocean) + land_[i - 1] + land_[i - w] - land_[i - w - 1];
                instrument_[i] = (v == LandMask::InstrumentLand) + instrument_[i - 1] + instrument_[i - w] - instrument_[i - w - 1];
            }
    }
    // {land cells, instrument-land cells} touched by `box`.
    std::pair<int, int> Count(const PxRect& box) const {
        const int c0 = std::clamp(static_cast<int>(std::floor(box.x0 / mask_.cellPx)), 0, mask_.cols);
        const int r0 = std::clamp(static_cast<int>(std::floor(box.y0 / mask_.cellPx)), 0, mask_.rows);
        const int c1 = std::clamp(static_cast<int>(std::ceil(box.x1 / mask_.cellPx)), 0, mask_.cols);
        const int r1 = std::clamp(static_cast<int>(std::ceil(box.y1 / mask_.cellPx)), 0, mask_.rows);
        return {Sum(land_, c0, r0, c1, r1), Sum(instrument_, c0, r0, c1, r1)};
    }

private:
    int Sum(const std::vector<int>& t, int c0, int r0, int c1, int r1) const {
        const size_t w = static_cast<size_t>(mask_.cols) + 1;
        auto at = [&](int c, int r) { return t[static_cast<size_t>(r) * w + static_cast<size_t>(c)]; };
        return at(c1, r1) - at(c0, r1) - at(c1, r0) + at(c0, r0);
    }
    const LandMask& mask_;
    std::vector<int> land_, instrument_;
};

// The corner position of a card of size (w, h) inside `area`, `margin` from its edges.
PxRect CornerBox(LegendPlacement corner, const PxRect& area, float w, float h, float margin) {
    const bool left = corner == LegendPlacement::TopLeft || corner == LegendPlacement::BottomLeft;
    const bool top = corner == LegendPlacement::TopLeft || corner == LegendPlacement::TopRight;
    const float x = left ? area.x0 + margin : area.x1 - margin - w;
    const float y = top ? area.y0 + margin : area.y1 - margin - h;
    return {x, y, x + w, y + h};
}

// Auto placement: the position (on a grid of mask cells) covering the fewest land cells and no
// land of the instrument, away from the title block and footnote; ties go to the position
// nearest a corner (bottom-left first). nullopt when every position covers instrument land.
std::optional<PxRect> EmptiestOcean(const LandMask& mask, const PxRect& area, float w, float h, float margin,
                                    const std::vector<PxRect>& avoid) {
    if (mask.cols <= 0 || mask.rows <= 0 || mask.cells.size() != static_cast<size_t>(mask.cols) * static_cast<size_t>(mask.rows))
        return std::nullopt;
    const MaskCounter counter(mask);
    const float xMin = area.x0 + margin, yMin = area.y0 + margin;
    const float xMax = area.x1 - margin - w, yMax = area.y1 - margin - h;
    if (xMax < xMin || yMax < yMin) return std::nullopt;
    const float step = std::max(1.0f, mask.cellPx);
    std::optional<PxRect> best;
    int bestLand = std::numeric_limits<int>::max();
    float bestCornerDistance = std::numeric_limits<float>::max();
    auto consider = [&](float x, float y) {
        const PxRect box{x, y, x + w, y + h};
        for (const PxRect& a : avoid)
            if (box.Intersects(a)) return;
        const auto [land, instrument] = counter.Count(box);
        if (instrument > 0) return;
        // Distance to the nearest corner position, bottom corners preferred by a small margin.
        float corner = std::numeric_limits<float>::max();
        for (const auto& [cx, cy, bias] : {std::array<float, 3>{xMin, yMax, 0.0f}, {xMax, yMax, 1.0f},
                                           {xMin, yMin, 2.0f}, {xMax, yMin, 3.0f}})
            corner = std::min(corner, std::hypot(x - cx, y - cy) + bias);
        if (land < bestLand || (land == bestLand && corner < bestCornerDistance)) {
            best = box;
            bestLand = land;
            bestCornerDistance = corner;
        }
    };
    for (float y = yMin;; y = std::min(yMax, y + step)) {
        for (float x = xMin;; x = std::min(xMax, x + step)) {
            consider(x, y);
            if (x >= xMax) break;
        }
        if (y >= yMax) break;
    }
    return best;
}

}  // namespace

std::string_view LegendPlacementName(LegendPlacement placement) {
    for (const auto& [p, name] : kPlacementNames)
        if (p == placement) return name;
    return "auto";
}

std::optional<LegendPlacement> ParseLegendPlacement(std::string_view name) {
    for (const auto& [p, n] : kPlacementNames)
        if (n == name) return p;
    return std::nullopt;
}

OverlayTypeScale TypeScaleForOutput(float outputHeightPx, float textScale) {
    const float h = outputHeightPx * std::max(0.1f, textScale);
    OverlayTypeScale t;
    t.legendPx = std::ceil(0.035f * h);
    t.titlePx = std::ceil(0.05f * h);
    t.datePx = std::ceil(0.08f * h);
    t.captionPx = std::ceil(0.04f * h);
    t.footnotePx = std::ceil(0.022f * h);
    t.labelPx = std::ceil(0.026f * h);
    return t;
}

OverlayTypeScale ExplorerTypeScale(float uiScale) {
    OverlayTypeScale t;
    t.legendPx = 17 * uiScale;
    t.titlePx = 28 * uiScale;
    t.datePx = 60 * uiScale;
    t.captionPx = 28 * uiScale;
    t.footnotePx = 17 * 0.85f * uiScale;
    t.labelPx = 15 * uiScale;
    return t;
}

OverlayInk OverlayInkFor(Theme theme) {
    if (theme == Theme::Light)
        return {RgbHex(0x1E242C), RgbHex(0xFFFFFF, 200), RgbHex(0xFFFFFF, 215), RgbHex(0x1E242C),
                RgbHex(0x464646), RgbHex(0x1E242C, 230), RgbHex(0xFFFFFF)};
    return {RgbHex(0xECF0F4), RgbHex(0x000000, 200), RgbHex(0x14181E, 220), RgbHex(0xECF0F4),
            RgbHex(0xB4BAC0), RgbHex(0x1E242C, 230), RgbHex(0xFFFFFF)};
}

std::vector<std::string> WrapText(std::string_view text, FontRole role, float sizePx, float maxWidth,
                                  const TextMeasure& measure) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view paragraph = text.substr(start, end - start);
        std::string line;
        size_t i = 0;
        while (i < paragraph.size()) {
            const size_t space = std::min(paragraph.find(' ', i), paragraph.size());
            const std::string_view word = paragraph.substr(i, space - i);
            i = space + 1;
            if (word.empty()) continue;
            std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
            if (!line.empty() && measure(candidate, role, sizePx).width > maxWidth) {
                lines.push_back(std::move(line));
                line = std::string(word);
            } else {
                line = std::move(candidate);
            }
        }
        lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

OverlayScene BuildOverlayScene(int width, int height, const OverlayContent& content, const OverlayOptions& options,
                               const TextMeasure& measure) {
    OverlayScene scene;
    scene.width = width;
    scene.height = height;
    const float w = static_cast<float>(width), h = static_cast<float>(height);
    scene.mapArea = {0, 0, w, h};
    const OverlayInk ink = OverlayInkFor(content.theme);
    const OverlayTypeScale& type = options.type;
    const float margin = 0.75f * type.legendPx;

    // The legend is measured first: Outside takes its band from the map before anything is placed.
    const LegendLayout legend =
        options.legend == LegendPlacement::None
            ? LegendLayout{}
            : MeasureLegend(content.legend, options, options.legendMaxWidthFraction * w, measure);
    LegendPlacement placement = legend.Empty() ? LegendPlacement::None : options.legend;
    auto takeBand = [&] {
        // Wide outputs get a band on the right, tall ones a band at the bottom.
        if (w >= 1.3f * h) scene.mapArea.x1 = std::max(0.0f, w - legend.width - 2 * margin);
        else scene.mapArea.y1 = std::max(0.0f, h - legend.height - 2 * margin);
    };
    if (placement == LegendPlacement::Outside) takeBand();
    const PxRect& area = scene.mapArea;

    std::vector<ScenePrimitive>& out = scene.items;
    // Title and date, top left, with halos.
    float y = area.y0 + margin;
    PxRect header;
    auto headerLine = [&](const std::string& text, FontRole role, float sizePx, float maxWidth) {
        for (const std::string& line : WrapText(text, role, sizePx, maxWidth, measure)) {
            const TextExtent e = measure(line, role, sizePx);
            SceneText t{line, role, sizePx, area.x0 + margin, y, ink.text, true, ink.halo, HaloWidthFor(sizePx)};
            header = Union(header, {t.x, t.y, t.x + e.width, t.y + sizePx});
            out.push_back(std::move(t));
            y += sizePx * 1.1f;
        }
    };
    if (!content.title.empty()) headerLine(content.title, FontRole::Bold, type.titlePx, area.Width() - 2 * margin);
    if (!content.date.empty()) headerLine(content.date, FontRole::Bold, type.datePx, area.Width() - 2 * margin);

    // Milestone caption under the date, on a dark card.
    if (!content.caption.empty() && content.captionAlpha > 0) {
        const float px = type.captionPx, pad = 0.5f * px;
        const auto lines = WrapText(content.caption, FontRole::Bold, px, 0.45f * area.Width(), measure);
        float textW = 0;
        for (const std::string& l : lines) textW = std::max(textW, measure(l, FontRole::Bold, px).width);
        const float top = y + margin / 2;
        const PxRect card{area.x0 + margin, top, area.x0 + margin + textW + 2 * pad,
                          top + static_cast<float>(lines.size()) * px * 1.15f + pad};
        Rgba8 cardColour = ink.captionCard, textColour = ink.captionText;
        cardColour.a = static_cast<uint8_t>(std::lround(cardColour.a * std::clamp(content.captionAlpha, 0.0f, 1.0f)));
        textColour.a = static_cast<uint8_t>(std::lround(textColour.a * std::clamp(content.captionAlpha, 0.0f, 1.0f)));
        out.push_back(SceneRect{card, cardColour, 0.3f * px});
        float ty = card.y0 + pad / 2;
        for (const std::string& l : lines) {
            out.push_back(SceneText{l, FontRole::Bold, px, card.x0 + pad, ty, textColour});
            ty += px * 1.15f;
        }
        header = Union(header, card);
    }

    // Footnote, bottom right of the map, right-aligned, wrapped (never truncated).
    PxRect footnote;
    if (options.showFootnote && !content.footnote.empty()) {
        const float px = type.footnotePx;
        const auto lines = WrapText(content.footnote, FontRole::Regular, px, 0.6f * area.Width(), measure);
        float ty = area.y1 - margin / 2 - static_cast<float>(lines.size()) * px * 1.15f;
        for (const std::string& l : lines) {
            const float lw = measure(l, FontRole::Regular, px).width;
            SceneText t{l, FontRole::Regular, px, area.x1 - margin - lw, ty, ink.note, true, ink.halo, HaloWidthFor(px)};
            footnote = Union(footnote, {t.x, t.y, t.x + lw, t.y + px});
            out.push_back(std::move(t));
            ty += px * 1.15f;
        }
    }

    // The legend.
    if (placement == LegendPlacement::Auto) {
        std::optional<PxRect> spot;
        if (options.land) spot = EmptiestOcean(*options.land, area, legend.width, legend.height, margin, {header, footnote});
        if (spot) {
            scene.legendBox = *spot;
        } else if (options.land) {
            placement = LegendPlacement::Outside;
            takeBand();
        } else {
            placement = LegendPlacement::BottomLeft;
        }
    }
    if (placement == LegendPlacement::Outside) {
        // In the band: vertically centred on the right, or horizontally centred at the bottom.
        if (scene.mapArea.x1 < w) {
            const float x = scene.mapArea.x1 + margin;
            const float top = std::max(margin, (h - legend.height) / 2);
            scene.legendBox = {x, top, x + legend.width, top + legend.height};
        } else {
            const float x = std::max(margin, (w - legend.width) / 2);
            const float top = scene.mapArea.y1 + margin;
            scene.legendBox = {x, top, x + legend.width, top + legend.height};
        }
    } else if (placement != LegendPlacement::None && placement != LegendPlacement::Auto) {
        scene.legendBox = CornerBox(placement, scene.mapArea, legend.width, legend.height, margin);
        // A top-left legend goes under the title block.
        if (placement == LegendPlacement::TopLeft && !header.Empty()) {
            const float shift = header.y1 + margin / 2 - scene.legendBox.y0;
            scene.legendBox.y0 += shift;
            scene.legendBox.y1 += shift;
        }
    }
    scene.legendPlacement = placement;
    if (placement != LegendPlacement::None)
        EmitLegend(legend, content.legend, scene.legendBox.x0, scene.legendBox.y0, ink, options, out);
    return scene;
}

}  // namespace engagemap
