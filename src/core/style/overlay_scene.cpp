#include "core/style/overlay_scene.hpp"

#include "core/style/label_layout.hpp"

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

// The legend card, measured before it is placed. Entries run down `columns` columns (one for a
// card on the map; as many as fit for the band below the map), the hatch row and notes below.
struct LegendLayout {
    float pad = 0, line = 0, swatch = 0, textPx = 0, gap = 0;
    std::vector<std::string> rows;               // one per legend entry, then the "Outside filter" row if any
    std::vector<std::string> hatchLines;         // the hatch row's wrapped text
    std::vector<std::string> noteLines;          // every note, wrapped
    int columns = 1, rowsPerColumn = 0;
    float columnWidth = 0;                       // entry columns, incl. the space between them
    float width = 0, height = 0;                 // the card
    bool Empty() const { return rows.empty(); }
};

// Keep OverlaySceneCharacters() in step with every literal here.
std::string RowText(const ViewLegendEntry& e) {
    std::string text = e.label + "  " + std::to_string(e.certain);
    if (e.uncertain > 0) text += " (+" + std::to_string(e.uncertain) + " uncertain)";
    return text;
}

// `maxCardWidth`: notes wrap within it; `flowWidth` > 0: entries flow into as many columns as
// fit that width, and the card takes it.
LegendLayout MeasureLegend(const ViewLegend& legend, const OverlayOptions& options, float maxCardWidth, float flowWidth,
                           const TextMeasure& measure) {
    LegendLayout l;
    if (legend.entries.empty()) return l;
    l.textPx = options.type.legendPx;
    l.pad = 0.7f * l.textPx;
    l.line = 1.3f * l.textPx;
    l.swatch = 0.9f * l.textPx;
    l.gap = l.pad / 2;
    float rowWidth = 0;
    for (const ViewLegendEntry& e : legend.entries) l.rows.push_back(RowText(e));
    if (legend.outsideFilter) l.rows.push_back(legend.outsideFilter->label);
    for (const std::string& row : l.rows)
        rowWidth = std::max(rowWidth, l.swatch + l.gap + measure(row, FontRole::Regular, l.textPx).width);
    float inner = rowWidth;
    if (flowWidth > 0) {
        const float spacing = 2 * l.pad;
        const float available = flowWidth - 2 * l.pad;
        l.columns = std::clamp(static_cast<int>((available + spacing) / (rowWidth + spacing)), 1,
                               static_cast<int>(l.rows.size()));
        l.columnWidth = rowWidth + spacing;
        inner = std::max(rowWidth, available);
    } else {
        // Notes wrap within the card, which grows up to maxCardWidth for them.
        const float maxInner = std::max(inner, maxCardWidth - 2 * l.pad);
        float notesWidth = 0;
        for (const std::string& n : legend.notes)
            notesWidth = std::max(notesWidth, measure(n, FontRole::Regular, l.textPx).width);
        inner = std::max(inner, std::min(notesWidth, maxInner));
    }
    l.rowsPerColumn = (static_cast<int>(l.rows.size()) + l.columns - 1) / l.columns;
    if (!legend.hatchMeaning.empty())
        l.hatchLines = WrapText(legend.hatchMeaning, FontRole::Regular, l.textPx, inner - l.swatch - l.gap, measure);
    for (const std::string& n : legend.notes)
        for (std::string& wrapped : WrapText(n, FontRole::Regular, l.textPx, inner, measure))
            l.noteLines.push_back(std::move(wrapped));
    l.width = inner + 2 * l.pad;
    const float textLines = static_cast<float>(l.hatchLines.size() + l.noteLines.size());
    l.height = l.line * static_cast<float>(l.rowsPerColumn) + textLines * l.textPx * 1.2f + 2 * l.pad * 0.66f;
    if (!l.hatchLines.empty()) l.height += std::max(0.0f, l.line - l.textPx * 1.2f);
    return l;
}

void EmitLegend(const LegendLayout& l, const ViewLegend& legend, float x, float y, const OverlayInk& ink,
                const OverlayOptions& options, std::vector<ScenePrimitive>& out) {
    const float stroke = std::max(1.0f, options.uiScale);
    out.push_back(SceneRect{{x, y, x + l.width, y + l.height}, ink.card, 0.3f * l.pad});
    const float top = y + l.pad * 0.66f;
    for (size_t i = 0; i < l.rows.size(); ++i) {
        const int column = static_cast<int>(i) / l.rowsPerColumn, row = static_cast<int>(i) % l.rowsPerColumn;
        const float cx = x + l.pad + static_cast<float>(column) * l.columnWidth;
        const float ly = top + static_cast<float>(row) * l.line;
        const float sy = ly + (l.line - l.swatch) / 2;
        SceneSwatch s;
        s.box = {cx, sy, cx + l.swatch, sy + l.swatch};
        s.fill = i < legend.entries.size() ? legend.entries[i].colour : legend.outsideFilter->colour;
        s.fill.a = 255;
        s.outlineWidth = stroke;
        out.push_back(s);
        SceneText t;
        t.text = l.rows[i];
        t.sizePx = l.textPx;
        t.x = s.box.x1 + l.gap;
        t.y = ly + (l.line - l.textPx) / 2;
        t.colour = ink.cardText;
        out.push_back(std::move(t));
    }
    float ly = top + static_cast<float>(l.rowsPerColumn) * l.line;
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
            out.push_back(SceneText{text, FontRole::Regular, l.textPx, s.box.x1 + l.gap, ty, ink.note});
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
// nearest a corner (bottom-left first). nullopt when every position covers instrument land
// (unless `allowInstrumentLand`: then the position covering the least of it).
std::optional<PxRect> EmptiestOcean(const LandMask& mask, const PxRect& area, float w, float h, float margin,
                                    const std::vector<PxRect>& avoid, bool allowInstrumentLand) {
    if (mask.cols <= 0 || mask.rows <= 0 || mask.cells.size() != static_cast<size_t>(mask.cols) * static_cast<size_t>(mask.rows))
        return std::nullopt;
    const MaskCounter counter(mask);
    const float xMin = area.x0 + margin, yMin = area.y0 + margin;
    const float xMax = area.x1 - margin - w, yMax = area.y1 - margin - h;
    if (xMax < xMin || yMax < yMin) return std::nullopt;
    const float step = std::max(1.0f, mask.cellPx);
    std::optional<PxRect> best;
    long long bestLand = std::numeric_limits<long long>::max();
    float bestCornerDistance = std::numeric_limits<float>::max();
    auto consider = [&](float x, float y) {
        const PxRect box{x, y, x + w, y + h};
        for (const PxRect& a : avoid)
            if (box.Intersects(a)) return;
        const auto [plainLand, instrument] = counter.Count(box);
        if (instrument > 0 && !allowInstrumentLand) return;
        const long long land = plainLand + 1000000LL * instrument;
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

std::string_view OverlaySceneCharacters() { return " 0123456789(+)uncertai"; }  // RowText's, "\n" aside

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
    // On the map it is a card of one column; in the band below the map its entries flow into
    // columns across the output's width, so the band stays low and the map large.
    auto measureLegend = [&](bool band, float bandWidth) {
        if (options.legend == LegendPlacement::None) return LegendLayout{};
        return MeasureLegend(content.legend, options, options.legendMaxWidthFraction * w, band ? bandWidth : 0, measure);
    };
    // The title block in the band beside the legend (a window whose map should stay clear of text):
    // only when Outside is asked for, so the header's width is known before it is laid out.
    const bool headerInBand = options.headerInBand && options.legend == LegendPlacement::Outside;
    const float headerMaxWidth = headerInBand ? options.headerBandFraction * w - margin : w - 2 * margin;
    LegendLayout legend = measureLegend(options.legend == LegendPlacement::Outside, w - 2 * margin);
    LegendPlacement placement = legend.Empty() ? LegendPlacement::None : options.legend;
    // Outside with a fixed band (a video): the map's area is known before anything is placed.
    if (placement == LegendPlacement::Outside && options.outsideBandPx > 0) scene.mapArea.y1 = std::max(0.0f, h - options.outsideBandPx);
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
    const size_t headerBegin = out.size();
    if (!content.title.empty()) headerLine(content.title, FontRole::Bold, type.titlePx, std::min(headerMaxWidth, area.Width() - 2 * margin));
    if (!content.date.empty()) headerLine(content.date, FontRole::Bold, type.datePx, std::min(headerMaxWidth, area.Width() - 2 * margin));
    if (!content.runningCount.empty())
        headerLine(content.runningCount, FontRole::Bold, type.captionPx, std::min(headerMaxWidth, area.Width() - 2 * margin));
    const size_t headerEnd = out.size();
    const PxRect titleBlock = header;  // title, date and count, without the caption
    if (headerInBand) {
        header = {};  // the block moves to the band; the caption stays on the map, at its top
        y = area.y0 + margin;
    }

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

    // Footnote at the bottom right, right-aligned, wrapped (never truncated): the legend's
    // provenance above the sources. Measured here, placed once the legend's band is known.
    std::vector<std::string> footnoteLines;
    std::string footnoteText = content.legend.provenance;
    if (!content.footnote.empty()) footnoteText.append(footnoteText.empty() ? "" : "\n").append(content.footnote);
    const float footPx = type.footnotePx, footLine = 1.15f * footPx;
    if (options.showFootnote && !footnoteText.empty())
        footnoteLines = WrapText(footnoteText, FontRole::Regular, footPx, w - 2 * margin, measure);
    const float footnoteHeight = static_cast<float>(footnoteLines.size()) * footLine;
    auto footnoteBox = [&] {
        float width = 0;
        for (const std::string& l : footnoteLines) width = std::max(width, measure(l, FontRole::Regular, footPx).width);
        return footnoteLines.empty() ? PxRect{} : PxRect{w - margin - width, h - margin / 2 - footnoteHeight, w - margin, h - margin / 2};
    };
    const PxRect footnote = footnoteBox();

    // The legend.
    if (placement == LegendPlacement::Auto) {
        std::optional<PxRect> spot;
        if (options.land)
            spot = EmptiestOcean(*options.land, area, legend.width, legend.height, margin, {header, footnote},
                                 !options.autoMayGoOutside);
        if (spot) {
            scene.legendBox = *spot;
        } else if (options.land) {
            placement = LegendPlacement::Outside;
        } else {
            placement = LegendPlacement::BottomLeft;
        }
    }
    if (placement == LegendPlacement::Outside) {
        // A band below the map holds the legend and the footnote (and, asked, the title block at
        // its left, the legend's columns beside it).
        const float headerWidth = headerInBand && !titleBlock.Empty() ? titleBlock.Width() + margin : 0;
        legend = measureLegend(true, w - 2 * margin - headerWidth);
        const float bandContent = std::max(legend.height, headerInBand ? titleBlock.Height() : 0.0f);
        const float band = options.outsideBandPx > 0 ? options.outsideBandPx
                                                     : bandContent + footnoteHeight + 1.5f * margin;
        scene.mapArea.y1 = std::max(0.0f, h - band);
        const float top = scene.mapArea.y1 + margin / 2;
        scene.legendBox = {margin + headerWidth, top, margin + headerWidth + legend.width, top + legend.height};
        if (headerInBand && !titleBlock.Empty()) {
            const float dy = top - titleBlock.y0;
            for (size_t i = headerBegin; i < headerEnd; ++i)
                if (auto* t = std::get_if<SceneText>(&out[i])) t->y += dy;
            header = Union(header, {titleBlock.x0, titleBlock.y0 + dy, titleBlock.x1, titleBlock.y1 + dy});
        }
        // The band shows the page, not the map: a camera view may reach into it.
        out.insert(out.begin(), SceneRect{PxRect{0, scene.mapArea.y1, w, h}, MapStyleFor(content.theme, MapStyle{}).background});
    } else if (placement != LegendPlacement::None && placement != LegendPlacement::Auto) {
        scene.legendBox = CornerBox(placement, scene.mapArea, legend.width, legend.height, margin);
        // A top-left legend goes under the title block, a bottom one above the footnote.
        float shift = 0;
        if (placement == LegendPlacement::TopLeft && !header.Empty()) shift = header.y1 + margin / 2 - scene.legendBox.y0;
        if (!footnote.Empty() && scene.legendBox.Intersects(footnote)) shift = footnote.y0 - margin / 2 - scene.legendBox.y1;
        scene.legendBox.y0 += shift;
        scene.legendBox.y1 += shift;
    }
    float footY = footnote.y0;
    for (const std::string& l : footnoteLines) {
        const float lw = measure(l, FontRole::Regular, footPx).width;
        out.push_back(SceneText{l, FontRole::Regular, footPx, w - margin - lw, footY, ink.note, true, ink.halo, HaloWidthFor(footPx)});
        footY += footLine;
    }
    scene.legendPlacement = placement;
    scene.titleBox = header;
    scene.footnoteBox = footnote;
    if (placement != LegendPlacement::None)
        EmitLegend(legend, content.legend, scene.legendBox.x0, scene.legendBox.y0, ink, options, out);
    // Country labels, around everything above and inside the map.
    if (!content.labels.empty()) {
        LabelLayoutOptions labelOptions;
        labelOptions.area = scene.mapArea;
        for (const PxRect& r : {header, footnote, scene.legendBox})
            if (!r.Empty()) labelOptions.obstacles.push_back(r);
        labelOptions.text = ink.text;
        labelOptions.halo = ink.halo;
        labelOptions.halo.a = 230;
        labelOptions.leader = ink.text;
        labelOptions.leaderWidthPx = std::max(1.0f, options.uiScale);
        labelOptions.paddingPx = std::max(2.0f, 2 * options.uiScale);
        const LabelLayoutResult labels = LayoutLabels(content.labels, labelOptions, measure);
        AppendLabelPrimitives(labels, out);
        for (const PlacedLabel& l : labels.placed) scene.labels.push_back(l.key);
    }
    // Progress bar: a thin track along the bottom of the map with the elapsed part filled.
    if (content.progress >= 0) {
        const float barH = std::max(3.0f, std::round(0.006f * h));
        const PxRect track{area.x0, area.y1 - barH, area.x1, area.y1};
        Rgba8 trackColour = ink.captionCard;
        trackColour.a = static_cast<uint8_t>(trackColour.a / 3);
        out.push_back(SceneRect{track, trackColour});
        const float filled = track.x0 + std::clamp(content.progress, 0.0f, 1.0f) * track.Width();
        out.push_back(SceneRect{{track.x0, track.y0, filled, track.y1}, ink.text});
    }
    return scene;
}

}  // namespace engagemap
