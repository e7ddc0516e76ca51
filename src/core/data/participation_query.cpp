#include "core/data/participation_query.hpp"

#include <algorithm>

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

StatusAtResult StatusAt(const Dataset& ds, int instrumentIndex, std::string_view countryKey, const CivilDate& day) {
    if (instrumentIndex < 0 || instrumentIndex >= static_cast<int>(ds.instruments.size())) return {};
    const Instrument& in = ds.instruments[instrumentIndex];
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
        case StatusFilter::Any: return s != MembershipStatus::None;
    }
    return false;
}

StatusCount CountWithStatus(const Dataset& ds, int instrumentIndex, StatusFilter filter, const CivilDate& day) {
    StatusCount c;
    if (instrumentIndex < 0 || instrumentIndex >= static_cast<int>(ds.instruments.size())) return c;
    const Instrument& in = ds.instruments[instrumentIndex];
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
