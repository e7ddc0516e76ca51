#include "core/filter/engagement_views.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace engagemap {

namespace {

size_t Index(int i) { return static_cast<size_t>(i); }

bool ValidInstrument(const Dataset& dataset, int i) {
    return i >= 0 && i < static_cast<int>(dataset.instruments.size());
}

std::string ShortName(const Instrument& in) {
    if (!in.shortName.empty()) return in.shortName;
    if (!in.name.empty()) return in.name;
    return in.id;
}

std::string Title(const Instrument& in) { return in.name.empty() ? ShortName(in) : in.name; }

// Key -> index of the ISO countries of the set (non-ISO features never join data).
std::unordered_map<std::string, int> IsoIndex(const CountrySet& countries) {
    std::unordered_map<std::string, int> map;
    for (size_t i = 0; i < countries.countries.size(); ++i)
        if (countries.countries[i].IsIso()) map.emplace(countries.countries[i].key, static_cast<int>(i));
    return map;
}

// Per-country StatusAt in one instrument (None for countries it does not list). Bilateral: with a
// `hub`, each country's standing towards it (the hub's own over all its dialogues); without, each
// country's own standing over all its dialogues (engagement of both parties).
std::vector<StatusAtResult> Statuses(const Instrument& in, const std::unordered_map<std::string, int>& iso,
                                     size_t n, const CivilDate& day, std::string_view hub = {}) {
    std::vector<StatusAtResult> out(n);
    const std::vector<PartyStatus> parties =
        in.kind == InstrumentKind::Bilateral && !hub.empty() ? StatusesOfParties(in, hub, day, true)
                                                             : OwnStatusesOfParties(in, day);
    for (const PartyStatus& p : parties) {
        auto it = iso.find(p.party);
        if (it != iso.end()) out[Index(it->second)] = p.status;
    }
    return out;
}

std::string CountText(int n, const char* one, const char* many) {
    std::string s = std::to_string(n);
    s.append(" ");
    s.append(n == 1 ? one : many);
    return s;
}

void AddRegionNote(const ViewResult& v, const RegionFilter& filter, const Dataset& dataset, ViewLegend* legend) {
    if (filter.Empty()) return;
    std::string note = "Counts: ";
    note.append(CountText(v.region.includedCount, "country", "countries"));
    note.append(" in ");
    note.append(filter.Describe(&dataset));
    note.append("; others dimmed");
    legend->notes.push_back(note);
    if (v.region.uncertainCount > 0) {
        std::string u = CountText(v.region.uncertainCount, "country", "countries");
        u.append(" of uncertain membership left out of the filter");
        legend->notes.push_back(u);
    }
    for (const std::string& id : v.region.unknownInstruments) {
        std::string u = "Unknown instrument in the region filter: ";
        u.append(id);
        legend->notes.push_back(u);
    }
}

void AddHatchNote(const ViewLegend& legend, ViewLegend* out, const char* what) {
    int hatched = 0;
    for (const ViewLegendEntry& e : legend.entries) hatched += e.uncertain;
    if (hatched == 0) return;
    std::string note = std::to_string(hatched);
    note.append(" hatched: ");
    note.append(what);
    out->hatchMeaning = note;
}

const char* EngagedDefinition(bool signaturesCount) {
    return signaturesCount ? "Engaged: treaty signed, party or in force; forum member; programme participant; "
                             "bilateral dialogue active (both parties)"
                           : "Engaged: treaty party or in force; forum member; programme participant; bilateral dialogue active "
                             "(both parties)";
}

void BuildStatus(const Dataset& dataset, const CountrySet& countries, const ViewRequest& req,
                 const ViewStyle& style, const std::unordered_map<std::string, int>& iso, ViewResult* v) {
    const size_t n = countries.countries.size();
    if (!ValidInstrument(dataset, req.instrument)) {
        v->colours.assign(n, style.noneColour);
        v->legend.title = "No instrument selected";
        v->legend.notes.push_back("Choose an instrument");
        return;
    }
    const Instrument& in = dataset.instruments[Index(req.instrument)];
    const std::string hub = in.kind != InstrumentKind::Bilateral ? std::string()
                            : req.hub.empty()                     ? in.hub
                                                                  : req.hub;
    const std::vector<StatusAtResult> statuses = Statuses(in, iso, n, req.date, hub);
    v->colours = ColoursForStatuses(statuses, style.noneColour, style.theme);
    if (in.kind == InstrumentKind::Bilateral) {
        std::vector<std::string> missing;
        v->arcs = BuildBilateralArcs(dataset, in, hub, countries, req.date, req.centralMeridian, &missing);
        v->hubOutline = HubMemberOutline(dataset, in, hub, countries, req.date, req.centralMeridian);
        v->legend.title = Title(in) + " (hub " + hub + ")";
        for (const std::string& m : missing) v->legend.notes.push_back("No map position for " + m + ": its arc is not drawn");
    }
    if (v->legend.title.empty()) v->legend.title = Title(in);
    const std::vector<MembershipStatus> order = StatusesForKind(in.kind);
    for (MembershipStatus s : order) {
        ViewLegendEntry e;
        e.label = StatusLabel(s);
        e.colour = StatusColour(s, style.theme);
        e.status = s;
        v->legend.entries.push_back(e);
    }
    for (size_t i = 0; i < n; ++i) {
        CountryView& c = v->countries[i];
        c.status = statuses[i];
        if (c.status.status == MembershipStatus::None) continue;
        c.uncertain = !c.status.certain || c.status.dateUnknown;
        const auto it = std::find(order.begin(), order.end(), c.status.status);
        if (it == order.end()) continue;
        c.legendEntry = static_cast<int>(it - order.begin());
    }
    if (req.region.Empty()) {
        // Dataset-wide counts and notes, exactly as the timeline's legend and `query count`.
        const StatusLegend sl = BuildStatusLegend(dataset, req.instrument, countries, req.date, hub);
        for (size_t k = 0; k < sl.entries.size() && k < v->legend.entries.size(); ++k) {
            v->legend.entries[k].certain = sl.entries[k].certain;
            v->legend.entries[k].uncertain = sl.entries[k].uncertain;
        }
        v->legend.notes.insert(v->legend.notes.end(), sl.notes.begin(), sl.notes.end());
        v->legend.hatchMeaning = sl.hatchMeaning;
        v->legend.provenance = sl.provenance;
        return;
    }
    for (size_t i = 0; i < n; ++i) {
        const CountryView& c = v->countries[i];
        if (!c.included || c.legendEntry < 0) continue;
        ViewLegendEntry& e = v->legend.entries[Index(c.legendEntry)];
        (c.uncertain ? e.uncertain : e.certain)++;
    }
    AddHatchNote(v->legend, &v->legend, kHatchMeaningStatus);
}

void BuildBreadth(const Dataset& dataset, const CountrySet& countries, const ViewRequest& req,
                  const ViewStyle& style, const std::unordered_map<std::string, int>& iso, ViewResult* v) {
    const size_t n = countries.countries.size();
    v->instruments = BreadthInstruments(dataset, req.instruments);
    for (int ii : v->instruments) {
        const Instrument& in = dataset.instruments[Index(ii)];
        for (const PartyStatus& p : OwnStatusesOfParties(in, req.date)) {
            auto it = iso.find(p.party);
            if (it == iso.end()) continue;
            const Engagement e = EngagementOf(in.kind, p.status, req.signaturesCount);
            if (e == Engagement::None) continue;
            CountryView& c = v->countries[Index(it->second)];
            (e == Engagement::Certain ? c.engagedCertain : c.engagedUncertain)++;
            c.engagedInstruments.push_back(ii);
        }
    }
    for (const CountryView& c : v->countries) v->maxCount = std::max(v->maxCount, c.engagedCertain + c.engagedUncertain);
    v->classes = BreadthClasses(v->maxCount, style.theme);

    v->legend.title = "Instruments engaged in";
    ViewLegendEntry zero;
    zero.label = "0";
    zero.colour = style.noneColour;
    v->legend.entries.push_back(zero);
    for (const BreadthClass& bc : v->classes) {
        ViewLegendEntry e;
        e.label = std::to_string(bc.minCount);
        if (bc.maxCount != bc.minCount) {
            e.label.append("-");
            e.label.append(std::to_string(bc.maxCount));
        }
        e.colour = bc.colour;
        e.minCount = bc.minCount;
        e.maxCount = bc.maxCount;
        v->legend.entries.push_back(e);
    }
    v->colours.assign(n, style.noneColour);
    for (size_t i = 0; i < n; ++i) {
        CountryView& c = v->countries[i];
        if (!countries.countries[i].IsIso()) continue;
        const int possible = c.engagedCertain + c.engagedUncertain;
        c.uncertain = c.engagedUncertain > 0;
        const int k = BreadthClassIndex(v->classes, possible);
        c.legendEntry = k + 1;  // entry 0 is "0"
        Rgba8 colour = k >= 0 ? v->classes[Index(k)].colour : style.noneColour;
        if (c.uncertain) colour.a = kUncertainAlpha;
        v->colours[i] = colour;
        if (c.included) {
            ViewLegendEntry& e = v->legend.entries[Index(c.legendEntry)];
            (c.uncertain ? e.uncertain : e.certain)++;
        }
    }
    std::string of = "Of ";
    of.append(CountText(static_cast<int>(v->instruments.size()), "instrument", "instruments"));
    of.append(" (");
    of.append(req.instruments.Describe(&dataset));
    of.append(")");
    v->legend.notes.push_back(of);
    // Which instruments were counted: named by the filter itself when chosen one by one
    // ("Of 2 instruments (Budapest Convention + FOC)"), else listed when a pillar or kind filter
    // narrowed them.
    if (req.instruments.ids.empty() && !req.instruments.Empty())
        v->legend.notes.push_back(CountedInstrumentsNote(dataset, v->instruments));
    v->legend.notes.push_back(EngagedDefinition(req.signaturesCount));
    AddHatchNote(v->legend, &v->legend, "some engagement's date uncertain; colour shows the possible count");
}

void BuildCompare(const Dataset& dataset, const CountrySet& countries, const ViewRequest& req,
                  const ViewStyle& style, const std::unordered_map<std::string, int>& iso, ViewResult* v) {
    const size_t n = countries.countries.size();
    if (!ValidInstrument(dataset, req.instrument) || !ValidInstrument(dataset, req.instrumentB)) {
        v->colours.assign(n, style.noneColour);
        v->legend.title = "Compare";
        v->legend.notes.push_back("Choose two instruments");
        return;
    }
    const Instrument& a = dataset.instruments[Index(req.instrument)];
    const Instrument& b = dataset.instruments[Index(req.instrumentB)];
    const std::vector<StatusAtResult> sa = Statuses(a, iso, n, req.date);
    const std::vector<StatusAtResult> sb = Statuses(b, iso, n, req.date);
    std::string title = ShortName(a);
    title.append(" vs ");
    title.append(ShortName(b));
    v->legend.title = title;
    // Legend order: both, A only, B only, neither.
    const CompareClass order[] = {CompareClass::Both, CompareClass::AOnly, CompareClass::BOnly, CompareClass::Neither};
    const CompareColours palette = CompareColoursFor(style.theme);
    const Rgba8 colours[] = {palette.both, palette.aOnly, palette.bOnly, style.noneColour};
    for (int k = 0; k < 4; ++k) {
        ViewLegendEntry e;
        e.compare = order[k];
        e.colour = colours[k];
        switch (order[k]) {
            case CompareClass::Both: e.label = "Both"; break;
            case CompareClass::AOnly: e.label = "Only "; e.label.append(ShortName(a)); break;
            case CompareClass::BOnly: e.label = "Only "; e.label.append(ShortName(b)); break;
            case CompareClass::Neither: e.label = "Neither"; break;
        }
        v->legend.entries.push_back(e);
    }
    v->colours.assign(n, style.noneColour);
    for (size_t i = 0; i < n; ++i) {
        CountryView& c = v->countries[i];
        c.status = sa[i];
        c.statusB = sb[i];
        if (!countries.countries[i].IsIso()) continue;
        c.engagedA = EngagementOf(a.kind, sa[i], req.signaturesCount);
        c.engagedB = EngagementOf(b.kind, sb[i], req.signaturesCount);
        const bool inA = c.engagedA != Engagement::None, inB = c.engagedB != Engagement::None;
        c.compare = inA && inB ? CompareClass::Both
                    : inA      ? CompareClass::AOnly
                    : inB      ? CompareClass::BOnly
                               : CompareClass::Neither;
        c.uncertain = c.engagedA == Engagement::Uncertain || c.engagedB == Engagement::Uncertain;
        for (int k = 0; k < 4; ++k)
            if (order[k] == c.compare) c.legendEntry = k;
        Rgba8 colour = v->legend.entries[Index(c.legendEntry)].colour;
        if (c.uncertain) colour.a = kUncertainAlpha;
        v->colours[i] = colour;
        if (c.included) {
            ViewLegendEntry& e = v->legend.entries[Index(c.legendEntry)];
            (c.uncertain ? e.uncertain : e.certain)++;
        }
    }
    v->legend.notes.push_back(EngagedDefinition(req.signaturesCount));
    AddHatchNote(v->legend, &v->legend, "engagement in A or B depends on an uncertain date");
}

}  // namespace

const char* ViewKindId(ViewKind kind) {
    switch (kind) {
        case ViewKind::InstrumentStatus: return "status";
        case ViewKind::Breadth: return "breadth";
        case ViewKind::Compare: return "compare";
    }
    return "status";
}

const char* ViewKindName(ViewKind kind) {
    switch (kind) {
        case ViewKind::InstrumentStatus: return "Instrument status";
        case ViewKind::Breadth: return "Breadth of engagement";
        case ViewKind::Compare: return "Compare two instruments";
    }
    return "";
}

std::optional<ViewKind> ParseViewKind(std::string_view id) {
    for (ViewKind k : {ViewKind::InstrumentStatus, ViewKind::Breadth, ViewKind::Compare})
        if (id == ViewKindId(k)) return k;
    return std::nullopt;
}

bool IsEngagedStatus(InstrumentKind kind, MembershipStatus status, bool signaturesCount) {
    switch (kind) {
        case InstrumentKind::Treaty:
            return status == MembershipStatus::Party || status == MembershipStatus::InForce ||
                   (signaturesCount && status == MembershipStatus::Signed);
        case InstrumentKind::Forum: return status == MembershipStatus::Member;
        case InstrumentKind::Program:
        case InstrumentKind::Assessment: return status == MembershipStatus::Participant;
        case InstrumentKind::Bilateral: return status == MembershipStatus::Active;
    }
    return false;
}

Engagement EngagementOf(InstrumentKind kind, const StatusAtResult& r, bool signaturesCount) {
    const bool a = IsEngagedStatus(kind, r.certainStatus, signaturesCount);
    const bool b = IsEngagedStatus(kind, r.status, signaturesCount);
    if (a && b) return Engagement::Certain;
    return (a || b) ? Engagement::Uncertain : Engagement::None;
}

const char* CompareClassId(CompareClass c) {
    switch (c) {
        case CompareClass::Neither: return "neither";
        case CompareClass::AOnly: return "a_only";
        case CompareClass::BOnly: return "b_only";
        case CompareClass::Both: return "both";
    }
    return "neither";
}

void PaintOutsideFilter(std::vector<Rgba8>* colours, const std::vector<bool>& included, Rgba8 tone) {
    tone.a = 255;
    for (size_t i = 0; i < colours->size() && i < included.size(); ++i)
        if (!included[i]) (*colours)[i] = tone;
}

std::vector<BreadthClass> BreadthClasses(int maxCount, Theme theme) {
    std::vector<BreadthClass> out;
    if (maxCount <= 0) return out;
    const int n = std::min(maxCount, 6);
    int lower = 1;
    for (int k = 0; k < n; ++k) {
        const int upper = (maxCount * (k + 1) + n - 1) / n;  // ceil(max * (k + 1) / n)
        out.push_back(BreadthClass{lower, upper, BreadthScaleColour(n, k, theme)});
        lower = upper + 1;
    }
    return out;
}

int BreadthClassIndex(const std::vector<BreadthClass>& classes, int count) {
    for (size_t k = 0; k < classes.size(); ++k)
        if (count >= classes[k].minCount && count <= classes[k].maxCount) return static_cast<int>(k);
    if (count > 0 && !classes.empty() && count > classes.back().maxCount) return static_cast<int>(classes.size()) - 1;
    return -1;
}

std::vector<ArcStroke> ViewStrokes(const ViewResult& view) {
    std::vector<ArcStroke> out;
    if (!view.filterOutline.pieces.empty()) out.push_back(view.filterOutline);
    if (!view.hubOutline.pieces.empty()) out.push_back(view.hubOutline);
    for (ArcStroke& s : ArcStrokes(view.arcs)) out.push_back(std::move(s));
    return out;
}

ViewResult BuildView(const Dataset& dataset, const CountrySet& countries, const ViewRequest& request,
                     const ViewStyle& style) {
    ViewResult v;
    v.kind = request.kind;
    const size_t n = countries.countries.size();
    v.countries.resize(n);
    v.region = EvaluateRegionFilter(request.region, countries, &dataset, request.date);
    for (size_t i = 0; i < n; ++i) {
        v.countries[i].included = v.region.included[i];
        v.countries[i].includedUncertain = v.region.uncertain[i];
    }
    const auto iso = IsoIndex(countries);
    switch (request.kind) {
        case ViewKind::InstrumentStatus: BuildStatus(dataset, countries, request, style, iso, &v); break;
        case ViewKind::Breadth: BuildBreadth(dataset, countries, request, style, iso, &v); break;
        case ViewKind::Compare: BuildCompare(dataset, countries, request, style, iso, &v); break;
    }
    AddRegionNote(v, request.region, dataset, &v.legend);
    const Rgba8 outside = OutsideFilterColour(style.theme);
    PaintOutsideFilter(&v.colours, v.region.included, outside);
    if (!request.region.Empty()) {
        OutsideFilterRow row;
        row.colour = outside;
        for (size_t i = 0; i < n; ++i) row.countries += !v.region.included[i] && countries.countries[i].IsIso();
        if (row.countries > 0) v.legend.outsideFilter = row;
        // The filtered set stands out from the grey around it by an outline in the text colour.
        std::vector<std::string> inside;
        for (size_t i = 0; i < n; ++i)
            if (v.region.included[i] && countries.countries[i].IsIso()) inside.push_back(countries.countries[i].key);
        if (row.countries > 0) {
            v.filterOutline.pieces = CountryOutlines(countries, inside, request.centralMeridian);
            v.filterOutline.colour = FilterOutlineColour(style.theme);
            v.filterOutline.widthPx = 1.25f;
        }
    }
    return v;
}

}  // namespace engagemap
