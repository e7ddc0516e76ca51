// Which countries carry a name label on the map, and the label candidates for the overlay.
//
// A selection is part of the view (ViewState::labels): a list of ISO3 codes (a slide's
// `"labels": ["TON","KIR","FJI"]`, `--labels TON,KIR,FJI`), "changed" (the countries whose status
// changed in the slide's range, or in the year before a single date), "all" (every country of the
// view inside its filter; the layout drops what does not fit), or none. The layout itself is
// LayoutLabels (core/style/label_layout.hpp), run by BuildOverlayScene.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/civil_date.hpp"
#include "core/filter/engagement_views.hpp"
#include "core/geo/country_geometry.hpp"
#include "core/geo/hit_test.hpp"
#include "core/geo/map_view.hpp"
#include "core/style/overlay_scene.hpp"

namespace engagemap {

struct LabelSelection {
    enum class Mode : uint8_t { None, Countries, Changed, All };
    Mode mode = Mode::None;
    std::vector<std::string> countries;  // ISO3 codes (Mode::Countries), as given

    bool Empty() const { return mode == Mode::None || (mode == Mode::Countries && countries.empty()); }
    bool operator==(const LabelSelection&) const = default;
};

// "none" or "" -> none; "changed"; "all"; "TON,KIR,FJI" -> those codes (trimmed, upper-cased;
// empty items dropped). nullopt (with a message in `error`) for an item that is not three letters.
std::optional<LabelSelection> ParseLabelSelection(std::string_view text, std::string* error = nullptr);
// The text ParseLabelSelection reads back: "none", "changed", "all" or "TON,KIR,FJI".
std::string LabelSelectionText(const LabelSelection& selection);

// Checks that every code of a Countries selection is a country of `countries`; false with
// "labels: unknown country 'TNO' (did you mean TON, Tonga?)" otherwise.
bool CheckLabelCountries(const LabelSelection& selection, const CountrySet& countries, std::string* error);

// The date "changed" compares the shown date with when there is no range: a year before `day`.
CivilDate LabelsChangedSinceDefault(const CivilDate& day);

// The countries to label (CountrySet indices, ascending). `now`: the view at the shown date;
// `before`: the view at the start of the range (used by Changed only; without it Changed is
// empty). A country changed when its colour or its hatching differs. Changed and All take only
// ISO countries inside the view's filter; Countries takes the listed ones found in `countries`.
std::vector<int> LabelledCountries(const LabelSelection& selection, const CountrySet& countries, const ViewResult& now,
                                   const ViewResult* before);

// How label candidates are sized and which countries count as small states.
struct LabelCandidateStyle {
    float labelPx = 16;          // base text size (OverlayTypeScale::labelPx), output pixels
    float smallExtentPx = 7;     // a country whose largest piece is under this (screen px) is a small state
    float markerRadiusPx = 3.5f; // its marker's radius, screen pixels
    float screenPerOutputPx = 1; // screen (view) pixels per output pixel: a window's framebuffer scale
};

// One candidate per country in `indices`: its name, the label point projected by `view` (in
// output pixels), priority = its largest piece's size on screen, text size by that size (large
// countries, wider than 12 labels' heights, a step bigger and bold), small-state flag, marker radius.
std::vector<LabelCandidate> BuildLabelCandidates(const std::vector<int>& indices, const CountrySet& countries,
                                                 const ProjectedCountries& projected, const MapView& view,
                                                 const LabelCandidateStyle& style);

}  // namespace engagemap
