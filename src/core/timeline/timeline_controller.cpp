#include "core/timeline/timeline_controller.hpp"

#include <algorithm>
#include <cmath>

namespace engagemap {

void TimelineController::SetRange(const CivilDate& start, const CivilDate& end) {
    const std::int64_t before = CurrentDay();
    startDay_ = DaysFromCivil(start);
    endDay_ = DaysFromCivil(end);
    if (endDay_ < startDay_) std::swap(startDay_, endDay_);
    position_ = std::clamp(position_, static_cast<double>(startDay_), static_cast<double>(endDay_));
    daysPerSecond_ = DefaultDaysPerSecond();
    NotifyIfDayChanged(before);
}

double TimelineController::DefaultDaysPerSecond() const {
    return std::max(1.0, static_cast<double>(endDay_ - startDay_) / kDefaultRunSeconds);
}

void TimelineController::SetEventDays(std::vector<CivilDate> days) {
    eventDays_.clear();
    for (const auto& d : days) eventDays_.push_back(DaysFromCivil(d));
    std::sort(eventDays_.begin(), eventDays_.end());
    eventDays_.erase(std::unique(eventDays_.begin(), eventDays_.end()), eventDays_.end());
}

// The epsilon absorbs rounding when many small frame steps add up to a whole day.
std::int64_t TimelineController::CurrentDay() const { return static_cast<std::int64_t>(std::floor(position_ + 1e-6)); }

void TimelineController::SetDay(std::int64_t day) {
    const std::int64_t before = CurrentDay();
    position_ = static_cast<double>(std::clamp(day, startDay_, endDay_));
    NotifyIfDayChanged(before);
}

void TimelineController::NotifyIfDayChanged(std::int64_t before) const {
    if (listener_ && CurrentDay() != before) listener_(Date());
}

void TimelineController::SetDate(const CivilDate& date) { SetDay(DaysFromCivil(date)); }

double TimelineController::Fraction() const {
    if (endDay_ == startDay_) return 0;
    return (static_cast<double>(CurrentDay()) - startDay_) / static_cast<double>(endDay_ - startDay_);
}

void TimelineController::SetFraction(double f) {
    f = std::clamp(f, 0.0, 1.0);
    SetDay(startDay_ + static_cast<std::int64_t>(std::llround(f * static_cast<double>(endDay_ - startDay_))));
}

void TimelineController::Play() {
    playing_ = true;
    if (CurrentDay() >= endDay_) SetDay(startDay_);
}

void TimelineController::SetDaysPerSecond(double daysPerSecond) {
    if (daysPerSecond > 0 && std::isfinite(daysPerSecond)) daysPerSecond_ = daysPerSecond;
}

bool TimelineController::Advance(double seconds) {
    if (!playing_ || !(seconds > 0)) return false;
    const std::int64_t before = CurrentDay();
    position_ += seconds * daysPerSecond_;
    const double end = static_cast<double>(endDay_);
    if (position_ >= end + 1.0 || (position_ >= end && !loop_)) {
        if (loop_ && endDay_ > startDay_) {
            position_ = static_cast<double>(startDay_) + std::fmod(position_ - startDay_, static_cast<double>(endDay_ - startDay_ + 1));
        } else {
            position_ = end;
            playing_ = false;
        }
    }
    NotifyIfDayChanged(before);
    return CurrentDay() != before;
}

bool TimelineController::StepToNextEvent() {
    const std::int64_t now = CurrentDay();
    auto it = std::upper_bound(eventDays_.begin(), eventDays_.end(), now);
    while (it != eventDays_.end() && *it < startDay_) ++it;
    if (it == eventDays_.end() || *it > endDay_) return false;
    SetDay(*it);
    return true;
}

bool TimelineController::StepToPreviousEvent() {
    const std::int64_t now = CurrentDay();
    auto it = std::lower_bound(eventDays_.begin(), eventDays_.end(), now);
    if (it == eventDays_.begin()) return false;
    --it;
    if (*it < startDay_) return false;
    SetDay(*it);
    return true;
}

bool TimelineController::StepYears(int years) {
    const std::int64_t before = CurrentDay();
    CivilDate d = Date();
    d.year += years;
    d.day = std::min(d.day, DaysInMonth(d.year, d.month));
    SetDate(d);
    return CurrentDay() != before;
}

}  // namespace engagemap
