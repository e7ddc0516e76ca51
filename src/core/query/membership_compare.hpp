// "Who is in the Freedom Online Coalition but not a Budapest party?": two instruments on one day,
// every country of a universe put in BOTH / ONLY A / ONLY B / NEITHER exactly as the map's compare
// view does (core/filter/engagement_views.hpp: EngagementOf, CompareClass), so the command, the
// map and the Table tab cannot disagree. By default a treaty counts from its deposit (party or in
// force), not from a signature (`signaturesCount`), as the analyst's question asks. A country whose
// engagement in A or B rests on an uncertain date (a bound or an unknown date) is put in the class
// it may be in and flagged `uncertain`: the output lists it as such, never as a certain member.
#pragma once

#include <string>
#include <vector>

#include "core/data/civil_date.hpp"
#include "core/data/dataset.hpp"
#include "core/filter/engagement_views.hpp"
#include "core/filter/view_table.hpp"

namespace engagemap {

struct CompareRow {
    std::string iso3;
    std::string name;  // as a participation spells it, else the UN M49 name
    CompareClass cls = CompareClass::Neither;
    bool uncertain = false;  // engagement in A or B depends on an uncertain date
    Engagement inA = Engagement::None, inB = Engagement::None;
    std::string region, subregion, intermediate;  // UN M49
};

struct CompareResult {
    const Instrument* a = nullptr;
    const Instrument* b = nullptr;
    CivilDate day;
    bool signaturesCount = false;
    std::vector<CompareRow> rows;  // sorted by ISO3
    // Rows of one class, in ISO3 order: certain ones, or uncertain ones.
    std::vector<const CompareRow*> Of(CompareClass c, bool uncertain) const;
};

// Compares `a` and `b` on `day` over `universe` (ISO3 codes; countries that take part in either
// instrument are added when missing, so nobody is dropped).
CompareResult CompareMembership(const Instrument& a, const Instrument& b, const CivilDate& day,
                                const std::vector<std::string>& universe, bool signaturesCount = false);

// "both", "only <a id>", "only <b id>", "neither".
std::string CompareClassLabel(const CompareResult& result, CompareClass c);

// The comparison as a table: iso3, name, region, subregion, intermediate_region, class (CompareClassLabel), uncertain
// (yes/no), <a id>, <b id> (engaged / uncertain / no).
ViewTable CompareTable(const CompareResult& result);

}  // namespace engagemap
