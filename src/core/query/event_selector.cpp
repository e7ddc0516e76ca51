#include "core/query/event_selector.hpp"

namespace engagemap {

namespace {
constexpr std::string_view kNames[] = {"invited", "signed", "deposit", "in_force", "denounced", "joined", "left", "any"};
}  // namespace

std::optional<EventSelector> ParseEventSelector(std::string_view s) {
    for (int i = 0; i <= static_cast<int>(EventSelector::Any); ++i)
        if (kNames[i] == s) return static_cast<EventSelector>(i);
    return std::nullopt;
}

std::string_view ToString(EventSelector s) { return kNames[static_cast<int>(s)]; }

bool Selects(EventSelector selector, EventType type) {
    switch (selector) {
        case EventSelector::Invited: return type == EventType::Invited;
        case EventSelector::Signed: return type == EventType::Signed;
        case EventSelector::Deposit: return IsDeposit(type);
        case EventSelector::InForce: return type == EventType::InForce;
        case EventSelector::Denounced: return type == EventType::Denounced;
        case EventSelector::Joined: return type == EventType::Joined || type == EventType::Start;
        case EventSelector::Left: return type == EventType::Left || type == EventType::End;
        case EventSelector::Any: return true;
    }
    return false;
}

std::vector<EventSelector> SelectorsFor(InstrumentKind kind) {
    if (kind == InstrumentKind::Treaty)
        return {EventSelector::Invited, EventSelector::Signed, EventSelector::Deposit, EventSelector::InForce,
                EventSelector::Denounced};
    return {EventSelector::Joined, EventSelector::Left};
}

const Event* FirstEvent(const Participation& p, EventSelector selector) {
    for (const Event& e : p.events)
        if (Selects(selector, e.type)) return &e;
    return nullptr;
}

std::string_view PrecisionName(const FuzzyDate& date) {
    switch (date.kind) {
        case DateKind::Exact:
            return date.value.precision == DatePrecision::Day     ? "day"
                   : date.value.precision == DatePrecision::Month ? "month"
                                                                  : "year";
        case DateKind::Bounded: return "range";
        case DateKind::Unknown: return "unknown";
    }
    return "unknown";
}

}  // namespace engagemap
