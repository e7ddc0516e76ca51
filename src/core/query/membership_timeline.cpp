#include "core/query/membership_timeline.hpp"

#include <map>
#include <set>

#include "core/data/participation_query.hpp"
#include "core/geo/un_m49.hpp"

namespace engagemap {

namespace {

CivilDate PeriodEnd(const CivilDate& d, TimelinePeriod step) {
    if (step == TimelinePeriod::Year) return CivilDate{d.year, 12, 31};
    return CivilDate{d.year, d.month, DaysInMonth(d.year, d.month)};
}

CivilDate NextPeriodStart(const CivilDate& end, TimelinePeriod step) {
    if (step == TimelinePeriod::Year) return CivilDate{end.year + 1, 1, 1};
    return end.month == 12 ? CivilDate{end.year + 1, 1, 1} : CivilDate{end.year, end.month + 1, 1};
}

std::string GroupOf(const std::string& iso3, TimelineGrouping by) {
    if (by == TimelineGrouping::None) return {};
    const M49Placement p = M49PlacementOf(iso3);
    const std::string_view name = by == TimelineGrouping::Region ? p.region : p.subregion;
    return name.empty() ? std::string("(none)") : std::string(name);
}

}  // namespace

TimelineOptions DefaultTimelineSpan(const Instrument& in) {
    std::optional<CivilDate> first = in.OpeningDay(), last;
    for (const Participation& p : in.participants)
        for (const Event& e : p.events) {
            for (const std::optional<CivilDate>& d : {e.date.Earliest(), e.date.Latest()}) {
                if (!d) continue;
                if (!first || *d < *first) first = d;
                if (!last || *d > *last) last = d;
            }
        }
    if (auto asOf = in.coverage.asOf.Latest(); asOf && (!last || *asOf > *last)) last = asOf;
    TimelineOptions o;
    o.from = first.value_or(CivilDate{2000, 1, 1});
    o.to = last.value_or(o.from);
    return o;
}

std::vector<TimelinePoint> MembershipTimeline(const Instrument& in, const TimelineOptions& o) {
    std::vector<TimelinePoint> out;
    const StatusFilter filter = DefaultStatusFilter(in.kind);
    std::set<std::string> groups;
    for (const Participation& p : in.participants) groups.insert(GroupOf(p.country, o.by));
    std::map<std::string, bool> everCounted;
    std::vector<std::map<std::string, TimelinePoint>> periods;
    for (CivilDate start = o.from; !(start > o.to); ) {
        const CivilDate end = PeriodEnd(start, o.step);
        std::map<std::string, TimelinePoint> points;
        for (const std::string& g : groups) points[g] = TimelinePoint{end, g, 0, 0};
        for (const Participation& p : in.participants) {
            StatusCount c;
            AddToCount(c, filter, StatusAt(in, p, end), p.country);
            TimelinePoint& pt = points[GroupOf(p.country, o.by)];
            pt.certain += c.certain;
            pt.uncertain += c.uncertain;
            if (c.certain + c.uncertain > 0) everCounted[pt.group] = true;
        }
        periods.push_back(std::move(points));
        start = NextPeriodStart(end, o.step);
    }
    for (auto& points : periods)
        for (auto& [g, pt] : points)
            if (o.by == TimelineGrouping::None || everCounted[g]) out.push_back(pt);
    return out;
}

ViewTable TimelineTable(const std::vector<TimelinePoint>& points, TimelineGrouping by) {
    ViewTable t;
    t.header = {"date"};
    if (by == TimelineGrouping::Region) t.header.push_back("region");
    if (by == TimelineGrouping::Subregion) t.header.push_back("subregion");
    t.header.push_back("certain");
    t.header.push_back("uncertain");
    for (const TimelinePoint& p : points) {
        std::vector<std::string> row = {ToString(p.day)};
        if (by != TimelineGrouping::None) row.push_back(p.group);
        row.push_back(std::to_string(p.certain));
        row.push_back(std::to_string(p.uncertain));
        t.rows.push_back(std::move(row));
    }
    return t;
}

}  // namespace engagemap
