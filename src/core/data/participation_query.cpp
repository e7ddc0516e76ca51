#include "core/data/participation_query.hpp"

#include <algorithm>
#include <tuple>

namespace engagemap {

namespace {

int TreatyRank(MembershipStatus s) {
    switch (s) {
        case MembershipStatus::Invited: return 1;
        case MembershipStatus::Signed: return 2;
        case MembershipStatus::Party: return 3;
        case MembershipStatus::InForce: return 4;
        default: return 0;
    }
}

MembershipStatus StatusOf(EventType t) {
    switch (t) {
        case EventType::Invited: return MembershipStatus::Invited;
        case EventType::Signed: return MembershipStatus::Signed;
        case EventType::Ratified:
        case EventType::Accepted:
        case EventType::Acceded: return MembershipStatus::Party;
        case EventType::InForce: return MembershipStatus::InForce;
        case EventType::Denounced: return MembershipStatus::Denounced;
        case EventType::Joined: return MembershipStatus::Member;
        case EventType::Left: return MembershipStatus::Former;
        case EventType::Start: return MembershipStatus::Participant;
        case EventType::End: return MembershipStatus::Ended;
        case EventType::Launched:
        case EventType::Round:
        case EventType::Resumed: return MembershipStatus::Active;
        case EventType::Suspended: return MembershipStatus::Suspended;
        case EventType::Ended: return MembershipStatus::Ended;
    }
    return MembershipStatus::None;
}

// State after applying one event: treaties only move forward (a later stage implies the earlier
// ones) except denunciation; forums and programs follow the last event.
MembershipStatus Apply(InstrumentKind kind, MembershipStatus cur, EventType t) {
    MembershipStatus next = StatusOf(t);
    if (kind != InstrumentKind::Treaty || next == MembershipStatus::Denounced || cur == MembershipStatus::Denounced)
        return next;
    return TreatyRank(next) > TreatyRank(cur) ? next : cur;
}

}  // namespace

std::string_view ToString(MembershipStatus s) {
    switch (s) {
        case MembershipStatus::None: return "none";
        case MembershipStatus::Invited: return "invited";
        case MembershipStatus::Signed: return "signed";
        case MembershipStatus::Party: return "party";
        case MembershipStatus::InForce: return "in_force";
        case MembershipStatus::Denounced: return "denounced";
        case MembershipStatus::Member: return "member";
        case MembershipStatus::Former: return "former";
        case MembershipStatus::Participant: return "participant";
        case MembershipStatus::Ended: return "ended";
        case MembershipStatus::Active: return "active";
        case MembershipStatus::Suspended: return "suspended";
    }
    return "none";
}

StatusAtResult StatusAt(const Instrument& in, const Participation& part, const CivilDate& day) {
    StatusAtResult r;
    MembershipStatus lo = MembershipStatus::None, hi = MembershipStatus::None;
    for (std::size_t i = 0; i < part.events.size(); ++i) {
        const Event& e = part.events[i];
        // A programme's end day is still a day of participation.
        Happened h = HappenedBy(e.date, e.type == EventType::End ? AddDays(day, -1) : day);
        if (h == Happened::No) continue;
        if (h == Happened::Yes) lo = Apply(in.kind, lo, e.type);
        MembershipStatus nhi = Apply(in.kind, hi, e.type);
        if (nhi != hi) {
            r.eventIndex = static_cast<int>(i);
            hi = nhi;
        }
    }
    // A participation that may not exist at all is never certain.
    if (part.uncertain) {
        lo = MembershipStatus::None;
        r.participationUncertain = hi != MembershipStatus::None;
    }
    r.status = hi;
    r.certainStatus = lo;
    r.certain = lo == hi;
    if (r.eventIndex >= 0) {
        const FuzzyDate& d = part.events[static_cast<std::size_t>(r.eventIndex)].date;
        // Unknown, or only bounded by rules (e.g. a signature implied by ratification) and not yet certain.
        r.dateUnknown = d.kind == DateKind::Unknown || (d.kind == DateKind::Bounded && d.derived && !r.certain);
        if (in.kind == InstrumentKind::Treaty && hi == MembershipStatus::InForce && lo != MembershipStatus::InForce &&
            !d.Latest()) {
            r.inForceNotRecorded = true;
            r.dateUnknown = false;
        }
    }
    return r;
}

bool InvolvesParty(const Instrument& in, const Participation& p, std::string_view party) {
    return p.country == party || in.HubOf(p) == party;
}

const std::string& OtherParty(const Instrument& in, const Participation& p, std::string_view party) {
    return p.country == party ? in.HubOf(p) : p.country;
}

namespace {
// Bilateral ranking of a status: active > suspended > ended > none.
int BilateralRank(MembershipStatus s) {
    switch (s) {
        case MembershipStatus::Active: return 3;
        case MembershipStatus::Suspended: return 2;
        case MembershipStatus::Ended: return 1;
        default: return 0;
    }
}

// The latest day on which an event of `p` certainly happened by `day` (its earliest possible day;
// for an event known only by an upper bound, that bound), or nullopt when none certainly did.
std::optional<CivilDate> LatestCertainEvent(const Participation& p, const CivilDate& day) {
    std::optional<CivilDate> latest;
    for (const Event& e : p.events) {
        if (e.date.uncertain || HappenedBy(e.date, day) != Happened::Yes) continue;
        const auto d = e.date.Earliest() ? e.date.Earliest() : e.date.Latest();
        if (d && (!latest || *d > *latest)) latest = d;
    }
    return latest;
}

}  // namespace

StatusAtResult BilateralStatusAt(const Instrument& in, std::string_view hub, std::string_view party,
                                 const CivilDate& day) {
    const auto rank = [](const StatusAtResult& x) {
        return std::tuple(BilateralRank(x.status), BilateralRank(x.certainStatus), x.certain && !x.dateUnknown);
    };
    StatusAtResult best;
    if (party == hub) {  // the hub's own standing: the best of its pairs
        for (const std::string& other : BilateralParties(in)) {
            if (other == hub) continue;
            const StatusAtResult r = BilateralStatusAt(in, hub, other, day);
            if (r.participantIndex >= 0 && (best.participantIndex < 0 || rank(r) > rank(best))) best = r;
        }
        return best;
    }
    std::optional<CivilDate> bestRecency;
    for (std::size_t i = 0; i < in.participants.size(); ++i) {
        const Participation& p = in.participants[i];
        if (!InvolvesParty(in, p, hub) || OtherParty(in, p, hub) != party) continue;
        StatusAtResult r = StatusAt(in, p, day);
        r.participantIndex = static_cast<int>(i);
        const std::optional<CivilDate> recency = LatestCertainEvent(p, day);
        // A pair: the dialogue with the most recent certain event speaks for it (a suspension after
        // an older agreement, a new channel after a suspended one); ties and the hub: the best status.
        bool better = best.participantIndex < 0;
        if (!better && recency != bestRecency) better = recency.has_value() && (!bestRecency || *recency > *bestRecency);
        else if (!better) better = rank(r) > rank(best);
        if (better) {
            best = r;
            bestRecency = recency;
        }
    }
    if (best.participantIndex >= 0 && best.status == MembershipStatus::None) best = StatusAtResult{};
    return best;
}

std::vector<std::string> BilateralParties(const Instrument& in) {
    std::vector<std::string> out;
    auto add = [&out](const std::string& id) {
        if (!id.empty() && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    };
    add(in.hub);
    for (const Participation& p : in.participants) {
        add(in.HubOf(p));
        add(p.country);
    }
    return out;
}

std::vector<PartyStatus> StatusesOfParties(const Instrument& in, std::string_view hub, const CivilDate& day,
                                           bool withHub) {
    std::vector<PartyStatus> out;
    if (in.kind != InstrumentKind::Bilateral) {
        for (const Participation& p : in.participants) out.push_back({p.country, StatusAt(in, p, day)});
        return out;
    }
    const std::string h(hub.empty() ? std::string_view(in.hub) : hub);
    for (const std::string& party : BilateralParties(in)) {
        if (party == h && !withHub) continue;
        StatusAtResult r = BilateralStatusAt(in, h, party, day);
        if (r.participantIndex >= 0) out.push_back({party, r});
    }
    return out;
}

std::vector<PartyStatus> OwnStatusesOfParties(const Instrument& in, const CivilDate& day) {
    if (in.kind != InstrumentKind::Bilateral) return StatusesOfParties(in, {}, day, false);
    std::vector<PartyStatus> out;
    for (const std::string& party : BilateralParties(in)) out.push_back({party, BilateralStatusAt(in, party, party, day)});
    return out;
}

int MeetingsHeldBy(const Participation& dialogue, const CivilDate& day) {
    int rounds = 0;
    const Event* launch = nullptr;
    for (const Event& e : dialogue.events) {
        if (e.type == EventType::Launched && !launch) launch = &e;
        if (e.type == EventType::Round && !e.date.uncertain && HappenedBy(e.date, day) == Happened::Yes) ++rounds;
    }
    // A launch known only by a bound (the earliest dated round) is no meeting of its own.
    if (launch && launch->date.kind == DateKind::Exact && !launch->date.uncertain &&
        HappenedBy(launch->date, day) == Happened::Yes) {
        bool roundOnLaunchDay = false;
        for (const Event& e : dialogue.events)
            if (e.type == EventType::Round && e.date.kind == DateKind::Exact &&
                e.date.value.First() == launch->date.value.First())
                roundOnLaunchDay = true;
        if (!roundOnLaunchDay) ++rounds;
    }
    return rounds;
}

StatusAtResult StatusAt(const Dataset& ds, int instrumentIndex, std::string_view countryKey, const CivilDate& day) {
    if (instrumentIndex < 0 || instrumentIndex >= static_cast<int>(ds.instruments.size())) return {};
    const Instrument& in = ds.instruments[instrumentIndex];
    if (in.kind == InstrumentKind::Bilateral) return BilateralStatusAt(in, in.hub, countryKey, day);
    int p = in.FindParticipant(countryKey);
    if (p < 0) return {};
    return StatusAt(in, in.participants[p], day);
}

std::string DescribeStatus(const StatusAtResult& r) {
    std::string s(ToString(r.status));
    if (r.inForceNotRecorded) s = "party, entry into force not recorded";
    if (r.participationUncertain) return s + " (participation uncertain)";
    if (r.inForceNotRecorded) return s;
    if (r.dateUnknown) return s + ", date unknown";
    if (!r.certain) return s + " (uncertain; certain: " + std::string(ToString(r.certainStatus)) + ")";
    return s;
}

std::optional<StatusFilter> ParseStatusFilter(std::string_view s) {
    if (s == "party" || s == "parties") return StatusFilter::Parties;
    if (s == "in_force") return StatusFilter::InForce;
    if (s == "signed" || s == "signatory") return StatusFilter::Signatories;
    if (s == "invited") return StatusFilter::Invited;
    if (s == "denounced") return StatusFilter::Denounced;
    if (s == "member" || s == "members") return StatusFilter::Members;
    if (s == "former" || s == "left") return StatusFilter::Former;
    if (s == "participant" || s == "participants") return StatusFilter::Participants;
    if (s == "active") return StatusFilter::Active;
    if (s == "suspended") return StatusFilter::SuspendedOnly;
    if (s == "ended") return StatusFilter::EndedOnly;
    if (s == "any") return StatusFilter::Any;
    return std::nullopt;
}

std::string_view ToString(StatusFilter f) {
    switch (f) {
        case StatusFilter::Parties: return "party";
        case StatusFilter::InForce: return "in_force";
        case StatusFilter::Signatories: return "signed";
        case StatusFilter::Invited: return "invited";
        case StatusFilter::Denounced: return "denounced";
        case StatusFilter::Members: return "member";
        case StatusFilter::Former: return "former";
        case StatusFilter::Participants: return "participant";
        case StatusFilter::Active: return "active";
        case StatusFilter::SuspendedOnly: return "suspended";
        case StatusFilter::EndedOnly: return "ended";
        case StatusFilter::Any: return "any";
    }
    return "any";
}

StatusFilter DefaultStatusFilter(InstrumentKind kind) {
    switch (kind) {
        case InstrumentKind::Treaty: return StatusFilter::Parties;
        case InstrumentKind::Forum: return StatusFilter::Members;
        case InstrumentKind::Program:
        case InstrumentKind::Assessment: return StatusFilter::Participants;
        case InstrumentKind::Bilateral: return StatusFilter::Active;
    }
    return StatusFilter::Any;
}

bool Matches(StatusFilter f, MembershipStatus s) {
    switch (f) {
        case StatusFilter::Parties: return s == MembershipStatus::Party || s == MembershipStatus::InForce;
        case StatusFilter::InForce: return s == MembershipStatus::InForce;
        case StatusFilter::Signatories: return s == MembershipStatus::Signed;
        case StatusFilter::Invited: return s == MembershipStatus::Invited;
        case StatusFilter::Denounced: return s == MembershipStatus::Denounced;
        case StatusFilter::Members: return s == MembershipStatus::Member;
        case StatusFilter::Former: return s == MembershipStatus::Former;
        case StatusFilter::Participants: return s == MembershipStatus::Participant;
        case StatusFilter::Active: return s == MembershipStatus::Active;
        case StatusFilter::SuspendedOnly: return s == MembershipStatus::Suspended;
        case StatusFilter::EndedOnly: return s == MembershipStatus::Ended;
        case StatusFilter::Any: return s != MembershipStatus::None;
    }
    return false;
}

StatusCount CountWithStatus(const Dataset& ds, int instrumentIndex, StatusFilter filter, const CivilDate& day) {
    StatusCount c;
    if (instrumentIndex < 0 || instrumentIndex >= static_cast<int>(ds.instruments.size())) return c;
    const Instrument& in = ds.instruments[instrumentIndex];
    if (in.kind == InstrumentKind::Bilateral) {  // the default hub's partners, each once
        for (const std::string& party : BilateralParties(in))
            if (party != in.hub) AddToCount(c, filter, BilateralStatusAt(in, in.hub, party, day), party);
        return c;
    }
    for (const Participation& p : in.participants) AddToCount(c, filter, StatusAt(in, p, day), p.country);
    return c;
}

void AddToCount(StatusCount& c, StatusFilter filter, const StatusAtResult& r, const std::string& country) {
    const bool a = Matches(filter, r.certainStatus), b = Matches(filter, r.status);
    if (a && b) {
        ++c.certain;
        c.certainCountries.push_back(country);
    } else if (a || b) {
        ++c.uncertain;
        c.uncertainCountries.push_back(country);
    }
}

std::vector<int> RoundsInProgress(const Instrument& in, const CivilDate& day) {
    std::vector<int> out;
    for (std::size_t i = 0; i < in.rounds.size(); ++i) {
        const auto start = in.rounds[i].Start().Earliest();
        const auto end = in.rounds[i].End().Latest();
        if (start && end && *start <= day && day <= *end) out.push_back(static_cast<int>(i));
    }
    return out;
}

std::vector<std::string> RoundsTakenPart(const Participation& part) {
    std::vector<std::string> out;
    for (const Event& e : part.events)
        if (!e.round.empty() && std::find(out.begin(), out.end(), e.round) == out.end()) out.push_back(e.round);
    return out;
}

bool InCurrentRound(const Instrument& in, const Participation& part, const CivilDate& day) {
    for (int r : RoundsInProgress(in, day))
        for (const Event& e : part.events)
            if (e.round == in.rounds[static_cast<std::size_t>(r)].id) return true;
    return false;
}

std::string FormatCount(const StatusCount& c) {
    std::string s = std::to_string(c.certain);
    if (c.uncertain > 0) s += " (+" + std::to_string(c.uncertain) + " uncertain)";
    return s;
}

}  // namespace engagemap
