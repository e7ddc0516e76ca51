#include "core/timeline/instrument_timeline.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace engagemap {
namespace {

std::optional<std::int64_t> DayOf(const std::optional<CivilDate>& d) {
    if (!d) return std::nullopt;
    return DaysFromCivil(*d);
}

}  // namespace

CivilDate LatestDatasetDate(const Dataset& dataset) {
    CivilDate latest{1970, 1, 1};
    // Earliest possible days: a year-precision "2026" must not push "today" to 2026-12-31.
    auto extend = [&](const FuzzyDate& d) {
        if (auto l = d.Earliest()) latest = std::max(latest, *l);
    };
    for (const Instrument& inst : dataset.instruments) {
        for (const KeyDate& k : inst.keyDates) extend(k.date);
        extend(inst.coverage.asOf);
        for (const Participation& p : inst.participants)
            for (const Event& e : p.events) extend(e.date);
    }
    for (const Milestone& m : dataset.milestones) extend(m.date);
    return latest;
}

void InstrumentTimeline::SetData(const Dataset* dataset, const CountrySet* countries) {
    // Keep the selection by id (a reloaded dataset may order instruments differently).
    const std::string previous = selectedId_;
    dataset_ = dataset;
    countries_ = countries;
    instrument_ = dataset_ && !previous.empty() ? dataset_->FindInstrument(previous) : -1;
    Rebuild();
}

const Instrument* InstrumentTimeline::SelectedInstrument() const {
    if (!dataset_ || instrument_ < 0 || instrument_ >= static_cast<int>(dataset_->instruments.size())) return nullptr;
    return &dataset_->instruments[static_cast<size_t>(instrument_)];
}

bool InstrumentTimeline::SelectInstrument(const std::string& id) {
    if (!dataset_) return false;
    const int index = dataset_->FindInstrument(id);
    if (index < 0) return false;
    SelectInstrument(index);
    return true;
}

void InstrumentTimeline::SelectInstrument(int index) {
    instrument_ = index;
    const Instrument* inst = SelectedInstrument();
    selectedId_ = inst ? inst->id : std::string();
    Rebuild();
}

void InstrumentTimeline::Rebuild() {
    ticks_.clear();
    cumulative_.clear();
    sampleDays_.clear();
    const Instrument* inst = SelectedInstrument();
    if (!inst) return;

    std::optional<std::int64_t> first, last;
    auto extend = [&](std::optional<std::int64_t> d) {
        if (!d) return;
        first = first ? std::min(*first, *d) : *d;
        last = last ? std::max(*last, *d) : *d;
    };
    for (const KeyDate& k : inst->keyDates) {
        extend(DayOf(k.date.Earliest()));
        extend(DayOf(k.date.Latest()));
    }
    std::map<std::pair<std::int64_t, int>, EventTick> ticks;
    std::set<std::int64_t> sampleDays;
    for (const Participation& p : inst->participants) {
        for (const Event& e : p.events) {
            const auto lo = DayOf(e.date.Earliest());
            const auto hi = DayOf(e.date.Latest());
            extend(lo);
            extend(hi);
            const bool exact = e.date.IsExactDay();
            for (const auto& d : {lo, hi}) {
                if (!d) continue;
                sampleDays.insert(*d);
                auto& t = ticks[{*d, static_cast<int>(e.type)}];
                if (t.count == 0 || t.day != *d) t = EventTick{*d, e.type, exact, 0};
                t.count++;
                t.exact = t.exact && exact;
                if (exact) break;  // lo == hi
            }
        }
    }
    // The range ends at the latest date the dataset knows of for this instrument, coverage or
    // milestones included, so "today" is part of it without reading the clock.
    extend(DayOf(inst->coverage.asOf.Latest()));
    for (const Milestone* m : Milestones()) extend(DayOf(m->date.Latest()));
    if (!first) return;
    const CivilDate before = controller_.Date();
    const bool keep = DaysFromCivil(before) >= *first && DaysFromCivil(before) <= *last;
    controller_.SetRange(CivilFromDays(*first), CivilFromDays(*last));
    controller_.SetDate(keep ? before : CivilFromDays(*last));

    std::vector<CivilDate> eventDays;
    for (const auto& [key, tick] : ticks) {
        ticks_.push_back(tick);
        eventDays.push_back(CivilFromDays(tick.day));
    }
    controller_.SetEventDays(std::move(eventDays));

    // Cumulative counts: statuses only change on event days (or bounds), so sampling there
    // (and at the range ends) gives the exact step function.
    sampleDays.insert(*first);
    sampleDays.insert(*last);
    sampleDays_.clear();
    for (std::int64_t day : sampleDays)
        if (day >= *first && day <= *last) sampleDays_.push_back(day);
    RebuildCumulative();
}

void InstrumentTimeline::SetCountryFilter(std::optional<std::set<std::string>> keys) {
    if (keys == countryFilter_) return;
    countryFilter_ = std::move(keys);
    RebuildCumulative();
}

void InstrumentTimeline::RebuildCumulative() {
    cumulative_.clear();
    const Instrument* inst = SelectedInstrument();
    if (!inst || sampleDays_.empty()) return;
    // O(events log events): a participant's status only changes on its own events' bounds (an
    // end event one day later), so it is evaluated once per such change, at the first sample day
    // it covers, and added to every sample day up to its next change with a difference array.
    const std::vector<MembershipStatus> statuses = StatusesForKind(inst->kind);
    const std::size_t samples = sampleDays_.size(), kinds = statuses.size();
    std::vector<int> certainDiff((samples + 1) * kinds), uncertainDiff((samples + 1) * kinds);
    std::vector<std::int64_t> changes;
    for (const Participation& p : inst->participants) {
        if (countryFilter_ && !countryFilter_->count(p.country)) continue;
        changes.assign(1, sampleDays_.front());
        for (const Event& e : p.events) {
            const std::int64_t shift = e.type == EventType::End ? 1 : 0;
            for (const auto& d : {DayOf(e.date.Earliest()), DayOf(e.date.Latest())})
                if (d && *d + shift > sampleDays_.front()) changes.push_back(*d + shift);
        }
        std::sort(changes.begin(), changes.end());
        changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
        for (std::size_t j = 0; j < changes.size(); ++j) {
            const auto index = [&](std::int64_t day) {
                return static_cast<std::size_t>(std::lower_bound(sampleDays_.begin(), sampleDays_.end(), day) -
                                                sampleDays_.begin());
            };
            const std::size_t begin = index(changes[j]);
            const std::size_t end = j + 1 < changes.size() ? index(changes[j + 1]) : samples;
            if (begin >= end) continue;
            const StatusAtResult r = StatusAt(*inst, p, CivilFromDays(sampleDays_[begin]));
            auto it = std::find(statuses.begin(), statuses.end(), r.status);
            if (it == statuses.end()) continue;
            const auto k = static_cast<std::size_t>(it - statuses.begin());
            std::vector<int>& diff = r.certain && !r.dateUnknown ? certainDiff : uncertainDiff;
            diff[begin * kinds + k]++;
            diff[end * kinds + k]--;
        }
    }
    std::vector<int> certain(kinds), uncertain(kinds);
    cumulative_.reserve(samples);
    for (std::size_t i = 0; i < samples; ++i) {
        for (std::size_t k = 0; k < kinds; ++k) {
            certain[k] += certainDiff[i * kinds + k];
            uncertain[k] += uncertainDiff[i * kinds + k];
        }
        cumulative_.push_back(CumulativeSample{sampleDays_[i], certain, uncertain});
    }
}

std::vector<StatusAtResult> InstrumentTimeline::Statuses() const {
    if (!dataset_ || !countries_) return {};
    return StatusesAt(*dataset_, instrument_, *countries_, controller_.Date());
}

std::vector<Rgba8> InstrumentTimeline::Colours(Rgba8 noneColour) const {
    return ColoursForStatuses(Statuses(), noneColour);
}

StatusLegend InstrumentTimeline::Legend() const {
    if (!dataset_ || !countries_) return {};
    return BuildStatusLegend(*dataset_, instrument_, *countries_, controller_.Date());
}

std::vector<const Milestone*> InstrumentTimeline::Milestones() const {
    std::vector<const Milestone*> out;
    const Instrument* inst = SelectedInstrument();
    if (!dataset_) return out;
    for (const Milestone& m : dataset_->milestones)
        if (m.instrument.empty() || (inst && m.instrument == inst->id)) out.push_back(&m);
    std::sort(out.begin(), out.end(), [](const Milestone* a, const Milestone* b) {
        return a->date.Earliest().value_or(CivilDate{}) < b->date.Earliest().value_or(CivilDate{});
    });
    return out;
}

const Milestone* InstrumentTimeline::CurrentMilestone(int withinDays) const {
    const std::int64_t now = controller_.CurrentDay();
    const Milestone* best = nullptr;
    std::int64_t bestDay = 0;
    for (const Milestone* m : Milestones()) {
        const auto d = DayOf(m->date.Earliest());
        if (!d || *d > now || now - *d > withinDays) continue;
        if (!best || *d >= bestDay) {
            best = m;
            bestDay = *d;
        }
    }
    return best;
}

}  // namespace engagemap
