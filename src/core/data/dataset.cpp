#include "core/data/dataset.hpp"

#include <iterator>

namespace engagemap {

namespace {
constexpr std::string_view kKindNames[] = {"treaty", "forum", "program", "assessment", "bilateral"};
constexpr std::string_view kEventNames[] = {"invited", "signed",  "ratified", "accepted",  "acceded",  "in_force",
                                            "denounced", "joined", "left",   "start",     "end",      "launched",
                                            "round",   "suspended", "resumed", "ended"};
static_assert(std::size(kKindNames) == kInstrumentKindCount);
static_assert(std::size(kEventNames) == kEventTypeCount);
}  // namespace

std::string_view ToString(InstrumentKind k) { return kKindNames[static_cast<int>(k)]; }
std::string_view ToString(EventType t) { return kEventNames[static_cast<int>(t)]; }

std::optional<InstrumentKind> ParseInstrumentKind(std::string_view s) {
    for (int i = 0; i < kInstrumentKindCount; ++i)
        if (kKindNames[i] == s) return static_cast<InstrumentKind>(i);
    return std::nullopt;
}

std::optional<EventType> ParseEventType(std::string_view s) {
    for (int i = 0; i < kEventTypeCount; ++i)
        if (kEventNames[i] == s) return static_cast<EventType>(i);
    return std::nullopt;
}

bool IsDeposit(EventType t) { return t == EventType::Ratified || t == EventType::Accepted || t == EventType::Acceded; }

bool EventAllowedFor(InstrumentKind kind, EventType t) {
    switch (kind) {
        case InstrumentKind::Treaty:
            return t == EventType::Invited || t == EventType::Signed || IsDeposit(t) || t == EventType::InForce ||
                   t == EventType::Denounced;
        case InstrumentKind::Forum: return t == EventType::Joined || t == EventType::Left;
        case InstrumentKind::Program:
        case InstrumentKind::Assessment: return t == EventType::Start || t == EventType::End;
        case InstrumentKind::Bilateral:
            return t == EventType::Launched || t == EventType::Round || t == EventType::Suspended ||
                   t == EventType::Resumed || t == EventType::Ended;
    }
    return false;
}

std::optional<CivilDate> Instrument::KeyDay(std::initializer_list<std::string_view> types) const {
    for (std::string_view t : types)
        for (const KeyDate& k : keyDates)
            if (k.type == t && k.date.kind == DateKind::Exact) return k.date.value.First();
    return std::nullopt;
}

std::optional<CivilDate> Instrument::OpeningDay() const {
    return KeyDay({"opened_for_signature", "founded", "launched", "established"});
}

std::optional<CivilDate> Instrument::EntryIntoForceDay() const {
    for (const KeyDate& k : keyDates)
        if (k.type == "entry_into_force" && k.date.IsExactDay()) return k.date.value.First();
    return std::nullopt;
}

namespace {
FuzzyDate FirstKeyDate(const std::vector<KeyDate>& dates, std::initializer_list<std::string_view> types) {
    for (std::string_view t : types)
        for (const KeyDate& k : dates)
            if (k.type == t && k.date.kind != DateKind::Unknown) return k.date;
    return FuzzyDate::Unknown();
}
}  // namespace

FuzzyDate Round::Start() const { return FirstKeyDate(keyDates, {"first_session", "established"}); }
FuzzyDate Round::End() const { return FirstKeyDate(keyDates, {"report_adopted", "last_session"}); }

int Instrument::FindRound(std::string_view roundId) const {
    for (std::size_t i = 0; i < rounds.size(); ++i)
        if (rounds[i].id == roundId) return static_cast<int>(i);
    return -1;
}

int Instrument::FindParticipant(std::string_view country) const {
    for (std::size_t i = 0; i < participants.size(); ++i)
        if (participants[i].country == country) return static_cast<int>(i);
    return -1;
}

const PartyAnchor* Instrument::FindParty(std::string_view id) const {
    for (const PartyAnchor& p : parties)
        if (p.id == id) return &p;
    return nullptr;
}

int Dataset::FindInstrument(std::string_view id) const {
    for (std::size_t i = 0; i < instruments.size(); ++i)
        if (instruments[i].id == id) return static_cast<int>(i);
    return -1;
}

int CountryGroup::FindMember(std::string_view country) const {
    for (std::size_t i = 0; i < members.size(); ++i)
        if (members[i].country == country) return static_cast<int>(i);
    return -1;
}

namespace {
bool EqualsNoCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}
}  // namespace

int Dataset::FindGroupIndex(std::string_view idOrShortName) const {
    if (idOrShortName.empty()) return -1;
    for (std::size_t i = 0; i < groups.size(); ++i)
        if (EqualsNoCase(groups[i].id, idOrShortName)) return static_cast<int>(i);
    for (std::size_t i = 0; i < groups.size(); ++i)
        if (EqualsNoCase(groups[i].shortName, idOrShortName)) return static_cast<int>(i);
    return -1;
}

const CountryGroup* Dataset::FindGroup(std::string_view idOrShortName) const {
    const int i = FindGroupIndex(idOrShortName);
    return i < 0 ? nullptr : &groups[static_cast<std::size_t>(i)];
}

int Dataset::FindSource(std::string_view id) const {
    for (std::size_t i = 0; i < sources.size(); ++i)
        if (sources[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace engagemap
