#include "core/timeline/video_captions.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace engagemap {
namespace {

constexpr std::array<const char*, 12> kMonths{"January", "February", "March",     "April",   "May",      "June",
                                              "July",    "August",   "September", "October", "November", "December"};

std::string MonthName(int month) { return month >= 1 && month <= 12 ? kMonths[static_cast<size_t>(month - 1)] : "?"; }

}  // namespace

std::set<std::string> ShownInstrumentIds(const Dataset& dataset, const ViewRequest& request) {
    std::set<std::string> ids;
    auto add = [&](int index) {
        if (index >= 0 && static_cast<size_t>(index) < dataset.instruments.size())
            ids.insert(dataset.instruments[static_cast<size_t>(index)].id);
    };
    switch (request.kind) {
        case ViewKind::InstrumentStatus:
            add(request.instrument);
            break;
        case ViewKind::Compare:
            add(request.instrument);
            add(request.instrumentB);
            break;
        case ViewKind::Breadth:
            for (const Instrument& in : dataset.instruments)
                if (request.instruments.Accepts(in)) ids.insert(in.id);
            break;
    }
    return ids;
}

std::vector<const Milestone*> CaptionMilestones(const Dataset& dataset, const std::set<std::string>& instrumentIds) {
    std::vector<const Milestone*> out;
    for (const Milestone& m : dataset.milestones)
        if (!m.instrument.empty() && instrumentIds.count(m.instrument) && m.date.Earliest()) out.push_back(&m);
    std::stable_sort(out.begin(), out.end(),
                     [](const Milestone* a, const Milestone* b) { return *a->date.Earliest() < *b->date.Earliest(); });
    return out;
}

const Milestone* CaptionOn(const std::vector<const Milestone*>& milestones, const CivilDate& day, int withinDays) {
    const std::int64_t now = DaysFromCivil(day);
    const Milestone* best = nullptr;
    std::int64_t bestDay = 0;
    for (const Milestone* m : milestones) {
        const std::int64_t d = DaysFromCivil(*m->date.Earliest());
        if (d > now || now - d > withinDays) continue;
        if (!best || d >= bestDay) {
            best = m;
            bestDay = d;
        }
    }
    return best;
}

std::string DatedCaption(const Milestone& milestone) {
    const FuzzyDate& date = milestone.date;
    std::string when;
    if (date.kind == DateKind::Exact) {
        const PartialDate& p = date.value;
        switch (p.precision) {
            case DatePrecision::Day:
                when = std::to_string(p.day) + " " + MonthName(p.month) + " " + std::to_string(p.year);
                break;
            case DatePrecision::Month:
                when = MonthName(p.month) + " " + std::to_string(p.year);
                break;
            case DatePrecision::Year:
                when = std::to_string(p.year);
                break;
        }
    } else {
        when = date.Describe();
    }
    return when + " \u2014 " + milestone.caption;
}

int CaptionDaysFor(double timelineDaysPerVideoSecond) {
    const double rate = std::max(0.0, timelineDaysPerVideoSecond);
    const double days = std::max(std::min(3.0 * rate, 365.0), 1.5 * rate);
    return static_cast<int>(std::max(1.0, std::ceil(days)));
}

float PlaybackFraction(const CivilDate& from, const CivilDate& to, const CivilDate& day) {
    const std::int64_t span = DaysFromCivil(to) - DaysFromCivil(from);
    if (span <= 0) return 1.0f;
    const double f = static_cast<double>(DaysFromCivil(day) - DaysFromCivil(from)) / static_cast<double>(span);
    return static_cast<float>(std::clamp(f, 0.0, 1.0));
}

std::string RunningCountText(ViewKind kind, size_t countries) {
    std::string text = std::to_string(countries) + (countries == 1 ? " country" : " countries");
    switch (kind) {
        case ViewKind::InstrumentStatus: text += " with a status"; break;
        case ViewKind::Breadth: text += " engaged"; break;
        case ViewKind::Compare: text += " in either instrument"; break;
    }
    // The count is of the coloured countries, hatched (possible, not certain) ones included.
    return text + " (incl. uncertain)";
}

}  // namespace engagemap
