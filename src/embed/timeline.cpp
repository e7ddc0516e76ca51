// Timeline (include/engagemap/timeline.hpp): the app's TimelineController, and its
// InstrumentTimeline for following a view's instrument.
#include "engagemap/timeline.hpp"

#include "embed/embed_internal.hpp"

#include "core/timeline/instrument_timeline.hpp"
#include "core/timeline/timeline_controller.hpp"

namespace engagemap::embed {

struct Timeline::Impl {
    TimelineController controller;
};

Timeline::Timeline() : impl_(std::make_unique<Impl>()) {}
Timeline::~Timeline() = default;

bool Timeline::Follow(const MapData& data, const View& view, std::string* error) {
    if (data.Empty()) {
        if (error) *error = "no data loaded";
        return false;
    }
    const MapData::Impl& d = data.Internals();
    const std::string& id = view.Internals().state.instrumentA;
    const CivilDate keep = impl_->controller.Date();
    InstrumentTimeline timeline;
    timeline.SetData(d.dataset.get(), &d.document->countries);
    if (!id.empty()) {
        if (!timeline.SelectInstrument(id)) {
            if (error) *error = "unknown instrument '" + id + "'";
            return false;
        }
        impl_->controller.SetRange(timeline.Controller().Start(), timeline.Controller().End());
        std::vector<CivilDate> days;
        for (const EventTick& t : timeline.Ticks()) days.push_back(CivilFromDays(t.day));
        impl_->controller.SetEventDays(std::move(days));
    } else {
        // No instrument (breadth): the span of every instrument, every instrument's events.
        std::optional<Date> first, last;
        std::vector<CivilDate> days;
        for (std::size_t i = 0; i < d.dataset->instruments.size(); ++i) {
            timeline.SelectInstrument(static_cast<int>(i));
            const Date start = FromCivil(timeline.Controller().Start()), end = FromCivil(timeline.Controller().End());
            if (!first || start < *first) first = start;
            if (!last || end > *last) last = end;
            for (const EventTick& t : timeline.Ticks()) days.push_back(CivilFromDays(t.day));
        }
        if (first) impl_->controller.SetRange(ToCivil(*first), ToCivil(*last));
        impl_->controller.SetEventDays(std::move(days));
    }
    impl_->controller.SetDate(keep);
    return true;
}

void Timeline::SetRange(const Date& start, const Date& end) { impl_->controller.SetRange(ToCivil(start), ToCivil(end)); }
Date Timeline::Start() const { return FromCivil(impl_->controller.Start()); }
Date Timeline::End() const { return FromCivil(impl_->controller.End()); }
std::vector<Date> Timeline::EventDates() const {
    std::vector<Date> out;
    for (std::int64_t day : impl_->controller.EventDays()) out.push_back(FromCivil(CivilFromDays(day)));
    return out;
}
void Timeline::SetDate(const Date& date) { impl_->controller.SetDate(ToCivil(date)); }
Date Timeline::Current() const { return FromCivil(impl_->controller.Date()); }
double Timeline::Fraction() const { return impl_->controller.Fraction(); }
void Timeline::SetFraction(double fraction) { impl_->controller.SetFraction(fraction); }
void Timeline::Play() { impl_->controller.Play(); }
void Timeline::Pause() { impl_->controller.Pause(); }
void Timeline::TogglePlay() { impl_->controller.TogglePlay(); }
bool Timeline::Playing() const { return impl_->controller.Playing(); }
void Timeline::SetLoop(bool loop) { impl_->controller.SetLoop(loop); }
bool Timeline::Loop() const { return impl_->controller.Loop(); }
void Timeline::SetDaysPerSecond(double daysPerSecond) { impl_->controller.SetDaysPerSecond(daysPerSecond); }
double Timeline::DaysPerSecond() const { return impl_->controller.DaysPerSecond(); }
void Timeline::SetSpeedMultiple(double multiple) { impl_->controller.SetSpeedMultiple(multiple); }
bool Timeline::Advance(double seconds) { return impl_->controller.Advance(seconds); }
bool Timeline::StepToNextEvent() { return impl_->controller.StepToNextEvent(); }
bool Timeline::StepToPreviousEvent() { return impl_->controller.StepToPreviousEvent(); }
bool Timeline::StepYears(int years) { return impl_->controller.StepYears(years); }
void Timeline::JumpToStart() { impl_->controller.JumpToStart(); }
void Timeline::JumpToEnd() { impl_->controller.JumpToEnd(); }

}  // namespace engagemap::embed
