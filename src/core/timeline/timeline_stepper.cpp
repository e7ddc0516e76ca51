#include "core/timeline/timeline_stepper.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "core/timeline/status_colouring.hpp"

namespace engagemap {
namespace {

// Words for one event of a country: "<name> <verb>" (or "<verb> <name>" when `before`).
struct EventWords {
    const char* verb;    // "ratified"
    bool before;         // "in force for Albania" rather than "Albania in force"
};

EventWords WordsFor(EventType type) {
    switch (type) {
        case EventType::Invited: return {"invited", true};
        case EventType::Signed: return {"signed", false};
        case EventType::Ratified: return {"ratified", false};
        case EventType::Accepted: return {"accepted", false};
        case EventType::Acceded: return {"acceded", false};
        case EventType::InForce: return {"in force for", true};
        case EventType::Denounced: return {"denounced", false};
        case EventType::Joined: return {"joined", false};
        case EventType::Left: return {"left", false};
        case EventType::Start: return {"started", false};
        case EventType::End: return {"ended", false};
        // Bilateral dialogues: the country is the partner of the instrument's hub.
        case EventType::Launched: return {"dialogue launched with", true};
        case EventType::Round: return {"dialogue round with", true};
        case EventType::Suspended: return {"dialogue suspended with", true};
        case EventType::Resumed: return {"dialogue resumed with", true};
        case EventType::Ended: return {"dialogue ended with", true};
    }
    return {"", false};
}

// "A", "A and B", "A, B, C and 2 more" (at most three names).
std::string ListNames(const std::vector<std::string>& names) {
    std::string out;
    const std::size_t shown = names.size() > 3 ? 3 : names.size();
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0) out += (i + 1 == shown && names.size() == shown) ? " and " : ", ";
        out += names[i];
    }
    if (names.size() > shown) out += " and " + std::to_string(names.size() - shown) + " more";
    return out;
}

std::int64_t YearEnd(int year) { return DaysFromCivil(CivilDate{year, 12, 31}); }

}  // namespace

const char* StepModeId(StepMode mode) {
    switch (mode) {
        case StepMode::Event: return "event";
        case StepMode::Year: return "year";
        case StepMode::Milestone: return "milestone";
    }
    return "event";
}

std::optional<StepMode> ParseStepMode(std::string_view id) {
    for (StepMode m : {StepMode::Event, StepMode::Year, StepMode::Milestone})
        if (id == StepModeId(m)) return m;
    return std::nullopt;
}

std::string FormatDayMonthYear(const CivilDate& day) {
    static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int month = std::clamp(static_cast<int>(day.month), 1, 12);
    return std::to_string(static_cast<int>(day.day)) + " " + kMonths[static_cast<std::size_t>(month - 1)] + " " +
           std::to_string(day.year);
}

std::optional<CivilDate> StepTarget(const InstrumentTimeline& timeline, StepMode mode, bool forward) {
    const TimelineController& c = timeline.Controller();
    const std::int64_t now = c.CurrentDay();
    const std::int64_t start = DaysFromCivil(c.Start()), end = DaysFromCivil(c.End());
    std::optional<std::int64_t> target;
    switch (mode) {
        case StepMode::Event: {
            const auto& days = c.EventDays();
            if (forward) {
                auto it = std::upper_bound(days.begin(), days.end(), now);
                while (it != days.end() && *it < start) ++it;
                if (it != days.end() && *it <= end) target = *it;
            } else {
                auto it = std::lower_bound(days.begin(), days.end(), now);
                if (it != days.begin() && *std::prev(it) >= start) target = *std::prev(it);
            }
            break;
        }
        case StepMode::Year: {
            const int year = c.Date().year;
            if (forward) {
                const std::int64_t yearEnd = now < YearEnd(year) ? YearEnd(year) : YearEnd(year + 1);
                target = std::min(yearEnd, end);
            } else {
                target = std::max(YearEnd(year - 1), start);
            }
            break;
        }
        case StepMode::Milestone: {
            std::vector<std::int64_t> days;
            for (const Milestone* m : timeline.Milestones())
                if (auto d = m->date.Earliest()) days.push_back(DaysFromCivil(*d));
            std::sort(days.begin(), days.end());
            for (std::int64_t d : days) {
                if (d < start || d > end) continue;
                if (forward && d > now) {
                    target = d;
                    break;
                }
                if (!forward && d < now) target = d;
            }
            break;
        }
    }
    if (!target || *target == now || (forward ? *target < now : *target > now)) return std::nullopt;
    return CivilFromDays(*target);
}

std::string DescribeEvents(const Instrument& instrument, std::int64_t after, std::int64_t through,
                           const std::string& periodLabel) {
    // Names by event type, in the order the types happen (EventType order), names in dataset order.
    std::map<EventType, std::vector<std::string>> byType;
    int uncertain = 0;  // events known only by bounds whose earliest possible day is in the period
    for (const Participation& p : instrument.participants)
        for (const Event& e : p.events) {
            const auto earliest = e.date.Earliest();
            if (!earliest) continue;
            const std::int64_t day = DaysFromCivil(*earliest);
            if (day <= after || day > through) continue;
            if (e.date.kind == DateKind::Exact) byType[e.type].push_back(p.name.empty() ? p.country : p.name);
            else ++uncertain;
        }
    const std::string more =
        uncertain > 0 ? " (+" + std::to_string(uncertain) + " with uncertain dates)" : std::string();
    if (byType.empty()) return uncertain > 0 ? periodLabel + ":" + more : "";
    const bool oneDay = through - after == 1;
    if (oneDay && byType.size() == 1) {
        const auto& [type, names] = *byType.begin();
        const EventWords words = WordsFor(type);
        const std::string who = ListNames(names);
        return (words.before ? std::string(words.verb) + " " + who : who + " " + words.verb) + " \xE2\x80\x94 " +
               periodLabel + more;
    }
    std::string out = periodLabel + ":";
    bool first = true;
    for (const auto& [type, names] : byType) {
        out += first ? " " : "; ";
        first = false;
        const EventWords words = WordsFor(type);
        out.append("+").append(std::to_string(names.size())).append(" ");
        out.append(type == EventType::InForce ? "in force" : words.verb);
        out.append(" (").append(ListNames(names)).append(")");
    }
    return out + more;
}

std::optional<TimelineStep> StepTimeline(InstrumentTimeline& timeline, const Dataset& dataset,
                                         const CountrySet& countries, StepMode mode, bool forward) {
    const std::optional<CivilDate> target = StepTarget(timeline, mode, forward);
    if (!target) return std::nullopt;
    TimelineStep step;
    step.from = timeline.Controller().Date();
    step.to = *target;
    timeline.Controller().SetDate(*target);
    const std::int64_t to = DaysFromCivil(step.to);
    if (const Instrument* instrument = timeline.SelectedInstrument()) {
        if (mode == StepMode::Milestone) {
            for (const Milestone* m : timeline.Milestones())
                if (m->date.Earliest() && DaysFromCivil(*m->date.Earliest()) == to)
                    step.caption = m->caption + " \xE2\x80\x94 " + FormatDayMonthYear(step.to);
        } else if (mode == StepMode::Year) {
            const std::int64_t yearStart = DaysFromCivil(CivilDate{step.to.year, 1, 1});
            const std::int64_t rangeStart = DaysFromCivil(timeline.Controller().Start());
            step.caption = DescribeEvents(*instrument, std::max(yearStart, rangeStart) - 1, to, std::to_string(step.to.year));
            if (step.caption.empty()) step.caption = std::to_string(step.to.year) + ": no change";
        } else {
            step.caption = DescribeEvents(*instrument, to - 1, to, FormatDayMonthYear(step.to));
        }
        const auto before = StatusesAt(dataset, timeline.InstrumentIndex(), countries, step.from);
        const auto after = StatusesAt(dataset, timeline.InstrumentIndex(), countries, step.to);
        for (std::size_t i = 0; i < before.size() && i < after.size(); ++i)
            if (before[i].status != after[i].status || before[i].certain != after[i].certain)
                step.changedCountries.push_back(static_cast<int>(i));
    }
    return step;
}

}  // namespace engagemap
