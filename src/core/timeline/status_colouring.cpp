#include "core/timeline/status_colouring.hpp"

#include <map>

namespace engagemap {

const char* StatusLabel(MembershipStatus status) {
    switch (status) {
        case MembershipStatus::None: return "No engagement recorded";
        case MembershipStatus::Invited: return "Invited to accede";
        case MembershipStatus::Signed: return "Signed";
        case MembershipStatus::Party: return "Party (deposited, not yet in force)";
        case MembershipStatus::InForce: return "Party, in force";
        case MembershipStatus::Denounced: return "Denounced";
        case MembershipStatus::Member: return "Member";
        case MembershipStatus::Former: return "Left";
        case MembershipStatus::Participant: return "Participant";
        case MembershipStatus::Ended: return "Participation ended";
        case MembershipStatus::Active: return "Dialogue active";
        case MembershipStatus::Suspended: return "Dialogue suspended";
    }
    return "";
}

std::vector<MembershipStatus> StatusesForKind(InstrumentKind kind) {
    switch (kind) {
        case InstrumentKind::Treaty:
            return {MembershipStatus::Invited, MembershipStatus::Signed, MembershipStatus::Party,
                    MembershipStatus::InForce, MembershipStatus::Denounced};
        case InstrumentKind::Forum: return {MembershipStatus::Member, MembershipStatus::Former};
        case InstrumentKind::Program:
        case InstrumentKind::Assessment: return {MembershipStatus::Participant, MembershipStatus::Ended};
        case InstrumentKind::Bilateral:
            return {MembershipStatus::Active, MembershipStatus::Suspended, MembershipStatus::Ended};
    }
    return {};
}

std::vector<StatusAtResult> StatusesAt(const Dataset& dataset, int instrumentIndex, const CountrySet& countries,
                                       const CivilDate& day, std::string_view hub) {
    std::vector<StatusAtResult> out(countries.countries.size());
    if (instrumentIndex < 0 || instrumentIndex >= static_cast<int>(dataset.instruments.size())) return out;
    const Instrument& instrument = dataset.instruments[static_cast<size_t>(instrumentIndex)];
    for (const PartyStatus& p : StatusesOfParties(instrument, hub, day, true)) {
        const int ci = countries.Find(p.party);
        if (ci < 0 || !countries.countries[static_cast<size_t>(ci)].IsIso()) continue;
        out[static_cast<size_t>(ci)] = p.status;
    }
    return out;
}

std::vector<Rgba8> ColoursForStatuses(const std::vector<StatusAtResult>& statuses, Rgba8 noneColour, Theme theme) {
    std::vector<Rgba8> out;
    out.reserve(statuses.size());
    for (const StatusAtResult& s : statuses) {
        Rgba8 c = s.status == MembershipStatus::None ? noneColour : StatusColour(s.status, theme);
        if (s.status != MembershipStatus::None && (!s.certain || s.dateUnknown)) c.a = kUncertainAlpha;
        out.push_back(c);
    }
    return out;
}

StatusLegend BuildStatusLegend(const Dataset& dataset, int instrumentIndex, const CountrySet& countries,
                               const CivilDate& day, std::string_view hub) {
    StatusLegend legend;
    if (instrumentIndex < 0 || instrumentIndex >= static_cast<int>(dataset.instruments.size())) return legend;
    const Instrument& instrument = dataset.instruments[static_cast<size_t>(instrumentIndex)];
    std::map<MembershipStatus, LegendEntry> byStatus;
    for (MembershipStatus s : StatusesForKind(instrument.kind))
        byStatus[s] = LegendEntry{s, StatusColour(s), StatusLabel(s), 0, 0};
    int withoutGeometry = 0;
    std::vector<std::string> atAnchors;  // bilateral: non-country parties, drawn at their group anchor
    for (const PartyStatus& p : StatusesOfParties(instrument, hub, day, false)) {
        const StatusAtResult& r = p.status;
        if (r.status == MembershipStatus::None) continue;
        auto& entry = byStatus[r.status];
        entry.status = r.status;
        entry.colour = StatusColour(r.status);
        entry.label = StatusLabel(r.status);
        if (r.certain && !r.dateUnknown) entry.certain++;
        else entry.uncertain++;
        if (countries.Find(p.party) >= 0) continue;
        if (const PartyAnchor* a = instrument.FindParty(p.party)) atAnchors.push_back(a->name);
        else ++withoutGeometry;
    }
    for (MembershipStatus s : StatusesForKind(instrument.kind)) legend.entries.push_back(byStatus[s]);
    int uncertain = 0;
    for (const auto& e : legend.entries) uncertain += e.uncertain;
    if (uncertain > 0)
        legend.hatchMeaning = std::to_string(uncertain) + " hatched: " + kHatchMeaningStatus;
    if (withoutGeometry > 0)
        legend.notes.push_back(std::to_string(withoutGeometry) + " listed but too small for this map scale");
    for (const std::string& name : atAnchors) legend.notes.push_back(name + ": not a country; its arc ends at a group anchor");
    const Coverage& cov = instrument.coverage;
    const std::optional<CivilDate> countedOn = cov.asOf.Earliest();
    if (countedOn && day < *countedOn) return legend;
    if (cov.membersTotal && cov.identified && *cov.identified < *cov.membersTotal) {
        legend.provenance = std::to_string(*cov.membersTotal - *cov.identified) +
                            " not shown: not identified in sources (" + std::to_string(*cov.membersTotal) +
                            " in all, " + cov.asOf.Describe() + ")";
    } else if (!cov.note.empty()) {
        legend.provenance = cov.note;
    }
    return legend;
}

}  // namespace engagemap
