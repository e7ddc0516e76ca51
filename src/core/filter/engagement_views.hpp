// Engagement views: what the map shows for the current date, filters and view choice.
//   (a) InstrumentStatus — one instrument's status per country (the default; the colours of
//       status_colouring.hpp);
//   (b) Breadth — per country, how many instruments (of the instrument filter) it is engaged in,
//       on a sequential scale checked for contrast and colour-vision deficiencies (palettes.hpp);
//   (c) Compare — two instruments A and B: A only / B only / both / neither.
// Every view yields per-country colours (CountrySet order) for MapRenderer::SetCountryColours,
// with alpha kUncertainAlpha where the answer depends on an uncertain date (the shader hatches
// those), countries outside the region filter in one neutral tone (OutsideFilterColour, not
// hidden, with an "Outside filter" legend row), and a legend whose counts follow the region filter.
//
// "Engaged" (breadth and compare) means, at the end of the day:
//   treaty:    signed, party (instrument deposited) or in force — not invited, not denounced
//              (with signaturesCount = false: party or in force only);
//   forum:     member (joined, not left);
//   programme: participant (started, not ended; the end day still counts).
// Certainty follows `engagemap query count`: CERTAIN when the status from events that certainly
// happened and the most advanced status the sources allow are both engaged; UNCERTAIN when only
// one is. Like the status view (which shows the most advanced possible status, hatched), breadth
// colours a country by its POSSIBLE count (certain + uncertain) and hatches it when any of that
// count is uncertain; compare classifies by possible engagement and hatches when either side is
// uncertain.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/civil_date.hpp"
#include "core/data/dataset.hpp"
#include "core/data/participation_query.hpp"
#include "core/filter/bilateral_view.hpp"
#include "core/filter/instrument_filter.hpp"
#include "core/filter/region_filter.hpp"
#include "core/geo/country_geometry.hpp"
#include "core/style/map_style.hpp"
#include "core/style/colour.hpp"
#include "core/style/palettes.hpp"
#include "core/timeline/status_colouring.hpp"

namespace engagemap {

// Which view the map shows.
enum class ViewKind { InstrumentStatus, Breadth, Compare };

const char* ViewKindId(ViewKind kind);    // CLI id: "status", "breadth", "compare"
const char* ViewKindName(ViewKind kind);  // "Instrument status", "Breadth of engagement", "Compare two instruments"
std::optional<ViewKind> ParseViewKind(std::string_view id);  // accepts the ids above

// Three-valued engagement of one country in one instrument on one day.
enum class Engagement { None, Uncertain, Certain };

// True when `status` counts as engaged for an instrument of `kind` (see the header comment).
bool IsEngagedStatus(InstrumentKind kind, MembershipStatus status, bool signaturesCount = true);
// Engagement from a StatusAt answer: Certain when both r.certainStatus and r.status are engaged,
// Uncertain when exactly one is, None otherwise.
Engagement EngagementOf(InstrumentKind kind, const StatusAtResult& r, bool signaturesCount = true);

// The compare view's four classes.
enum class CompareClass { Neither, AOnly, BOnly, Both };
const char* CompareClassId(CompareClass c);  // "neither", "a_only", "b_only", "both"

// The compare view's colours (kCompareAOnly, kCompareBOnly, kCompareBoth) are in core/style/palettes.hpp.

// What to show.
struct ViewRequest {
    ViewKind kind = ViewKind::InstrumentStatus;
    CivilDate date;                // the day shown (end of day)
    int instrument = -1;           // InstrumentStatus: the instrument; Compare: instrument A (dataset index)
    int instrumentB = -1;          // Compare: instrument B (dataset index)
    InstrumentFilter instruments;  // Breadth: which instruments are counted (empty = all)
    RegionFilter region;           // every view: countries outside are dimmed and not counted
    bool signaturesCount = true;   // Breadth/Compare: a treaty signature counts as engagement
    std::string hub;               // InstrumentStatus of a bilateral instrument: the hub (empty: its default)
    double centralMeridian = 0.0;  // degrees: the map's central meridian (arcs are cut opposite it)
};

// Colours the views do not own.
struct ViewStyle {
    Theme theme = Theme::Light;           // which palette (core/style/palettes.hpp) the classes use
    Rgba8 noneColour = RgbHex(0xE3DED3);  // no engagement / no data (MapStyle::land)
};

// Paints every colour whose included[i] is false with `tone`, opaque: outside the filter a
// country shows neither its class nor hatching (colours and included in CountrySet order).
void PaintOutsideFilter(std::vector<Rgba8>* colours, const std::vector<bool>& included, Rgba8 tone);

// One class of the breadth scale: countries engaged in minCount..maxCount instruments.
struct BreadthClass {
    int minCount = 0;  // instruments, inclusive
    int maxCount = 0;  // instruments, inclusive
    Rgba8 colour;
};

// The breadth scale for counts 1..maxCount (count 0 is ViewStyle::noneColour, not a class).
// Classes: n = min(maxCount, 6); class k (0-based) ends at ceil(maxCount * (k + 1) / n), so up to
// 6 instruments every count is its own class and above that the range is cut into 6 near-equal
// bands (max 10: 1-2, 3-4, 5, 6-7, 8-9, 10). Colours: BreadthScaleColour of the theme (each
// class contrasts 3:1 with land and ocean and stays apart from the others under colour-vision
// deficiencies; see palettes.hpp). Empty when maxCount <= 0.
std::vector<BreadthClass> BreadthClasses(int maxCount, Theme theme = Theme::Light);
// Index into `classes` for `count` (>= 1), -1 for 0 or when classes is empty.
int BreadthClassIndex(const std::vector<BreadthClass>& classes, int count);

// One legend line.
struct ViewLegendEntry {
    std::string label;  // "Party, in force", "2-3", "Only Budapest", "Neither"
    Rgba8 colour;       // opaque colour of the class
    int certain = 0;    // countries (inside the region filter) in this class, not hatched
    int uncertain = 0;  // countries (inside the region filter) in this class, hatched
    MembershipStatus status = MembershipStatus::None;  // InstrumentStatus: the status of the line
    int minCount = 0, maxCount = 0;                    // Breadth: instrument-count range of the line
    CompareClass compare = CompareClass::Neither;      // Compare: the class of the line
};

// The legend row of the countries outside a region filter.
struct OutsideFilterRow {
    std::string label = "Outside filter";
    Rgba8 colour;    // OutsideFilterColour of the view's theme
    int countries = 0;  // countries (ISO) outside the filter
};

// The legend of a view.
struct ViewLegend {
    std::string title;                 // "Budapest Convention", "Instruments engaged in", "Budapest vs FOC"
    std::vector<ViewLegendEntry> entries;
    std::vector<std::string> notes;    // region filter, what "engaged" means, coverage gaps
    // What hatching means, shown beside a hatched swatch ("3 hatched: status possible but not certain
    // on this day ..."); empty when nothing is hatched.
    std::string hatchMeaning;
    // The instrument's coverage note (see StatusLegend::provenance): drawn as a footnote line, and
    // only when it is true at the view's date; empty otherwise.
    std::string provenance;
    // Present when a region filter leaves countries out: drawn as the last row, with its swatch.
    std::optional<OutsideFilterRow> outsideFilter;
};

// One country in the view.
struct CountryView {
    int legendEntry = -1;            // index into ViewLegend::entries; -1 = in no line (no status, non-ISO)
    bool uncertain = false;          // hatched: the class depends on an uncertain date
    bool included = true;            // inside the region filter
    bool includedUncertain = false;  // outside, but an uncertain member of a selected instrument
    StatusAtResult status;           // InstrumentStatus: status in the instrument; Compare: in A
    StatusAtResult statusB;          // Compare: status in B
    Engagement engagedA = Engagement::None;  // Compare
    Engagement engagedB = Engagement::None;  // Compare
    CompareClass compare = CompareClass::Neither;  // Compare
    int engagedCertain = 0;          // Breadth: instruments certainly engaged in
    int engagedUncertain = 0;        // Breadth: instruments possibly (not certainly) engaged in
    std::vector<int> engagedInstruments;  // Breadth: dataset indices, certain or uncertain, dataset order
};

// Everything a view produces.
struct ViewResult {
    ViewKind kind = ViewKind::InstrumentStatus;
    std::vector<Rgba8> colours;         // CountrySet order: for MapRenderer::SetCountryColours
    std::vector<CountryView> countries; // CountrySet order
    ViewLegend legend;
    RegionMembership region;            // the region filter evaluated at the request's date
    std::vector<int> instruments;       // Breadth: the counted instruments (dataset order)
    int maxCount = 0;                   // Breadth: largest possible count over all ISO countries (scale)
    std::vector<BreadthClass> classes;  // Breadth: the scale (count 0 = noneColour)
    std::vector<ArcView> arcs;          // InstrumentStatus of a bilateral instrument: hub-partner arcs
    ArcStroke hubOutline;               // ... and the hub's member states when the hub is a group (the EU)
    ArcStroke filterOutline;            // a region filter: the countries inside it, outlined (no pieces without one)
};

// What the renderer draws over the map for a view: outlines (the filtered set, hub, group
// partners), then arcs.
std::vector<ArcStroke> ViewStrokes(const ViewResult& view);

// Builds the requested view. An invalid instrument index (InstrumentStatus, Compare) gives the
// none colour everywhere and a legend with a note saying what is missing. Breadth class breaks
// are computed from the maximum over ALL countries (not only the filtered ones), so the scale
// does not jump when the region filter changes; legend counts follow the filter. For the status
// view with an empty region filter the legend is BuildStatusLegend's (dataset-wide counts, the
// same as `engagemap query count`); with a region filter it counts the included countries of the
// map only.
ViewResult BuildView(const Dataset& dataset, const CountrySet& countries, const ViewRequest& request,
                     const ViewStyle& style = {});

}  // namespace engagemap
