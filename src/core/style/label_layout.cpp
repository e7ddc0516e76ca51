#include "core/style/label_layout.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace engagemap {
namespace {

// The halo around label text: wide enough to read over any fill and a border line.
float LabelHaloWidth(float sizePx) { return std::max(1.5f, 0.12f * sizePx); }

PxRect Inflate(const PxRect& r, float d) { return {r.x0 - d, r.y0 - d, r.x1 + d, r.y1 + d}; }

bool Inside(const PxRect& inner, const PxRect& outer) {
    return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
}

// True when the segment (x0,y0)-(x1,y1) meets `r` (Liang-Barsky clipping).
bool SegmentHitsRect(float x0, float y0, float x1, float y1, const PxRect& r) {
    float t0 = 0, t1 = 1;
    const float dx = x1 - x0, dy = y1 - y0;
    const float p[4] = {-dx, dx, -dy, dy};
    const float q[4] = {x0 - r.x0, r.x1 - x0, y0 - r.y0, r.y1 - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const float t = q[i] / p[i];
        if (p[i] < 0) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    return true;
}

// The point of `r` nearest to (x, y).
void NearestOnRect(const PxRect& r, float x, float y, float* nx, float* ny) {
    *nx = std::clamp(x, r.x0, r.x1);
    *ny = std::clamp(y, r.y0, r.y1);
}

// Where a label's text box may go, relative to its anchor: (dx, dy) is the offset of the box's
// top-left corner for a box `w` x `h`.
struct Offset {
    float dx, dy;
};

// A country large enough to hold its label: centred on the label point, then nudged above,
// below, right and left of it.
std::vector<Offset> AreaOffsets(float w, float h) {
    return {{-w / 2, -h / 2}, {-w / 2, -h * 1.1f}, {-w / 2, h * 0.1f}, {h * 0.3f, -h / 2}, {-w - h * 0.3f, -h / 2}};
}

// Beside the anchor (right, left, the four diagonals, above, below) at distance
// `d` from the anchor; tried at two distances, nearer first.
std::vector<Offset> BesideOffsets(float w, float h, float d) {
    std::vector<Offset> out;
    for (float dist : {d, d + 1.5f * h}) {
        const float diag = dist * 0.7071f;
        out.insert(out.end(), {{dist, -h / 2},
                               {-dist - w, -h / 2},
                               {diag, -diag - h},
                               {diag, diag},
                               {-diag - w, -diag - h},
                               {-diag - w, diag},
                               {-w / 2, -dist - h},
                               {-w / 2, dist}});
    }
    return out;
}

}  // namespace

LabelSizes LabelSizesFor(float labelPx) {
    const float normal = std::max(1.0f, std::round(labelPx));
    return {normal, std::round(1.15f * normal)};
}

LabelLayoutResult LayoutLabels(const std::vector<LabelCandidate>& candidates, const LabelLayoutOptions& options,
                               const TextMeasure& measure) {
    LabelLayoutResult result;
    std::vector<size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (candidates[a].priority != candidates[b].priority) return candidates[a].priority > candidates[b].priority;
        return candidates[a].key < candidates[b].key;
    });
    auto anchorInside = [&](const LabelCandidate& c) {
        return c.x >= options.area.x0 && c.x < options.area.x1 && c.y >= options.area.y0 && c.y < options.area.y1;
    };
    // The markers of labelled small states: no other label may cover them.
    std::vector<std::pair<size_t, PxRect>> markers;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const LabelCandidate& c = candidates[i];
        if (c.smallState && anchorInside(c)) {
            const float r = std::max(1.0f, c.markerRadiusPx);
            markers.emplace_back(i, PxRect{c.x - r, c.y - r, c.x + r, c.y + r});
        }
    }
    std::vector<PxRect> taken;     // boxes of placed labels, padded
    std::vector<SceneLine> leaders; // leader lines placed
    for (size_t index : order) {
        const LabelCandidate& c = candidates[index];
        if (c.text.empty() || !anchorInside(c)) {
            result.dropped.push_back(c.key);
            continue;
        }
        const float halo = LabelHaloWidth(c.sizePx);
        const float textW = measure(c.text, c.role, c.sizePx).width;
        const float w = textW + 2 * halo, h = c.sizePx + 2 * halo;
        const float markerR = std::max(1.0f, c.markerRadiusPx);
        // A small state, or a country narrower than its label: beside it (past the marker, or
        // half the country's size), nearest first; else centred on the label point.
        const float gap = std::max(3.0f, 0.4f * c.sizePx);
        const bool beside = c.smallState || (c.footprintPx > 0 && c.footprintPx < w);
        const float besideDistance = (c.smallState ? markerR : 0.5f * c.footprintPx) + gap;
        const std::vector<Offset> offsets = beside ? BesideOffsets(w, h, besideDistance) : AreaOffsets(w, h);
        bool placed = false;
        for (const Offset& o : offsets) {
            const PxRect box{c.x + o.dx, c.y + o.dy, c.x + o.dx + w, c.y + o.dy + h};
            if (!Inside(box, options.area)) continue;
            const PxRect padded = Inflate(box, options.paddingPx);
            auto hits = [&](const PxRect& r) { return padded.Intersects(r); };
            if (std::any_of(taken.begin(), taken.end(), hits)) continue;
            if (std::any_of(options.obstacles.begin(), options.obstacles.end(), hits)) continue;
            if (std::any_of(leaders.begin(), leaders.end(),
                            [&](const SceneLine& l) { return SegmentHitsRect(l.x0, l.y0, l.x1, l.y1, padded); }))
                continue;
            if (std::any_of(markers.begin(), markers.end(),
                            [&](const auto& m) { return m.first != index && padded.Intersects(m.second); }))
                continue;
            PlacedLabel label;
            if (c.smallState) {
                // From the marker's edge towards the nearest point of the label box.
                float nx = 0, ny = 0;
                NearestOnRect(box, c.x, c.y, &nx, &ny);
                const float dx = nx - c.x, dy = ny - c.y, len = std::hypot(dx, dy);
                if (len <= markerR) continue;
                label.hasLeader = true;
                label.leader = SceneLine{c.x + dx / len * markerR, c.y + dy / len * markerR, nx, ny, options.leader,
                                         options.leaderWidthPx};
                const SceneLine& l = label.leader;
                if (std::any_of(taken.begin(), taken.end(), [&](const PxRect& r) { return SegmentHitsRect(l.x0, l.y0, l.x1, l.y1, r); }))
                    continue;
            }
            label.key = c.key;
            label.box = box;
            label.text = SceneText{c.text, c.role, c.sizePx, box.x0 + halo, box.y0 + halo, options.text, true,
                                   options.halo, halo};
            taken.push_back(padded);
            if (label.hasLeader) leaders.push_back(label.leader);
            result.placed.push_back(std::move(label));
            placed = true;
            break;
        }
        if (!placed) result.dropped.push_back(c.key);
    }
    return result;
}

void AppendLabelPrimitives(const LabelLayoutResult& labels, std::vector<ScenePrimitive>& out) {
    for (const PlacedLabel& l : labels.placed)
        if (l.hasLeader) out.push_back(l.leader);
    for (const PlacedLabel& l : labels.placed) out.push_back(l.text);
}

}  // namespace engagemap
