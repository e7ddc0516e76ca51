// View (include/engagemap/view.hpp): a handle around the app's ViewState, with the storyboard's
// own JSON reader and writer for the slide form.
#include "engagemap/view.hpp"

#include <cmath>
#include <string>

#include "embed/embed_internal.hpp"

#include "core/story/storyboard.hpp"

namespace engagemap::embed {

View::View() : impl_(std::make_unique<Impl>()) { impl_->state = NormalizedViewState(ViewState{}); }
View::~View() = default;
View::View(const View& other) : impl_(std::make_unique<Impl>(*other.impl_)) {}
View& View::operator=(const View& other) {
    if (this != &other) *impl_ = *other.impl_;
    return *this;
}
bool View::operator==(const View& other) const { return impl_->state == other.impl_->state; }

std::optional<View> View::FromOptions(const ViewOptions& options, std::string* error) {
    auto fail = [&](const std::string& message) -> std::optional<View> {
        if (error) *error = message;
        return std::nullopt;
    };
    ViewState state;
    switch (options.kind) {
        case ViewKind::InstrumentStatus: state.kind = engagemap::ViewKind::InstrumentStatus; break;
        case ViewKind::Breadth: state.kind = engagemap::ViewKind::Breadth; break;
        case ViewKind::Compare: state.kind = engagemap::ViewKind::Compare; break;
    }
    if (options.kind == ViewKind::Compare && (options.instrument.empty() || options.instrumentB.empty()))
        return fail("a compare view needs two instruments (instrument and instrumentB)");
    state.instrumentA = options.instrument;
    state.instrumentB = options.instrumentB;
    state.regions = options.regions;
    state.pillars = options.pillars;
    state.kinds = options.kinds;
    state.signaturesCount = options.signaturesCount;
    const std::optional<ProjectionKind> projection = ParseProjectionId(options.projection);
    if (!projection)
        return fail("unknown projection '" + options.projection +
                    "' (equal-earth, robinson, natural-earth, equirectangular, web-mercator)");
    state.projection = *projection;
    if (!std::isfinite(options.centralMeridian) || std::abs(options.centralMeridian) > 180.0)
        return fail("central meridian " + std::to_string(options.centralMeridian) + " is outside -180..180 degrees");
    state.centralMeridian = options.centralMeridian;
    if (options.theme != "light" && options.theme != "dark") return fail("unknown theme '" + options.theme + "' (light, dark)");
    state.theme = options.theme == "dark" ? Theme::Dark : Theme::Light;
    if (options.camera) {
        const Camera& c = *options.camera;
        if (!(std::abs(c.lon) <= 180.0 && std::abs(c.lat) <= 90.0 && c.zoom > 0 && std::isfinite(c.zoom)))
            return fail("camera outside lon -180..180, lat -90..90, zoom > 0");
        state.camera = SlideCamera{c.lon, c.lat, c.zoom};
    }
    View view;
    view.impl_->state = NormalizedViewState(std::move(state));
    return view;
}

ViewOptions View::Options() const {
    const ViewState& s = impl_->state;
    ViewOptions o;
    o.kind = s.kind == engagemap::ViewKind::Breadth   ? ViewKind::Breadth
             : s.kind == engagemap::ViewKind::Compare ? ViewKind::Compare
                                                      : ViewKind::InstrumentStatus;
    o.instrument = s.instrumentA;
    o.instrumentB = s.instrumentB;
    o.regions = s.regions;
    o.pillars = s.pillars;
    o.kinds = s.kinds;
    o.signaturesCount = s.signaturesCount;
    o.projection = ProjectionId(s.projection);
    o.centralMeridian = s.centralMeridian;
    o.theme = s.theme == Theme::Dark ? "dark" : "light";
    if (s.camera) o.camera = Camera{s.camera->centerLon, s.camera->centerLat, s.camera->zoom};
    return o;
}

bool View::Check(const MapData& data, const Date& date, std::string* error) const {
    if (data.Empty()) {
        if (error) *error = "no data loaded";
        return false;
    }
    ViewRequest request;
    return ResolveViewState(impl_->state, *data.Internals().dataset, data.Internals().document->countries, ToCivil(date),
                            &request, error);
}

std::string View::ToSlideJson(const std::optional<Date>& date, std::string_view title, std::string_view caption) const {
    Storyboard story;
    Slide slide;
    slide.view = impl_->state;
    slide.title = title;
    slide.caption = caption;
    if (date) slide.date = ToCivil(*date);
    story.slides.push_back(std::move(slide));
    return StoryboardToJson(story)["slides"][0].dump(2);
}

SlideParse View::FromSlideJson(std::string_view json, std::string_view fileName) {
    // The storyboard loader reads the slide inside a one-slide storyboard whose first line is the
    // wrapper, so the slide's own lines are one further down and its paths start with /slides/0.
    std::string text = "{\"format\": \"engagemap-storyboard\", \"version\": 1, \"slides\": [\n";
    text.append(json);
    text.append("\n]}");
    const StoryboardLoadResult loaded = ParseStoryboard(text, std::string(fileName));
    SlideParse out;
    for (const LoadError& e : loaded.errors) {
        Problem p = ToProblem(e);
        if (p.line > 0) --p.line;
        if (p.path.rfind("/slides/0", 0) == 0) p.path.erase(0, 9);
        out.errors.push_back(std::move(p));
    }
    if (out.errors.empty() && loaded.storyboard.slides.size() != 1)
        out.errors.push_back(Problem{std::string(fileName), 0, 0, "", "expected one slide object"});
    if (!out.errors.empty()) return out;
    const Slide& slide = loaded.storyboard.slides.front();
    View view;
    view.impl_->state = NormalizedViewState(slide.view);
    out.view = std::move(view);
    if (const std::optional<CivilDate> still = SlideStillDate(slide)) out.date = FromCivil(*still);
    out.title = slide.title;
    out.caption = slide.caption;
    return out;
}

}  // namespace engagemap::embed
