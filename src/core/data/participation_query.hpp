// Questions asked of a loaded dataset: what was a country's status in an instrument on a given
// day, and how many countries had a status on that day. Uncertain dates are treated honestly: an
// answer is "certain" only when every event it relies on certainly happened by that day (and no
// later event may already have happened); otherwise it is marked uncertain. Used by the CLI
// (`engagemap query`) and the timeline.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/civil_date.hpp"
#include "core/data/dataset.hpp"

namespace engagemap {

// A country's standing in one instrument on one day.
enum class MembershipStatus {
    None,         // no event has happened (or the country is not listed)
    Invited,      // treaty: invited to accede
    Signed,       // treaty: signed, no instrument deposited
    Party,        // treaty: ratification / acceptance / accession deposited, not yet in force for it
    InForce,      // treaty: in force for that country (a party)
    Denounced,    // treaty: denounced
    Member,       // forum: joined and not left
    Former,       // forum: left
    Participant,  // program: started and not ended (end day inclusive)
    Ended,        // program: ended; bilateral: the dialogue ended
    Active,       // bilateral: launched or met, not suspended or ended since
    Suspended,    // bilateral: suspended, not resumed since
};

std::string_view ToString(MembershipStatus s);  // "none", "invited", "signed", "party", "in_force", ...

// Answer of StatusAt.
struct StatusAtResult {
    MembershipStatus status = MembershipStatus::None;         // most advanced status the sources allow
    MembershipStatus certainStatus = MembershipStatus::None;  // status from events certainly passed
    bool certain = true;       // status == certainStatus and nothing pending may have changed it
    bool dateUnknown = false;  // the event giving `status` has no date at all ("party, date unknown"),
                               // or only bounds derived by rules and it may not have happened yet
                               // ("signed, date unknown")
    bool inForceNotRecorded = false;  // a party whose entry into force has no upper bound and may not
                                      // have happened: "party, entry into force not recorded"
    bool participationUncertain = false;  // sources disagree whether the participation exists at all
    int eventIndex = -1;       // index in Participation::events giving `status`; -1 if none
    int participantIndex = -1; // index in Instrument::participants of the participation answered (bilateral:
                               // the dialogue that gives the pair's status); -1 if none
};

// Status of `participation` in `instrument` at the end of `day`.
StatusAtResult StatusAt(const Instrument& instrument, const Participation& participation, const CivilDate& day);

// Same, by instrument index and country key; None (certain) when the country is not listed.
// Bilateral instruments: BilateralStatusAt with the instrument's default hub.
StatusAtResult StatusAt(const Dataset& dataset, int instrumentIndex, std::string_view countryKey,
                        const CivilDate& day);

// Bilateral: whether participation `p` is a dialogue between `hub` and some other party, and that party.
bool InvolvesParty(const Instrument& instrument, const Participation& p, std::string_view party);
const std::string& OtherParty(const Instrument& instrument, const Participation& p, std::string_view party);
// Bilateral: the standing of `party` towards `hub` on `day`, over every dialogue of the pair (either
// way round): the dialogue whose most recent event certainly passed by `day` is the latest speaks
// for the pair (a suspension after an older agreement: suspended; a new channel launched after a
// suspended one: active); among dialogues with no such event the best answer wins: active over
// suspended over ended, then the certain over the uncertain. For party == hub: the best of the
// hub's pairs (engaged while any pair is active).
StatusAtResult BilateralStatusAt(const Instrument& instrument, std::string_view hub, std::string_view party,
                                 const CivilDate& day);
// One answer per participant of an instrument on `day`: for bilateral instruments, one per partner of
// `hub` (empty: the instrument's default hub) over all their dialogues, plus the hub itself when
// `withHub`; otherwise one per participation, in dataset order.
struct PartyStatus {
    std::string party;  // country code or party id
    StatusAtResult status;
};
std::vector<PartyStatus> StatusesOfParties(const Instrument& instrument, std::string_view hub, const CivilDate& day,
                                           bool withHub);

// Each party's own standing on `day`, for counting engagement across instruments (breadth,
// compare, profiles): one per participation, except in bilateral instruments, where each party
// (hub or partner) gets its standing over all its dialogues (a dialogue engages both parties).
std::vector<PartyStatus> OwnStatusesOfParties(const Instrument& instrument, const CivilDate& day);

// Bilateral: the parties (hub and partners, dataset order, each once) of an instrument.
std::vector<std::string> BilateralParties(const Instrument& instrument);
// Bilateral: `round` events of a dialogue that certainly happened by `day`, plus its launch when
// that is certain too and no round falls on the launch day ("meetings held so far").
int MeetingsHeldBy(const Participation& dialogue, const CivilDate& day);

// "party", "party (uncertain; certain: signed)", "signed, date unknown", "party, entry into force not
// recorded", "party (participation uncertain)", "none".
std::string DescribeStatus(const StatusAtResult& r);

// Groups of statuses used for counting (`engagemap query count --status`).
enum class StatusFilter {
    Parties,       // "party": Party or InForce (default for treaties)
    InForce,       // "in_force"
    Signatories,   // "signed": signed and not (yet) a party
    Invited,       // "invited"
    Denounced,     // "denounced"
    Members,       // "member" (default for forums)
    Former,        // "former" / "left"
    Participants,  // "participant" (default for programs)
    Active,        // "active" (default for bilateral dialogues)
    SuspendedOnly, // "suspended"
    EndedOnly,     // "ended"
    Any,           // "any": any status other than None
};

std::optional<StatusFilter> ParseStatusFilter(std::string_view s);
std::string_view ToString(StatusFilter f);
StatusFilter DefaultStatusFilter(InstrumentKind kind);
bool Matches(StatusFilter f, MembershipStatus s);

// Countries with a status on a day: `certain` ones, plus `uncertain` ones that may or may not have
// it (e.g. "48 (+3 uncertain)"). Country lists are in dataset order.
struct StatusCount {
    int certain = 0;
    int uncertain = 0;
    std::vector<std::string> certainCountries;
    std::vector<std::string> uncertainCountries;
};

// Adds one country's answer to a count: certain when both its certain and its most advanced
// possible status match `filter`, uncertain when only one does.
void AddToCount(StatusCount& count, StatusFilter filter, const StatusAtResult& r, const std::string& country);
StatusCount CountWithStatus(const Dataset& dataset, int instrumentIndex, StatusFilter filter, const CivilDate& day);

// Rounds of a body that meets in rounds: indices into instrument.rounds of those in progress on
// `day`: started by then (earliest possible start) and not ended before it (latest possible end).
// A round whose end is not recorded is never reported in progress (no end is guessed).
std::vector<int> RoundsInProgress(const Instrument& instrument, const CivilDate& day);
// Ids of the rounds a participation took part in, in event order, each once.
std::vector<std::string> RoundsTakenPart(const Participation& participation);
// Whether the participation has an event in a round in progress on `day` ("member of the current round").
bool InCurrentRound(const Instrument& instrument, const Participation& participation, const CivilDate& day);

// "48" or "48 (+3 uncertain)".
std::string FormatCount(const StatusCount& c);

}  // namespace engagemap
