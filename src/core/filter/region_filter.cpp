#include "core/filter/region_filter.hpp"

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>

#include "core/data/country_groups.hpp"
#include "core/geo/main_landmass.hpp"
#include "core/geo/un_m49.hpp"

namespace engagemap {

namespace {

std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

size_t Index(int i) { return static_cast<size_t>(i); }

}  // namespace

std::string RegionFilter::Describe(const Dataset* dataset) const {
    if (Empty()) return "All countries";
    std::string out;
    auto add = [&out](const std::string& part) {
        if (!out.empty()) out.append(" + ");
        out.append(part);
    };
    for (const std::string& r : regions) add(r);
    for (const std::string& s : subregions) add(s);
    for (const std::string& code : areas) {
        const M49Area* a = FindM49Region(code);
        add(a ? std::string(a->name) : code);
    }
    for (const std::string& id : groups) {
        const CountryGroup* g = dataset ? dataset->FindGroup(id) : nullptr;
        add(g ? GroupLabel(*g) : id);
    }
    for (const std::string& id : instruments) {
        std::string name = id;
        if (dataset) {
            const int i = dataset->FindInstrument(id);
            if (i >= 0) {
                const Instrument& in = dataset->instruments[Index(i)];
                name = !in.shortName.empty() ? in.shortName : (!in.name.empty() ? in.name : id);
            }
        }
        name.append(" members");
        add(name);
    }
    return out;
}

bool AddRegionToken(const std::string& token, const CountrySet& countries, const Dataset* dataset,
                    RegionFilter* filter, std::string* error) {
    const std::string want = Lower(token);
    if (!want.empty()) {
        for (const CountryGeometry& c : countries.countries) {
            if (!c.region.empty() && Lower(c.region) == want) {
                filter->regions.insert(c.region);
                return true;
            }
        }
        for (const CountryGeometry& c : countries.countries) {
            if (!c.subregion.empty() && Lower(c.subregion) == want) {
                filter->subregions.insert(c.subregion);
                return true;
            }
        }
        if (dataset) {
            std::string id = token;
            if (Lower(id).rfind("members:", 0) == 0) id = id.substr(8);
            if (dataset->FindInstrument(id) >= 0) {
                filter->instruments.insert(id);
                return true;
            }
        }
        if (const M49Area* a = FindM49Region(token)) {
            filter->areas.insert(std::string(a->code));
            return true;
        }
        if (dataset) {
            std::string id = token;
            if (want.rfind("group:", 0) == 0) id = id.substr(6);
            if (const CountryGroup* g = dataset->FindGroup(id)) {
                filter->groups.insert(g->id);
                return true;
            }
        }
    }
    if (error) {
        error->assign("unknown region '" + token + "'");
        const std::vector<std::string> near = SuggestRegionTokens(token, dataset);
        if (!near.empty()) {
            error->append(": did you mean ");
            for (std::size_t i = 0; i < near.size(); ++i)
                error->append((i == 0 ? "'" : (i + 1 == near.size() ? "' or '" : "', '")) + near[i]);
            error->append("'?");
        } else {
            error->append(".");
        }
        error->append(" Valid: " + RegionTokenHelp(dataset));
    }
    return false;
}

namespace {

// Levenshtein distance of two lower-cased strings (bytes).
std::size_t EditDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

// Every token a user may type for a region, as it should be shown.
std::vector<std::string> ValidRegionTokens(const Dataset* dataset) {
    std::vector<std::string> out;
    for (const M49Area* a : M49Regions()) out.emplace_back(a->name);
    if (dataset) {
        for (const CountryGroup& g : dataset->groups) out.push_back(GroupLabel(g));
        for (const Instrument& in : dataset->instruments) out.push_back(in.id);
    }
    return out;
}

}  // namespace

std::vector<std::string> SuggestRegionTokens(const std::string& token, const Dataset* dataset, std::size_t max) {
    const std::string want = Lower(token);
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const std::string& v : ValidRegionTokens(dataset)) {
        const std::string lv = Lower(v);
        const std::size_t d = EditDistance(want, lv);
        const bool contains = want.size() >= 3 && lv.find(want) != std::string::npos;  // "carib" -> Caribbean
        const std::size_t limit = std::max<std::size_t>(2, std::min(want.size(), lv.size()) / 3);
        if (d <= limit || contains) scored.emplace_back(d, v);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<std::string> out;
    for (const auto& [d, v] : scored) {
        if (out.size() >= max) break;
        if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
    }
    return out;
}

std::string RegionTokenHelp(const Dataset* dataset) {
    std::string out;
    M49Type current = M49Type::World;
    for (const M49Area* a : M49Regions()) {
        if (a->type != current) {
            if (!out.empty()) out.append("; ");
            out.append(a->type == M49Type::Region      ? "UN M49 regions: "
                       : a->type == M49Type::Subregion ? "subregions: "
                                                       : "intermediate regions: ");
            current = a->type;
        } else {
            out.append(", ");
        }
        out.append(a->name);
    }
    out.append(" (names any case, or M49 codes such as 011)");
    if (dataset && !dataset->groups.empty()) {
        out.append("; country groups: ");
        for (std::size_t i = 0; i < dataset->groups.size(); ++i)
            out.append((i ? ", " : "") + GroupLabel(dataset->groups[i]));
    }
    out.append("; or an instrument id (engagemap query instruments)");
    return out;
}

int InstrumentMembershipLevel(const Instrument& instrument, const Participation& participation,
                              const CivilDate& day) {
    const StatusAtResult r = StatusAt(instrument, participation, day);
    const StatusFilter f = DefaultStatusFilter(instrument.kind);
    const bool a = Matches(f, r.certainStatus), b = Matches(f, r.status);
    if (a && b) return 2;
    return (a || b) ? 1 : 0;
}

RegionMembership EvaluateRegionFilter(const RegionFilter& filter, const CountrySet& countries,
                                      const Dataset* dataset, const CivilDate& day) {
    RegionMembership m;
    const size_t n = countries.countries.size();
    m.included.assign(n, filter.Empty());
    m.uncertain.assign(n, false);
    if (!filter.Empty()) {
        for (size_t i = 0; i < n; ++i) {
            const CountryGeometry& c = countries.countries[i];
            if ((!c.region.empty() && filter.regions.count(c.region)) ||
                (!c.subregion.empty() && filter.subregions.count(c.subregion)))
                m.included[i] = true;
        }
        for (const std::string& id : filter.instruments) {
            const int ii = dataset ? dataset->FindInstrument(id) : -1;
            if (ii < 0) {
                m.unknownInstruments.push_back(id);
                continue;
            }
            const Instrument& in = dataset->instruments[Index(ii)];
            for (const Participation& p : in.participants) {
                const int ci = countries.Find(p.country);
                if (ci < 0 || !countries.countries[Index(ci)].IsIso()) continue;
                const int level = InstrumentMembershipLevel(in, p, day);
                if (level == 2) m.included[Index(ci)] = true;
                else if (level == 1) m.uncertain[Index(ci)] = true;
            }
        }
        for (const std::string& code : filter.areas) {
            const M49Area* a = FindM49Region(code);
            if (!a) continue;
            for (const std::string& iso3 : M49Members(*a)) {
                const int ci = countries.Find(iso3);
                if (ci >= 0) m.included[Index(ci)] = true;
            }
        }
        for (const std::string& id : filter.groups) {
            const CountryGroup* g = dataset ? dataset->FindGroup(id) : nullptr;
            if (!g) {
                m.unknownInstruments.push_back(id);
                continue;
            }
            const GroupMembers members = GroupMembershipAt(*g, day);
            for (const std::string& iso3 : members.certain) {
                const int ci = countries.Find(iso3);
                if (ci >= 0 && countries.countries[Index(ci)].IsIso()) m.included[Index(ci)] = true;
            }
            for (const std::string& iso3 : members.uncertain) {
                const int ci = countries.Find(iso3);
                if (ci >= 0 && countries.countries[Index(ci)].IsIso()) m.uncertain[Index(ci)] = true;
            }
        }
        // A country included for another reason is not "uncertain".
        for (size_t i = 0; i < n; ++i)
            if (m.included[i]) m.uncertain[i] = false;
    }
    m.includedCount = static_cast<int>(std::count(m.included.begin(), m.included.end(), true));
    m.uncertainCount = static_cast<int>(std::count(m.uncertain.begin(), m.uncertain.end(), true));
    return m;
}

std::vector<bool> Includes(const RegionFilter& filter, const CountrySet& countries, const Dataset* dataset,
                           const CivilDate& day) {
    return EvaluateRegionFilter(filter, countries, dataset, day).included;
}

std::vector<RegionGroup> ListRegions(const CountrySet& countries) {
    std::map<std::string, std::map<std::string, int>> subs;
    std::map<std::string, int> totals;
    for (const CountryGeometry& c : countries.countries) {
        if (c.region.empty()) continue;
        ++totals[c.region];
        if (!c.subregion.empty()) ++subs[c.region][c.subregion];
    }
    std::vector<RegionGroup> out;
    for (const auto& [region, count] : totals) {
        RegionGroup g;
        g.region = region;
        g.countryCount = count;
        for (const auto& [sub, subCount] : subs[region]) g.subregions.emplace_back(sub, subCount);
        out.push_back(std::move(g));
    }
    return out;
}

LonLatBox FilteredLonLatBox(const CountrySet& countries, const std::vector<bool>& included) {
    LonLatBox box;
    for (size_t i = 0; i < countries.countries.size() && i < included.size(); ++i)
        if (included[i]) ForEachMainLandmassPoint(countries.countries[i], [&](const LonLat& p) { box.Extend(p); });
    return box;
}

std::optional<ProjectedBox> FilteredProjectedBox(const CountrySet& countries, const std::vector<bool>& included,
                                                 ProjectionKind projection) {
    constexpr double kInf = std::numeric_limits<double>::infinity();
    ProjectedBox box{kInf, kInf, -kInf, -kInf};
    bool any = false;
    for (size_t i = 0; i < countries.countries.size() && i < included.size(); ++i) {
        if (!included[i]) continue;
        ForEachMainLandmassPoint(countries.countries[i], [&](const LonLat& p) {
            const Vec2 v = Project(projection, p);
            box.minX = std::min(box.minX, v.x);
            box.minY = std::min(box.minY, v.y);
            box.maxX = std::max(box.maxX, v.x);
            box.maxY = std::max(box.maxY, v.y);
            any = true;
        });
    }
    if (!any) return std::nullopt;
    return box;
}

StatusCount CountWithStatusIn(const Dataset& dataset, int instrumentIndex, StatusFilter statusFilter,
                              const CivilDate& day, const CountrySet& countries, const std::vector<bool>& included) {
    StatusCount c;
    if (instrumentIndex < 0 || instrumentIndex >= static_cast<int>(dataset.instruments.size())) return c;
    const Instrument& in = dataset.instruments[Index(instrumentIndex)];
    for (const Participation& p : in.participants) {
        const int ci = countries.Find(p.country);
        if (ci < 0 || Index(ci) >= included.size() || !included[Index(ci)]) continue;
        if (!countries.countries[Index(ci)].IsIso()) continue;
        AddToCount(c, statusFilter, StatusAt(in, p, day), p.country);
    }
    return c;
}

}  // namespace engagemap
