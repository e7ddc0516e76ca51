#include "core/query/membership_compare.hpp"

#include <map>

#include "core/data/country_names.hpp"
#include "core/data/participation_query.hpp"
#include "core/geo/un_m49.hpp"

namespace engagemap {

namespace {

std::string_view EngagementName(Engagement e) {
    return e == Engagement::Certain ? "engaged" : e == Engagement::Uncertain ? "uncertain" : "no";
}

}  // namespace

std::vector<const CompareRow*> CompareResult::Of(CompareClass c, bool uncertain) const {
    std::vector<const CompareRow*> out;
    for (const CompareRow& r : rows)
        if (r.cls == c && r.uncertain == uncertain) out.push_back(&r);
    return out;
}

CompareResult CompareMembership(const Instrument& a, const Instrument& b, const CivilDate& day,
                                const std::vector<std::string>& universe, bool signaturesCount) {
    CompareResult res;
    res.a = &a;
    res.b = &b;
    res.day = day;
    res.signaturesCount = signaturesCount;
    std::map<std::string, CompareRow> byCode;
    for (const std::string& c : universe) byCode[c].iso3 = c;
    for (const Participation& p : a.participants) {
        CompareRow& r = byCode[p.country];
        r.iso3 = p.country;
        r.name = CountryDisplayName(p.country, p.name);
        r.inA = EngagementOf(a.kind, StatusAt(a, p, day), signaturesCount);
    }
    for (const Participation& p : b.participants) {
        CompareRow& r = byCode[p.country];
        r.iso3 = p.country;
        if (r.name.empty()) r.name = CountryDisplayName(p.country, p.name);
        r.inB = EngagementOf(b.kind, StatusAt(b, p, day), signaturesCount);
    }
    for (auto& [code, r] : byCode) {
        const bool inA = r.inA != Engagement::None, inB = r.inB != Engagement::None;
        r.cls = inA && inB ? CompareClass::Both : inA ? CompareClass::AOnly : inB ? CompareClass::BOnly : CompareClass::Neither;
        r.uncertain = r.inA == Engagement::Uncertain || r.inB == Engagement::Uncertain;
        if (r.name.empty()) r.name = CountryDisplayName(code, M49CountryName(code));
        const M49Placement place = M49PlacementOf(code);
        r.region = std::string(place.region);
        r.subregion = std::string(place.subregion);
        r.intermediate = std::string(place.intermediate);
        res.rows.push_back(std::move(r));
    }
    return res;
}

std::string CompareClassLabel(const CompareResult& r, CompareClass c) {
    switch (c) {
        case CompareClass::Both: return "both";
        case CompareClass::AOnly: return "only " + (r.a ? r.a->id : std::string("A"));
        case CompareClass::BOnly: return "only " + (r.b ? r.b->id : std::string("B"));
        case CompareClass::Neither: return "neither";
    }
    return "neither";
}

ViewTable CompareTable(const CompareResult& r) {
    ViewTable t;
    t.header = {"iso3", "name", "region", "subregion", "intermediate_region", "class", "uncertain", r.a ? r.a->id : "a", r.b ? r.b->id : "b"};
    for (const CompareRow& row : r.rows)
        t.rows.push_back({row.iso3, row.name, row.region, row.subregion, row.intermediate, CompareClassLabel(r, row.cls),
                          row.uncertain ? "yes" : "no", std::string(EngagementName(row.inA)),
                          std::string(EngagementName(row.inB))});
    return t;
}

}  // namespace engagemap
