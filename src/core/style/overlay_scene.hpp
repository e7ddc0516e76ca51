// OverlayScene: what is written on the map — title, date, legend, caption, footnote, labels —
// laid out in output pixels as a flat list of a few drawing primitives. The layout lives here
// (no GL, no ImGui, testable alone); painters only draw: the ImGui painter (ui/map_overlay.cpp)
// for the window, presentation mode and PNG/MP4 exports, a cairo painter for SVG/PDF. Every
// painter therefore shows the same layout.
//
// Coordinates: pixels of the output image, origin top-left, x right, y down. Sizes in pixels.
// Colours: 8-bit sRGB with straight alpha.
//
// The primitive set (stable; a painter must draw all four, in list order, later over earlier):
//   SceneRect   a filled rectangle, optionally rounded (cornerRadius) and outlined.
//   SceneLine   a straight line segment of a given width, butt caps.
//   SceneText   one line of text (never wrapped by the painter) in a font role at a pixel size,
//               its line box's top-left corner at (x, y); the line box is `sizePx` tall and as
//               wide as TextMeasure says. A cairo painter puts the baseline at
//               y + ascent, with the font's ascent scaled so that ascent + descent == sizePx
//               (ImGui's convention for a font loaded at sizePx). With `halo`, the painter first
//               draws an outline of the glyphs haloWidth pixels wide in haloColour.
//   SceneSwatch a legend swatch: a rectangle filled with `fill`, then (when hatched) diagonal
//               lines from bottom-left to top-right every hatchSpacing pixels in hatchColour,
//               clipped to the box, then an outline of outlineWidth pixels.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/filter/engagement_views.hpp"
#include "core/style/colour.hpp"
#include "core/style/map_style.hpp"

namespace engagemap {

// ---- primitives ---------------------------------------------------------------------------------

// An axis-aligned pixel rectangle [x0, x1) x [y0, y1).
struct PxRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float Width() const { return x1 - x0; }
    float Height() const { return y1 - y0; }
    bool Empty() const { return x1 <= x0 || y1 <= y0; }
    bool Intersects(const PxRect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    bool operator==(const PxRect&) const = default;
};

// The two fonts of the overlay (DejaVu Sans and DejaVu Sans Bold in the bundled painters).
enum class FontRole : uint8_t { Regular, Bold };

struct SceneRect {
    PxRect box;
    Rgba8 fill;
    float cornerRadius = 0;     // pixels; 0: square corners
    Rgba8 outline{0, 0, 0, 0};  // drawn when outlineWidth > 0
    float outlineWidth = 0;     // pixels
};

struct SceneLine {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    Rgba8 colour;
    float width = 1;  // pixels
};

struct SceneText {
    std::string text;  // UTF-8, one line
    FontRole role = FontRole::Regular;
    float sizePx = 16;  // the font's pixel size (line height)
    float x = 0, y = 0; // top-left of the line box
    Rgba8 colour;
    bool halo = false;  // outline the glyphs first so the text reads over any fill
    Rgba8 haloColour{255, 255, 255, 200};
    float haloWidth = 0;  // pixels
};

struct SceneSwatch {
    PxRect box;
    Rgba8 fill;
    bool hatched = false;
    Rgba8 hatchColour;
    float hatchSpacing = 4;  // pixels between hatch lines, measured along x
    Rgba8 outline{60, 60, 60, 255};
    float outlineWidth = 1;  // pixels
};

using ScenePrimitive = std::variant<SceneRect, SceneLine, SceneText, SceneSwatch>;

// ---- inputs -------------------------------------------------------------------------------------

// Width and height (pixels) of one line of `text` in `role` at `sizePx`. Painters supply it from
// the fonts they draw with, so the layout fits the glyphs actually drawn.
struct TextExtent {
    float width = 0, height = 0;
};
using TextMeasure = std::function<TextExtent(std::string_view text, FontRole role, float sizePx)>;

// Where the legend goes. Auto: the emptiest ocean area of the view (see LandMask), never over
// land of the selected instrument; falls back to Outside when no such area fits. Outside: a band
// below the map holds the legend (entries in columns across the width) and the footnote; the map
// shrinks to the rest.
enum class LegendPlacement { Auto, Outside, TopLeft, TopRight, BottomLeft, BottomRight, None };

// "auto", "outside", "top-left", ..., "none"; and back (nullopt for an unknown name).
std::string_view LegendPlacementName(LegendPlacement placement);
std::optional<LegendPlacement> ParseLegendPlacement(std::string_view name);

// Text sizes (pixels) of the overlay's elements.
struct OverlayTypeScale {
    float titlePx = 28;
    float datePx = 60;
    float legendPx = 21;
    float captionPx = 28;
    float footnotePx = 14;
    float labelPx = 16;  // country labels
};

// The type scale for a picture `outputHeightPx` tall seen across a room: legend 3.5 %, title 5 %,
// date 8 %, caption 4 %, footnote 2.2 %, labels 2.6 % of the height, times `textScale`.
OverlayTypeScale TypeScaleForOutput(float outputHeightPx, float textScale = 1.0f);
// The explorer's (a desk screen): sizes of the UI fonts at `uiScale` (17 px body at 1).
OverlayTypeScale ExplorerTypeScale(float uiScale);

// Coarse occupancy of the output (cellPx square cells, row-major from the top-left), used by
// LegendPlacement::Auto. A cell is Ocean when no land is drawn in it, Land when some land is,
// InstrumentLand when land of a country with a status in the selected instrument (or any
// coloured class of the view) is.
struct LandMask {
    enum Cell : uint8_t { Ocean = 0, Land = 1, InstrumentLand = 2 };
    int cols = 0, rows = 0;
    float cellPx = 8;
    std::vector<uint8_t> cells;  // cols * rows
    uint8_t At(int col, int row) const { return cells[static_cast<size_t>(row) * static_cast<size_t>(cols) + static_cast<size_t>(col)]; }
};

// One country that may be labelled (laid out by LayoutLabels, core/style/label_layout.hpp).
struct LabelCandidate {
    std::string key;        // ISO3, for tests and diagnostics
    std::string text;       // the name shown (one line, UTF-8)
    float x = 0, y = 0;     // anchor: the label point in output pixels
    float priority = 0;     // higher is placed first (e.g. the size of the country on screen)
    float sizePx = 16;      // text size (line height), pixels
    FontRole role = FontRole::Regular;
    bool smallState = false;  // its polygon is smaller than its marker: label beside, with a leader line
    // The country's size on screen (its largest piece, pixels): a label wider than that goes
    // beside the country (without a leader) instead of covering it. 0: unknown (centred).
    float footprintPx = 0;
    float markerRadiusPx = 0; // the marker's radius (small states): the leader line starts at its edge
};

// Colours of the overlay's text and cards in a theme.
struct OverlayInk {
    Rgba8 text, halo, card, cardText, note, captionCard, captionText;
};
OverlayInk OverlayInkFor(Theme theme);

// What the overlay says.
struct OverlayContent {
    std::string title;       // "Budapest Convention (ETS 185)"
    std::string date;        // "2012-06-30"
    ViewLegend legend;       // entries (colour, label, counts), notes and the hatch meaning
    std::string caption;     // milestone caption, may be empty
    std::string runningCount;  // under the date ("68 countries with a status"), may be empty
    float progress = -1;       // 0..1: a progress bar along the bottom of the map; < 0: none
    float captionAlpha = 1;  // 0..1, for fading the caption in and out
    std::string footnote;    // small line at the bottom right ("Sources: ..."), may be empty; the
                             // legend's provenance (coverage note) goes above it
    Theme theme = Theme::Light;
    // Country labels to place on the map (anchors in output pixels of the map as drawn); placed
    // last, around the title block, legend and footnote, inside the map area.
    std::vector<LabelCandidate> labels;
};

struct OverlayOptions {
    LegendPlacement legend = LegendPlacement::BottomLeft;
    OverlayTypeScale type;
    bool showFootnote = true;
    float uiScale = 1;                // line widths and paddings (1 at 1080 px or a 1x monitor)
    float legendMaxWidthFraction = 0.38f;  // notes wrap within this fraction of the output width
    const LandMask* land = nullptr;   // for Auto; without it Auto means BottomLeft
    // Auto finding no free ocean: true goes Outside; false (a window, whose map does not shrink by
    // itself) takes the spot covering the least land of the instrument.
    bool autoMayGoOutside = true;
    // Outside: the band's height in pixels; 0 fits the legend and footnote.
    // A video fixes it so the map does not move when legend counts change width.
    float outsideBandPx = 0;
    // Outside: the title block (title, date, running count) goes into the band too, at its left
    // (at most headerBandFraction of the width), the legend's columns beside it; the map then
    // carries no text but labels and a transient caption. The explorer window uses it.
    bool headerInBand = false;
    float headerBandFraction = 0.4f;
};

// ---- the scene ----------------------------------------------------------------------------------

struct OverlayScene {
    int width = 0, height = 0;  // output pixels
    PxRect mapArea;             // where the map is drawn: the whole output unless the legend is Outside
                                // (then the scene starts with a background-coloured rect over the band)
    PxRect legendBox;           // the legend card; empty when there is no legend
    LegendPlacement legendPlacement = LegendPlacement::None;  // as resolved (Auto becomes a corner, a spot or Outside)
    PxRect titleBox;            // title, date, running count and caption; empty when none
    PxRect footnoteBox;         // the footnote lines; empty when none
    std::vector<std::string> labels;  // keys of the labels placed, in placement order
    std::vector<ScenePrimitive> items;  // paint order
};

// The characters the scene adds to `content`'s own text when it lays it out (a legend row's
// counts: "Party  32 (+3 uncertain)"). With the characters of the content's texts they are every
// character an overlay draws, so an export builds glyphs for these and nothing else.
std::string_view OverlaySceneCharacters();

// Lays out `content` on a `width` x `height` pixel output.
OverlayScene BuildOverlayScene(int width, int height, const OverlayContent& content, const OverlayOptions& options,
                               const TextMeasure& measure);

// Greedy word wrap: `text` split into lines no wider than `maxWidth` (a single word wider than
// that gets a line of its own). Explicit '\n' breaks lines.
std::vector<std::string> WrapText(std::string_view text, FontRole role, float sizePx, float maxWidth,
                                  const TextMeasure& measure);

}  // namespace engagemap
