// RegionFilter: which countries an analyst is looking at. A multi-select of UN M49 regions and
// subregions (as carried by the geodata: CountryGeometry::region / subregion), of any UN M49
// region, subregion or intermediate region by name or code (core/geo/un_m49.hpp: "Western
// Africa", "South America", "Caribbean", "011"), of country groups of the dataset ("ECOWAS",
// "EU": members on the current date, core/data/country_groups.hpp) and of "members of
// instrument X on the current date" (OSCE participating states, African Union, ...). The
// selected items form a UNION; an empty selection means every country. Countries outside the
// filter are dimmed by the views, never hidden, and every count follows the filter.
//
// Group membership follows the same honesty rule (certain members included, uncertain ones
// reported). Instrument membership as a region uses the instrument kind's default StatusFilter (treaty:
// party or in force; forum: member; programme: participant) and the same honesty rule as
// `engagemap query count`: a country is a CERTAIN member when both its certain status and its
// most advanced possible status match; when only one of them matches (a date known only by a
// bound, or no date at all) it is an UNCERTAIN member. Uncertain members are NOT included (the
// filter is never wider than the sources warrant); they are reported separately so the UI can
// say "+3 uncertain" and hatch them if it wants.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/data/civil_date.hpp"
#include "core/data/dataset.hpp"
#include "core/data/participation_query.hpp"
#include "core/geo/country_geometry.hpp"
#include "core/geo/projection.hpp"

namespace engagemap {

// The selection. Names are compared exactly (as the geodata spells them, "Western Europe");
// instrument entries are instrument ids ("osce").
struct RegionFilter {
    std::set<std::string> regions;      // UN M49 region names: "Africa", "Europe", ...
    std::set<std::string> subregions;   // UN M49 subregion names: "Western Europe", ...
    std::set<std::string> instruments;  // instrument ids whose members at the date form a region
    std::set<std::string> areas;        // UN M49 area codes ("011" = Western Africa) not in the two sets above
    std::set<std::string> groups;       // country group ids of the dataset ("ecowas")

    // True when nothing is selected (= every country is included).
    bool Empty() const {
        return regions.empty() && subregions.empty() && instruments.empty() && areas.empty() && groups.empty();
    }
    void Clear() { *this = RegionFilter{}; }
    // Short human description for titles and legends: "Europe + Western Africa + OSCE members",
    // "All countries" when empty. Instrument entries use the instrument's short name when
    // `dataset` knows the id, else the id.
    std::string Describe(const Dataset* dataset) const;
    bool operator==(const RegionFilter&) const = default;
};

// Adds one command-line / search token to `filter`, trying in order: a region or subregion name of
// the geodata (case-insensitive, matched against `countries`); an instrument id of `dataset`
// (optionally written "members:ID"); any UN M49 region, subregion or intermediate region by name
// (case-insensitive) or three-digit code; a country group of `dataset` by id or short name (any
// case, optionally "group:ID"). Returns false and sets *error when it matches nothing: the message
// suggests the closest valid names and lists the valid regions and groups (RegionTokenHelp).
bool AddRegionToken(const std::string& token, const CountrySet& countries, const Dataset* dataset,
                    RegionFilter* filter, std::string* error);

// The names AddRegionToken accepts, for messages and `--help`: "UN M49 regions: Africa, ...;
// subregions: ...; intermediate regions: ...; country groups: ECOWAS, EU, ...; or an instrument id".
std::string RegionTokenHelp(const Dataset* dataset);

// Up to `max` valid region tokens closest to `token` (edit distance, case-insensitive), closest first.
std::vector<std::string> SuggestRegionTokens(const std::string& token, const Dataset* dataset, std::size_t max = 3);


// Result of evaluating a filter at one date; every vector is in CountrySet order.
struct RegionMembership {
    std::vector<bool> included;   // inside the filter (all true when the filter is empty)
    std::vector<bool> uncertain;  // not included, but an UNCERTAIN member of a selected instrument
    int includedCount = 0;        // countries with included == true
    int uncertainCount = 0;       // countries with uncertain == true
    std::vector<std::string> unknownInstruments;  // selected instrument or group ids the dataset does not have
};

// Evaluates `filter` for every country of `countries` on `day` (end of day, as StatusAt).
// `dataset` may be null when no instrument is selected (instrument entries then match nothing
// and are listed in unknownInstruments). Non-ISO features (keys "NE-...") never join membership
// data, but do belong to their geodata region.
RegionMembership EvaluateRegionFilter(const RegionFilter& filter, const CountrySet& countries,
                                      const Dataset* dataset, const CivilDate& day);

// Shorthand for EvaluateRegionFilter(...).included.
std::vector<bool> Includes(const RegionFilter& filter, const CountrySet& countries, const Dataset* dataset,
                           const CivilDate& day);

// Whether one participation in `instrument` is a member for region purposes on `day`:
// 2 = certain member, 1 = uncertain member, 0 = not a member (see the header comment).
int InstrumentMembershipLevel(const Instrument& instrument, const Participation& participation,
                              const CivilDate& day);

// One UN M49 region with its subregions, for the filter menu.
struct RegionGroup {
    std::string region;  // "Europe"
    int countryCount = 0;  // countries of the set in this region (any subregion)
    std::vector<std::pair<std::string, int>> subregions;  // (subregion name, country count), sorted by name
};

// The regions present in `countries`, sorted by name, each with its subregions sorted by name.
// Countries with an empty region (Antarctica, some non-ISO features) are not listed; a country
// with a region but no subregion counts for the region only.
std::vector<RegionGroup> ListRegions(const CountrySet& countries);

// Lon/lat box (degrees) of the main landmass (core/geo/main_landmass.hpp) of every included
// country: far-flung parts (French Guiana, the Azores, Svalbard) and Russia east of the Urals do
// not stretch a zoom to Europe. Empty() when none is included. Polygons are already cut at the
// antimeridian, so a country or region that spans ±180° (Fiji, Oceania, ...) yields the full width
// -180..180: the map shows -180..180 in one piece, so that is the honest box to zoom to.
LonLatBox FilteredLonLatBox(const CountrySet& countries, const std::vector<bool>& included);

// Box in projected units (projection.hpp) of the included countries' main landmasses, for
// MapView::FitBox (zoom to the filtered area). Every vertex is projected, so curved meridians
// are handled. nullopt when no included country has polygons.
std::optional<ProjectedBox> FilteredProjectedBox(const CountrySet& countries, const std::vector<bool>& included,
                                                 ProjectionKind projection);

// CountWithStatus restricted to countries of `countries` with included[i] (counts follow the
// region filter). Participants without geometry, or outside the filter, are not counted.
StatusCount CountWithStatusIn(const Dataset& dataset, int instrumentIndex, StatusFilter statusFilter,
                              const CivilDate& day, const CountrySet& countries, const std::vector<bool>& included);

}  // namespace engagemap
