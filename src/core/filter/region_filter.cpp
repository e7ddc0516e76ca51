#include "core/filter/region_filter.hpp"

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>

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
    }
    if (error) {
        error->assign("unknown region '");
        error->append(token);
        error->append("': expected a UN M49 region, subregion or instrument id");
    }
    return false;
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
    for (size_t i = 0; i < countries.countries.size() && i < included.size(); ++i) {
        if (!included[i]) continue;
        for (const Polygon& poly : countries.countries[i].polygons)
            for (const Ring& ring : poly.rings)
                for (const LonLat& p : ring) box.Extend(p);
    }
    return box;
}

std::optional<ProjectedBox> FilteredProjectedBox(const CountrySet& countries, const std::vector<bool>& included,
                                                 ProjectionKind projection) {
    constexpr double kInf = std::numeric_limits<double>::infinity();
    ProjectedBox box{kInf, kInf, -kInf, -kInf};
    bool any = false;
    for (size_t i = 0; i < countries.countries.size() && i < included.size(); ++i) {
        if (!included[i]) continue;
        for (const Polygon& poly : countries.countries[i].polygons)
            for (const Ring& ring : poly.rings)
                for (const LonLat& p : ring) {
                    const Vec2 v = Project(projection, p);
                    box.minX = std::min(box.minX, v.x);
                    box.minY = std::min(box.minY, v.y);
                    box.maxX = std::max(box.maxX, v.x);
                    box.maxY = std::max(box.maxY, v.y);
                    any = true;
                }
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
