// engagemap/view.hpp — "what the map shows": the same view value the engagemap app edits, a slide
// saves and every export renders (its ViewState), behind a small handle. Part of engagemap::core.
//
// A View holds ids, never indices into a dataset: the same View can be shown with another dataset
// or after a reload, and is checked against data only when used (View::Check, the widget, the
// renderer). Build one from ViewOptions, or from the slide JSON the app's storyboard writes.
//
//     engagemap::embed::ViewOptions o;
//     o.instrument = "budapest";          // instrument status view of the Budapest Convention
//     o.regions = {"Europe"};
//     auto view = engagemap::embed::View::FromOptions(o, &error);
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engagemap/common.hpp"

namespace engagemap::embed {

class MapData;

// The kinds of view.
enum class ViewKind {
    InstrumentStatus,  // one instrument: each country's status in it (party, signatory, member...)
    Breadth,           // how many instruments each country engages in
    Compare,           // two instruments: in A only, B only, both, neither
};

// Where the map looks: centre in degrees, zoom relative to the whole world fitted (1 = world).
struct Camera {
    double lon = 0;   // degrees east, -180..180
    double lat = 0;   // degrees north, -90..90
    double zoom = 1;  // 1 = the whole world fitted to the output
};

// The parts of a view, by id. Every field has the app's default.
struct ViewOptions {
    ViewKind kind = ViewKind::InstrumentStatus;
    std::string instrument;                 // status: the instrument; compare: instrument A (dataset id)
    std::string instrumentB;                // compare: instrument B
    std::vector<std::string> regions;       // region/subregion names ("Europe", "Western Africa") or
                                            // instrument ids (its members): only these are coloured
    std::vector<std::string> pillars;       // breadth: count only instruments of these pillar ids
    std::vector<std::string> kinds;         // breadth: count only these kinds ("treaty", "forum"...)
    bool signaturesCount = true;            // breadth, compare: a treaty signature counts as engagement
    std::string projection = "equal-earth"; // "equal-earth" | "robinson" | "natural-earth" |
                                            // "equirectangular" | "web-mercator"
    double centralMeridian = 0;             // degrees, -180..180: the longitude at the map's centre
    std::string theme = "light";            // "light" | "dark"
    std::optional<Camera> camera;           // nullopt: the whole world
};

struct SlideParse;

// A view value. Copyable and comparable; cheap enough to copy per frame.
class View {
public:
    View();  // the default view: instrument status with no instrument (the base map, region colours)
    ~View();
    View(const View& other);
    View& operator=(const View& other);
    bool operator==(const View& other) const;

    // A view from `options`. nullopt + *error for a value no dataset could show (an unknown
    // projection or theme, a compare view without two instruments, a meridian outside -180..180).
    // Instrument, region and pillar ids are checked later against data (Check).
    static std::optional<View> FromOptions(const ViewOptions& options, std::string* error);
    ViewOptions Options() const;

    // True when `data` can show this view on `date`; else false + *error naming what is unknown
    // ("unknown instrument 'x'", "unknown region 'y'").
    bool Check(const MapData& data, const Date& date, std::string* error) const;

    // The slide JSON the app's storyboard writes for this view (one element of "slides"): "view",
    // "instruments", "filters", "projection", "central_meridian", "theme", "camera", ..., with
    // "date" when given and "title" / "caption" when not empty.
    std::string ToSlideJson(const std::optional<Date>& date = {}, std::string_view title = {},
                            std::string_view caption = {}) const;
    // Reads one slide object as the storyboard loader does (same rules, same located errors;
    // `fileName` is used in messages).
    static SlideParse FromSlideJson(std::string_view json, std::string_view fileName = "slide.json");

    // engagemap's own internals (not installed). Hosts do not need them.
    struct Impl;
    const Impl& Internals() const { return *impl_; }

private:
    std::unique_ptr<Impl> impl_;
};

// A slide read back from JSON.
struct SlideParse {
    std::optional<View> view;     // nullopt when errors is not empty
    std::optional<Date> date;     // the slide's date ("date", or the end of "from"/"to"), if any
    std::string title, caption;   // the slide's text, may be empty
    std::vector<Problem> errors;  // with line:column in the given JSON text
};

}  // namespace engagemap::embed
