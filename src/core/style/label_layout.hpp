// Country labels laid out on the map: a greedy placement by priority, as map renderers do
// (Mapnik, Mapbox GL): candidates are taken in priority order, each tries a few positions around
// its anchor and takes the first whose box collides with nothing placed before it, with no
// obstacle (the overlay's title block, legend card, footnote) and stays inside the map area; a
// candidate with no free position is dropped. A small state (its polygon smaller than its marker)
// gets its label beside the marker with a leader line from the marker to the label, and a country
// narrower than its label gets it beside the country, so a label never hides the state it names.
//
// Plain data in, plain scene primitives out (SceneText with a halo, SceneLine for a leader): no
// GL, no ImGui, so every painter (window, PNG/MP4, SVG/PDF, a CPU rasteriser) draws the same
// labels. Deterministic: the same input gives the same output (ties in priority go by key).
//
// Coordinates: output pixels, origin top-left, y down (as OverlayScene).
#pragma once

#include <string>
#include <vector>

#include "core/style/overlay_scene.hpp"

namespace engagemap {

// LabelCandidate (one country that may be labelled) is declared in overlay_scene.hpp, since an
// OverlayContent carries its labels.

// How the labels look and what they must avoid.
struct LabelLayoutOptions {
    PxRect area;                   // labels lie wholly inside (the map area); anchors outside are dropped
    std::vector<PxRect> obstacles; // boxes no label may overlap (title block, legend card, footnote)
    Rgba8 text{30, 36, 44, 255};
    Rgba8 halo{255, 255, 255, 200};
    Rgba8 leader{30, 36, 44, 255};
    float leaderWidthPx = 1;       // leader line width
    float paddingPx = 2;           // empty space kept around every label box
};

// One placed label: its text, the box it occupies (text plus halo) and, for a small state, the
// leader line from the marker's edge to the label box.
struct PlacedLabel {
    std::string key;
    SceneText text;
    PxRect box;
    bool hasLeader = false;
    SceneLine leader;
};

struct LabelLayoutResult {
    std::vector<PlacedLabel> placed;   // in placement order (priority, then key)
    std::vector<std::string> dropped;  // keys with no free position or an anchor outside the area
};

// The two label sizes (pixels, whole numbers so painters can load fonts at exactly these sizes
// and labels stay crisp): normal, and major for large countries (drawn bold). Small states keep
// the normal size: their label is all the audience has to identify them.
struct LabelSizes {
    float normal = 16, major = 18;
};
LabelSizes LabelSizesFor(float labelPx);

// Lays out `candidates` (any order) greedily by priority. `measure` gives text widths.
LabelLayoutResult LayoutLabels(const std::vector<LabelCandidate>& candidates, const LabelLayoutOptions& options,
                               const TextMeasure& measure);

// Appends the labels to a scene's paint order: every leader line first, then every text (so no
// leader runs over another label's text).
void AppendLabelPrimitives(const LabelLayoutResult& labels, std::vector<ScenePrimitive>& out);

}  // namespace engagemap
