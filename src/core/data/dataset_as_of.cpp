#include "core/data/dataset_as_of.hpp"

namespace engagemap {
namespace {

// The date a FuzzyDate stands for when it says "as of": its value, or its upper bound.
std::optional<PartialDate> AsOfValue(const FuzzyDate& date) {
    if (date.kind == DateKind::Exact) return date.value;
    if (date.kind == DateKind::Bounded && date.knownBy) return date.knownBy;
    return std::nullopt;
}

void KeepLatest(std::optional<PartialDate>& latest, const FuzzyDate& date) {
    const std::optional<PartialDate> d = AsOfValue(date);
    if (!d) return;
    // Compare by last day meant: "2026-01" is later than "2026-01-15".
    if (!latest || latest->Last() < d->Last()) latest = d;
}

}  // namespace

std::optional<PartialDate> DatasetAsOf(const Dataset& dataset) {
    std::optional<PartialDate> latest;
    for (const Source& s : dataset.sources) KeepLatest(latest, s.asOf);
    for (const Instrument& i : dataset.instruments) KeepLatest(latest, i.coverage.asOf);
    return latest;
}

}  // namespace engagemap
