// The engagement dataset in memory: instruments (treaties, forums, programmes), the policy pillars
// they serve, who took part and when (dated events with honest dates and sources), coverage, and
// timeline milestones. The JSON form is documented in datasets/README.md and datasets/schema.json.
#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/fuzzy_date.hpp"

namespace engagemap {

// Format version written and accepted by this build (datasets/README.md, "Versions").
inline constexpr int kDatasetFormatVersion = 1;

// What kind of instrument; decides which event types are allowed. An assessment (ITU GCI, Oxford
// CMM reviews) measures a country rather than engaging it: same events as a programme (start =
// assessed), but the breadth view leaves assessments out unless asked for by kind. A bilateral
// instrument holds dialogues between two parties (a hub and a partner): each participation is one
// dialogue, and a dialogue counts as engagement for both parties.
enum class InstrumentKind { Treaty, Forum, Program, Assessment, Bilateral };

// A dated step in a country's participation. Allowed per kind:
//   treaty:  invited, signed, ratified, accepted, acceded (the three are deposits), in_force, denounced
//   forum:   joined, left
//   program, assessment: start, end
//   bilateral: launched, round (repeatable: one per meeting held), suspended, resumed, ended
enum class EventType {
    Invited, Signed, Ratified, Accepted, Acceded, InForce, Denounced, Joined, Left, Start, End,
    Launched, Round, Suspended, Resumed, Ended
};
inline constexpr int kEventTypeCount = static_cast<int>(EventType::Ended) + 1;
inline constexpr int kInstrumentKindCount = static_cast<int>(InstrumentKind::Bilateral) + 1;

std::string_view ToString(InstrumentKind k);       // "treaty" | "forum" | "program" | "assessment" | "bilateral"
std::string_view ToString(EventType t);            // "in_force", ...
std::optional<InstrumentKind> ParseInstrumentKind(std::string_view s);
std::optional<EventType> ParseEventType(std::string_view s);
bool EventAllowedFor(InstrumentKind kind, EventType type);
bool IsDeposit(EventType t);  // ratified | accepted | acceded

// A cited document. Every event cites at least one by id.
struct Source {
    std::string id;     // unique in the dataset, e.g. "coe-chart-2015"
    std::string title;  // citation text
    std::string url;    // may be empty when the citation has no URL
    FuzzyDate asOf;     // date of the information (status date, publication); may be unknown
};

// A policy priority used for filtering (data, not code).
struct Pillar {
    std::string id;           // "law-enforcement"
    std::string name;         // "Law enforcement"
    std::string description;  // "cybercrime, rule of law"
};

// A named date of an instrument itself (opened for signature, entry into force, launch, end).
struct KeyDate {
    std::string type;  // "opened_for_signature", "entry_into_force", "adopted", "launched", "ended", ...
    FuzzyDate date;
    std::vector<std::string> sources;  // source ids
    std::string note;
};

// What is known about the whole membership, so the UI can say what is not shown.
struct Coverage {
    std::optional<int> membersTotal;   // members/parties/participants according to the best count
    FuzzyDate asOf;                    // date of that count
    std::optional<int> identified;     // how many of them the dataset names
    std::string note;                  // e.g. "about 2 invited states not identified"
    std::vector<std::string> sources;  // source ids for the count
};

// One dated step of one country.
struct Event {
    EventType type = EventType::Joined;
    FuzzyDate date;
    std::string role;                  // "founding member", "chair", "priority country"; may be empty
    std::vector<std::string> sources;  // source ids (at least one)
    std::string note;                  // may be empty
    std::string round;                 // id of the instrument's round this event belongs to; may be empty
};

// One round of a body that meets in rounds (UN GGE 2014-2015, OEWG 2019-2021) with its own sourced
// key dates ("established", "first_session", "last_session", "report_adopted"). Membership of a
// round spans from its first session to its report, so a day inside a round has certain answers.
struct Round {
    std::string id;    // "gge_2014_2015"
    std::string name;  // "UN GGE 2014-2015"
    std::vector<KeyDate> keyDates;
    std::string note;
    // The round's span: first session (else established) to report adopted (else last session).
    FuzzyDate Start() const;
    FuzzyDate End() const;
};

// One country's participation in one instrument: events in chronological order. In a bilateral
// instrument, one dialogue between `hub` and `country` (the partner); a pair may hold several
// dialogues, each its own participation.
struct Participation {
    std::string country;  // ISO 3166-1 alpha-3 (or XKX); bilateral: or a party id of the instrument (EUU, ASEAN)
    std::string name;     // display name as the source spells it; may be empty
    std::vector<Event> events;
    std::string notes;    // reservations, declarations, disputes; may be empty
    // Sources disagree whether this participation exists at all (e.g. Ecuador in the Budapest
    // Convention): never counted as certain, drawn hatched. `uncertainBasis` says why.
    bool uncertain = false;
    std::string uncertainBasis;
    std::string hub = {};      // bilateral: the other party (the instrument's hub when not given)
    std::string dialogue = {}; // bilateral: the dialogue's name ("U.S.-Japan Cyber Dialogue")
};

// Rules from an instrument's own final clauses that bound every participation's unknown dates
// (datasets/README.md, "Rules"). The instrument's opening day is its key date
// "opened_for_signature" (treaties) or "founded"/"launched"/"established" (forums, programmes):
// no event of any participant happens before it.
struct InstrumentRules {
    // A deposit by ratification/acceptance implies an earlier signature (Budapest Art. 36(2)).
    bool ratificationImpliesSignature = false;
    // Accession and invitations to accede only after the treaty's own entry into force
    // (key date "entry_into_force"; Budapest Art. 37(1)).
    bool accessionAfterEntryIntoForce = false;
    // Entry into force for a state on the first day of the month after N months from its deposit
    // (Budapest Art. 36(4)/37(2): N = 3), never before the treaty's own entry into force.
    std::optional<int> entryIntoForceMonths;
    bool Any() const { return ratificationImpliesSignature || accessionAfterEntryIntoForce || entryIntoForceMonths; }
    bool operator==(const InstrumentRules&) const = default;
};

// A party of a bilateral instrument that is not a country (the European Union, ASEAN): its id as
// the dialogue tables spell it, a name, and a point where its arcs end until its member countries
// are known (a group anchor: the seat of its institutions).
struct PartyAnchor {
    std::string id;     // "EUU", "ASEAN"
    std::string name;   // "European Union"
    double lon = 0;     // degrees
    double lat = 0;     // degrees
    std::string basis;  // why this point ("seat of the ASEAN Secretariat, Jakarta")
    std::string group;  // the dataset's country group this party stands for ("eu"); its members are
                        // outlined on the map; empty when none
};

// A treaty, forum, programme or set of bilateral dialogues.
struct Instrument {
    std::string id;         // stable id used by scripts: "budapest", "foc", ...
    std::string name;
    std::string shortName;
    InstrumentKind kind = InstrumentKind::Forum;
    std::vector<std::string> pillars;  // pillar ids (at least one)
    std::string description;
    std::string url;
    std::vector<KeyDate> keyDates;
    std::vector<Round> rounds;  // bodies that meet in rounds; empty otherwise
    InstrumentRules rules;
    Coverage coverage;
    std::vector<Participation> participants;  // one per country (bilateral: one per dialogue)
    std::string notes;
    std::string hub;                  // bilateral: the default hub (party id), e.g. "USA"
    std::vector<PartyAnchor> parties; // bilateral: non-country parties and their anchors

    // Bilateral: the anchor of a non-country party, or nullptr.
    const PartyAnchor* FindParty(std::string_view id) const;
    // Bilateral: the hub of a participation (its own, else the instrument's).
    const std::string& HubOf(const Participation& p) const { return p.hub.empty() ? hub : p.hub; }

    // Index into participants, or -1.
    int FindParticipant(std::string_view country) const;
    // First day of the key date of one of these types that is known to the day or month
    // (a month counts from its first day); nullopt when none.
    std::optional<CivilDate> KeyDay(std::initializer_list<std::string_view> types) const;
    // The day the instrument opened: "opened_for_signature", "founded", "launched", "established".
    std::optional<CivilDate> OpeningDay() const;
    // The treaty's own entry into force ("entry_into_force"), known to the day.
    std::optional<CivilDate> EntryIntoForceDay() const;
    // Index into rounds, or -1.
    int FindRound(std::string_view roundId) const;
};

// A named group of countries (ECOWAS, EU, G7, G20, NATO, ASEAN, OAS, AU, ...) usable wherever a
// region is (`--region ECOWAS`) and as a partner of bilateral dialogues. Membership is data with
// the same honest dates as instrument participation: each member is a Participation whose events
// are only `joined` / `left` (several spells allowed), each citing its sources; an unknown join
// date stays "unknown". Resolve members at a date with core/data/country_groups.hpp.
struct CountryGroup {
    std::string id;           // stable, lower case: "ecowas", "eu", "g7"
    std::string name;         // "Economic Community of West African States"
    std::string shortName;    // "ECOWAS"; may be empty
    std::string description;
    std::string url;
    std::vector<KeyDate> keyDates;         // "founded", ...: no member joins before the founding day
    Coverage coverage;                     // what is known about the whole membership
    std::vector<Participation> members;    // one per country; events joined / left only
    std::string notes;

    int FindMember(std::string_view country) const;  // index into members, or -1
};

// A dated caption for the timeline.
struct Milestone {
    std::string id;
    FuzzyDate date;
    std::string caption;
    std::string instrument;  // optional instrument id
    std::vector<std::string> sources;
};

// The whole dataset.
struct Dataset {
    int version = kDatasetFormatVersion;
    std::string title;
    std::string description;
    std::string generatedBy;  // tool/command that produced the file; may be empty
    std::vector<Pillar> pillars;
    std::vector<Source> sources;
    std::vector<Instrument> instruments;
    std::vector<Milestone> milestones;
    std::vector<CountryGroup> groups;  // country groups (datasets/README.md, "Country groups")
    std::vector<std::string> notes;

    int FindInstrument(std::string_view id) const;  // index or -1
    // Index of the group whose id or short name equals `idOrShortName` (ASCII case-insensitive:
    // "ecowas", "ECOWAS", "eu"), or -1.
    int FindGroupIndex(std::string_view idOrShortName) const;
    // The group, or nullptr (same matching as FindGroupIndex). The pointer is valid while the
    // dataset is alive and unchanged.
    const CountryGroup* FindGroup(std::string_view idOrShortName) const;
    int FindSource(std::string_view id) const;      // index or -1 (linear)
};

}  // namespace engagemap
