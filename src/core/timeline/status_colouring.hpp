// Status colouring: turns "status of every country in one instrument at one date" into the
// per-country colours the renderer shows, and the legend that explains them, including what
// the data does not know (uncertain dates, members not identified in sources).
#pragma once

#include <string>
#include <vector>

#include "core/data/participation_query.hpp"
#include "core/geo/country_geometry.hpp"
#include "core/style/colour.hpp"
#include "core/style/palettes.hpp"

namespace engagemap {

// The colours come from core/style/palettes.hpp (StatusColour).
// Legend label: "Party (deposited, not yet in force)", "In force", ...
const char* StatusLabel(MembershipStatus status);
// Statuses an instrument of this kind can show, in legend order.
std::vector<MembershipStatus> StatusesForKind(InstrumentKind kind);

// Alpha value marking "status known but date uncertain": the fill shader hatches such countries
// instead of showing a confident colour.
inline constexpr uint8_t kUncertainAlpha = 128;

// Statuses of every country of `countries` (CountrySet order) at `day`.
// Bilateral instruments: the standing of each country towards `hub` (empty: the instrument's hub).
std::vector<StatusAtResult> StatusesAt(const Dataset& dataset, int instrumentIndex, const CountrySet& countries,
                                       const CivilDate& day, std::string_view hub = {});

// Colours for those statuses: `noneColour` for None; alpha kUncertainAlpha when uncertain or
// when the event's date is unknown.
std::vector<Rgba8> ColoursForStatuses(const std::vector<StatusAtResult>& statuses, Rgba8 noneColour,
                                      Theme theme = Theme::Light);

// One legend line: a status, its colour, how many countries have it certainly and uncertainly.
struct LegendEntry {
    MembershipStatus status;
    Rgba8 colour;
    std::string label;
    int certain = 0;
    int uncertain = 0;  // incl. "date unknown"
};

// The legend of one instrument at one day, counted over all participants of the dataset (not
// only those with geometry), plus notes that keep it honest.
struct StatusLegend {
    std::vector<LegendEntry> entries;
    std::vector<std::string> notes;  // "3 members not shown: not identified in sources", ...
    std::string hatchMeaning;        // "5 hatched: ..." beside a hatched swatch; empty if none
    // The instrument's coverage (how many members the sources name, and the dataset's note on its
    // count): a footnote, and only from the date of that count on (before it, it is not true yet).
    std::string provenance;
};

// What hatching means in a status map: the status is possible but not certain on that day (a date
// known only by bounds or not at all, a participation sources disagree on, an entry into force not
// recorded).
inline constexpr const char* kHatchMeaningStatus =
    "status possible but not certain on this day (date unknown or only bounded, entry into force not recorded, "
    "or participation uncertain)";
StatusLegend BuildStatusLegend(const Dataset& dataset, int instrumentIndex, const CountrySet& countries,
                               const CivilDate& day, std::string_view hub = {});

}  // namespace engagemap
