// The bilateral view: for a bilateral instrument and a hub, one great-circle arc from the hub to
// each partner it holds a dialogue with on the shown day, styled by the pair's status (colour;
// dashed while suspended; lighter while uncertain), by the meetings held so far (width), and grown
// out from the hub over the first kArcGrowDays after the launch (so arcs appear as the timeline
// plays). Pure data for the renderer (render/map_renderer.hpp draws ArcStroke) and the window's
// hover text; partners coloured on the map come from the status view (engagement_views.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/civil_date.hpp"
#include "core/data/dataset.hpp"
#include "core/data/participation_query.hpp"
#include "core/geo/country_geometry.hpp"
#include "core/geo/geo_types.hpp"
#include "core/geo/map_view.hpp"
#include "core/geo/projection.hpp"
#include "core/style/colour.hpp"

namespace engagemap {

// Days over which a new arc grows from the hub to its partner.
inline constexpr int kArcGrowDays = 180;

// What the renderer draws for one arc: pieces in lon/lat with longitudes relative to the map's
// central meridian (core/geo/great_circle.hpp), colour, width in pixels at 1080p, dashed or solid.
struct ArcStroke {
    std::vector<std::vector<LonLat>> pieces;
    Rgba8 colour;
    float widthPx = 2.0f;
    bool dashed = false;
};

// One hub-partner pair on the shown day.
struct ArcView {
    std::string hub, partner;        // party ids (country codes, or EUU, ASEAN)
    std::string partnerName;         // as the data names it
    LonLat from, to;                 // anchors: label points of countries, group anchors of parties
    bool partnerIsGroup = false;     // a non-country party (its anchor is the seat of its institutions)
    StatusAtResult status;           // the pair's status (participation_query.hpp, BilateralStatusAt)
    bool uncertain = false;          // hatched / lighter: the status depends on an uncertain date
    int meetings = 0;                // meetings held by the day, over all the pair's dialogues
    std::optional<CivilDate> launched;  // earliest possible launch day of the pair's first dialogue
    double growth = 1.0;             // fraction of the arc drawn (0..1)
    std::vector<int> dialogues;      // indices into Instrument::participants, dataset order
    ArcStroke stroke;
    // A group partner (a party standing for a country group of the dataset, e.g. the EU): its
    // members on the day (core/data/country_groups.hpp), certain and uncertain, and the outlines of
    // the certain ones with geometry, in the arc's colour.
    std::vector<std::string> members, membersUncertain;
    ArcStroke memberOutline;
};

// The anchor of a party: a country's label point (CountrySet), else the instrument's party anchor.
std::optional<LonLat> PartyAnchorPoint(const Instrument& instrument, const CountrySet& countries, std::string_view party);

// Arc width in pixels (at 1080p) for a number of meetings held: 1.5 px, plus 0.75 px per meeting up to 8.
float ArcWidthPx(int meetings);

// Arcs of `hub` (empty: the instrument's hub) on `day`, one per partner with a status, in the
// order of BilateralParties; partners without an anchor are left out (`missing` lists them).
// `centralMeridian` (degrees) is the map's: arcs are cut at its opposite meridian.
// Group partners are resolved through `dataset`'s country groups.
std::vector<ArcView> BuildBilateralArcs(const Dataset& dataset, const Instrument& instrument, std::string_view hub,
                                        const CountrySet& countries, const CivilDate& day, double centralMeridian = 0.0,
                                        std::vector<std::string>* missing = nullptr);

// Outlines (exterior rings) of the countries `members` (ISO3 keys) that have geometry, cut at
// the map edge of `centralMeridian`.
std::vector<std::vector<LonLat>> CountryOutlines(const CountrySet& countries, const std::vector<std::string>& members,
                                                 double centralMeridian = 0.0);

// The outline of the hub's member states when the hub is a group party (the EU as hub): the
// certain members on `day` with geometry, in the active colour; no pieces otherwise.
ArcStroke HubMemberOutline(const Dataset& dataset, const Instrument& instrument, std::string_view hub,
                           const CountrySet& countries, const CivilDate& day, double centralMeridian = 0.0);

// Everything the renderer draws for these arcs: member outlines first, then the arcs.
std::vector<ArcStroke> ArcStrokes(const std::vector<ArcView>& arcs);

// The arc whose line passes nearest to `screenPx` (pixels of `view`, the map's viewport), within
// `maxDistancePx`, or -1: what hovering an arc line (rather than a partner country) reads. Arcs
// are projected with `projection` as the renderer draws them (ArcView::stroke pieces).
int ArcNearPoint(const std::vector<ArcView>& arcs, ProjectionKind projection, const MapView& view, Vec2 screenPx,
                 double maxDistancePx);

// Hover text of an arc: partner, each dialogue with its launch date, meetings held, status, sources.
std::string DescribeArc(const Dataset& dataset, const Instrument& instrument, const ArcView& arc, const CivilDate& day);

}  // namespace engagemap
