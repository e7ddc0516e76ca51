#include "core/filter/bilateral_view.hpp"

#include <algorithm>
#include <cmath>

#include "core/data/country_groups.hpp"
#include "core/geo/great_circle.hpp"
#include "core/style/palettes.hpp"
#include "core/timeline/status_colouring.hpp"

namespace engagemap {

std::optional<LonLat> PartyAnchorPoint(const Instrument& in, const CountrySet& countries, std::string_view party) {
    const int ci = countries.Find(std::string(party));
    if (ci >= 0) return countries.countries[static_cast<std::size_t>(ci)].label;
    if (const PartyAnchor* a = in.FindParty(party)) return LonLat{a->lon, a->lat};
    return std::nullopt;
}

float ArcWidthPx(int meetings) { return 1.5f + 0.75f * static_cast<float>(std::clamp(meetings, 0, 8)); }

namespace {

// The earliest day the launch (else the first event) of a dialogue may have happened.
std::optional<CivilDate> EarliestStart(const Participation& p) {
    for (const Event& e : p.events) {
        if (auto d = e.date.Earliest()) return d;
        if (auto d = e.date.Latest()) return d;  // known only by: grows from that day
    }
    return std::nullopt;
}

}  // namespace

std::vector<ArcStroke> ArcStrokes(const std::vector<ArcView>& arcs) {
    std::vector<ArcStroke> out;
    for (const ArcView& a : arcs)
        if (!a.memberOutline.pieces.empty()) out.push_back(a.memberOutline);
    for (const ArcView& a : arcs) out.push_back(a.stroke);
    return out;
}

std::vector<std::vector<LonLat>> CountryOutlines(const CountrySet& countries, const std::vector<std::string>& members,
                                                 double centralMeridian) {
    std::vector<std::vector<LonLat>> pieces;
    for (const std::string& key : members) {
        const int ci = countries.Find(key);
        if (ci < 0) continue;
        for (const Polygon& poly : countries.countries[static_cast<std::size_t>(ci)].polygons) {
            if (poly.rings.empty() || poly.rings[0].size() < 3) continue;
            std::vector<LonLat> closed = poly.rings[0];
            closed.push_back(closed.front());
            for (auto& piece : CutAtMapEdge(closed, centralMeridian)) pieces.push_back(std::move(piece));
        }
    }
    return pieces;
}

ArcStroke HubMemberOutline(const Dataset& dataset, const Instrument& in, std::string_view hub,
                           const CountrySet& countries, const CivilDate& day, double centralMeridian) {
    ArcStroke outline;
    const PartyAnchor* party = in.FindParty(hub.empty() ? std::string_view(in.hub) : hub);
    const CountryGroup* group = party && !party->group.empty() ? dataset.FindGroup(party->group) : nullptr;
    if (!group) return outline;
    outline.pieces = CountryOutlines(countries, GroupMembersAt(*group, day), centralMeridian);
    outline.colour = StatusColour(MembershipStatus::Active);
    outline.widthPx = 1.25f;
    return outline;
}

std::vector<ArcView> BuildBilateralArcs(const Dataset& dataset, const Instrument& in, std::string_view hubArg,
                                        const CountrySet& countries, const CivilDate& day, double centralMeridian,
                                        std::vector<std::string>* missing) {
    std::vector<ArcView> arcs;
    if (in.kind != InstrumentKind::Bilateral) return arcs;
    const std::string hub(hubArg.empty() ? std::string_view(in.hub) : hubArg);
    const std::optional<LonLat> from = PartyAnchorPoint(in, countries, hub);
    for (const std::string& partner : BilateralParties(in)) {
        if (partner == hub) continue;
        ArcView a;
        a.status = BilateralStatusAt(in, hub, partner, day);
        if (a.status.participantIndex < 0 || a.status.status == MembershipStatus::None) continue;
        const std::optional<LonLat> to = PartyAnchorPoint(in, countries, partner);
        if (!from || !to) {
            if (missing) missing->push_back(!from ? hub : partner);
            continue;
        }
        a.hub = hub;
        a.partner = partner;
        a.from = *from;
        a.to = *to;
        a.partnerIsGroup = in.FindParty(partner) != nullptr && countries.Find(partner) < 0;
        a.uncertain = !a.status.certain || a.status.dateUnknown;
        for (std::size_t i = 0; i < in.participants.size(); ++i) {
            const Participation& p = in.participants[i];
            if (!InvolvesParty(in, p, hub) || OtherParty(in, p, hub) != partner) continue;
            a.dialogues.push_back(static_cast<int>(i));
            a.meetings += MeetingsHeldBy(p, day);
            const auto start = EarliestStart(p);
            if (start && (!a.launched || *start < *a.launched)) a.launched = start;
            if (a.partnerName.empty()) a.partnerName = p.country == partner ? p.name : std::string();
        }
        if (a.partnerName.empty())
            if (const PartyAnchor* party = in.FindParty(partner)) a.partnerName = party->name;
        if (a.launched) {
            const double days = static_cast<double>(DaysFromCivil(day) - DaysFromCivil(*a.launched) + 1);
            a.growth = std::clamp(days / kArcGrowDays, 0.0, 1.0);
        }
        a.stroke.pieces = GreatCircleArc(a.from, a.to, a.growth, centralMeridian);
        a.stroke.colour = StatusColour(a.status.status);
        if (a.uncertain) a.stroke.colour.a = 150;  // lighter while the status is not certain
        a.stroke.widthPx = ArcWidthPx(a.meetings);
        a.stroke.dashed = a.status.status == MembershipStatus::Suspended;
        const PartyAnchor* party = in.FindParty(partner);
        if (const CountryGroup* group = party && !party->group.empty() ? dataset.FindGroup(party->group) : nullptr) {
            GroupMembers m = GroupMembershipAt(*group, day);
            a.members = std::move(m.certain);
            a.membersUncertain = std::move(m.uncertain);
            a.memberOutline.pieces = CountryOutlines(countries, a.members, centralMeridian);
            a.memberOutline.colour = a.stroke.colour;
            a.memberOutline.widthPx = 1.25f;
        }
        arcs.push_back(std::move(a));
    }
    return arcs;
}

int ArcNearPoint(const std::vector<ArcView>& arcs, ProjectionKind projection, const MapView& view, Vec2 screenPx,
                 double maxDistancePx) {
    int best = -1;
    double bestDistance = maxDistancePx;
    for (std::size_t i = 0; i < arcs.size(); ++i) {
        for (const std::vector<Vec2>& piece : ProjectArc(projection, arcs[i].stroke.pieces)) {
            for (std::size_t k = 1; k < piece.size(); ++k) {
                const Vec2 a = view.ProjectedToScreen(piece[k - 1]), b = view.ProjectedToScreen(piece[k]);
                const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
                const double t = len2 > 0 ? std::clamp(((screenPx.x - a.x) * dx + (screenPx.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
                const double d = std::hypot(screenPx.x - (a.x + t * dx), screenPx.y - (a.y + t * dy));
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = static_cast<int>(i);
                }
            }
        }
    }
    return best;
}

std::string DescribeArc(const Dataset& dataset, const Instrument& in, const ArcView& arc, const CivilDate& day) {
    std::string s = arc.hub + " - " + (arc.partnerName.empty() ? arc.partner : arc.partnerName) + ": " +
                    StatusLabel(arc.status.status);
    if (arc.uncertain) s += " (uncertain: " + DescribeStatus(arc.status) + ")";
    s += "; " + std::to_string(arc.meetings) + " meeting(s) held by " + ToString(day);
    if (!arc.members.empty() || !arc.membersUncertain.empty()) {
        s.append("\n").append(std::to_string(arc.members.size())).append(" member states outlined");
        if (!arc.membersUncertain.empty())
            s.append(" (+").append(std::to_string(arc.membersUncertain.size())).append(" uncertain, not outlined)");
    }
    for (int i : arc.dialogues) {
        const Participation& p = in.participants[static_cast<std::size_t>(i)];
        s += "\n" + p.dialogue + ": " + DescribeStatus(StatusAt(in, p, day));
        for (const Event& e : p.events)
            if (e.type == EventType::Launched) s += ", launched " + e.date.Describe();
        s += ", " + std::to_string(MeetingsHeldBy(p, day)) + " meeting(s)";
        std::vector<std::string> ids;
        for (const Event& e : p.events)
            for (const std::string& id : e.sources)
                if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
        for (const std::string& id : ids) {
            const int si = dataset.FindSource(id);
            s += "\n  source: " + (si < 0 ? id : dataset.sources[static_cast<std::size_t>(si)].title);
        }
    }
    return s;
}

}  // namespace engagemap
