// Which dated events an analyst's query looks at: `--event signed|deposit|in_force|joined|left|
// invited|denounced|any`. "deposit" is the instrument of ratification, acceptance or accession;
// "joined" / "left" also cover a programme's start / end.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/data/dataset.hpp"

namespace engagemap {

enum class EventSelector { Invited, Signed, Deposit, InForce, Denounced, Joined, Left, Any };

std::optional<EventSelector> ParseEventSelector(std::string_view s);  // "signed", "deposit", ...
std::string_view ToString(EventSelector s);
bool Selects(EventSelector selector, EventType type);

// The selectors that name one kind of event (all but Any) that an instrument of `kind` can have,
// in the order of a participation: treaty invited, signed, deposit, in_force, denounced; forum
// joined, left; programme and assessment joined (start), left (end).
std::vector<EventSelector> SelectorsFor(InstrumentKind kind);

// The first event of `p` that `selector` selects, or nullptr.
const Event* FirstEvent(const Participation& p, EventSelector selector);

// "day", "month", "year" (exact at that precision), "range" (known only by bounds), "unknown".
std::string_view PrecisionName(const FuzzyDate& date);

}  // namespace engagemap
