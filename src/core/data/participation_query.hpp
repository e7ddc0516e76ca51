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
    Ended,        // program: ended
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
};

// Status of `participation` in `instrument` at the end of `day`.
StatusAtResult StatusAt(const Instrument& instrument, const Participation& participation, const CivilDate& day);

// Same, by instrument index and country key; None (certain) when the country is not listed.
StatusAtResult StatusAt(const Dataset& dataset, int instrumentIndex, std::string_view countryKey,
                        const CivilDate& day);

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
