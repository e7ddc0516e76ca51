#include "core/story/storyboard.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <tuple>
#include <unordered_set>

#include "core/data/dataset.hpp"
#include "core/data/dataset_loader.hpp"
#include "core/data/json_reader.hpp"
#include "core/data/json_validator.hpp"

namespace engagemap {

const char* SlideViewId(ViewKind kind) {
    switch (kind) {
        case ViewKind::InstrumentStatus: return "instrument";
        case ViewKind::Breadth: return "breadth";
        case ViewKind::Compare: return "compare";
    }
    return "instrument";
}

std::optional<ViewKind> ParseSlideViewId(std::string_view id) {
    for (ViewKind v : {ViewKind::InstrumentStatus, ViewKind::Breadth, ViewKind::Compare})
        if (id == SlideViewId(v)) return v;
    if (id == "status") return ViewKind::InstrumentStatus;
    return std::nullopt;
}

std::optional<CivilDate> SlideStillDate(const Slide& slide) {
    if (slide.date) return slide.date;
    if (slide.range) return slide.range->to;
    return std::nullopt;
}

// ---- editing ---------------------------------------------------------------------------------

std::size_t AddSlide(Storyboard& story, Slide slide, std::size_t at) {
    at = std::min(at, story.slides.size());
    story.slides.insert(story.slides.begin() + static_cast<std::ptrdiff_t>(at), std::move(slide));
    return at;
}

bool UpdateSlide(Storyboard& story, std::size_t index, Slide slide) {
    if (index >= story.slides.size()) return false;
    story.slides[index] = std::move(slide);
    return true;
}

bool MoveSlide(Storyboard& story, std::size_t from, std::size_t to) {
    auto& s = story.slides;
    if (from >= s.size() || to >= s.size()) return false;
    if (from < to) std::rotate(s.begin() + static_cast<std::ptrdiff_t>(from), s.begin() + static_cast<std::ptrdiff_t>(from) + 1,
                               s.begin() + static_cast<std::ptrdiff_t>(to) + 1);
    else if (from > to) std::rotate(s.begin() + static_cast<std::ptrdiff_t>(to), s.begin() + static_cast<std::ptrdiff_t>(from),
                                    s.begin() + static_cast<std::ptrdiff_t>(from) + 1);
    return true;
}

bool DeleteSlide(Storyboard& story, std::size_t index) {
    if (index >= story.slides.size()) return false;
    story.slides.erase(story.slides.begin() + static_cast<std::ptrdiff_t>(index));
    return true;
}

// ---- loading ---------------------------------------------------------------------------------

namespace {

using json = nlohmann::json;

constexpr const char* kFormat = "engagemap-storyboard";
constexpr double kMaxPlaySeconds = 3600.0;

std::string Quoted(std::string_view s) {
    std::string q = "'";
    q.append(s).append("'");
    return q;
}

class Validator : public JsonValidatorBase {
public:
    explicit Validator(const StoryboardLoadOptions& o) : opt_(o) {}

    Storyboard Run(const json& root) {
        Storyboard story;
        if (!root.is_object()) {
            TypeError(root, "", "", "object");
            return story;
        }
        Unknown(root, "", {"format", "version", "title", "slides"});
        std::string format;
        if (String(root, "", "format", &format, true) && format != kFormat)
            Error("/format", "format", std::string("expected \"") + kFormat + "\", got \"" + format + "\"");
        if (const json* v = Get(root, "", "version", true)) {
            if (!v->is_number_integer()) {
                TypeError(*v, "/version", "version", "integer");
            } else if (!SameInteger(*v, kStoryboardFormatVersion)) {
                std::string msg = "unsupported version ";
                msg.append(v->dump())
                    .append(" (this build reads version ")
                    .append(std::to_string(kStoryboardFormatVersion))
                    .append(")");
                Error("/version", "version", msg);
            }
        }
        String(root, "", "title", &story.title, false);
        if (const json* v = Get(root, "", "slides", true)) {
            if (!v->is_array()) {
                TypeError(*v, "/slides", "slides", "array");
            } else {
                for (std::size_t i = 0; i < v->size(); ++i) {
                    const std::string p = "/slides/" + std::to_string(i);
                    const json& e = (*v)[i];
                    if (!e.is_object()) TypeError(e, p, "slides", "object");
                    else story.slides.push_back(ReadSlide(e, p));
                }
            }
        }
        return story;
    }

private:
    // ---- generic readers -------------------------------------------------------------------
    // A number (integer or not) within [lo, hi].
    bool Number(const json& obj, const std::string& ptr, const char* key, double lo, double hi, double* out) {
        const json* v = Get(obj, ptr, key, false);
        if (!v) return false;
        const std::string p = JoinPointer(ptr, key);
        if (!v->is_number()) {
            TypeError(*v, p, key, "number");
            return false;
        }
        const double x = v->get<double>();
        if (!std::isfinite(x) || x < lo || x > hi) {
            std::string msg = "must be between ";
            msg.append(FormatNumber(lo)).append(" and ").append(FormatNumber(hi)).append(", got ").append(v->dump());
            Error(p, key, msg);
            return false;
        }
        *out = x;
        return true;
    }
    static std::string FormatNumber(double x) {
        json j = x;
        if (x == std::floor(x) && std::abs(x) < 1e15) j = static_cast<long long>(x);
        return j.dump();
    }
    // An array of distinct non-empty strings.
    void StringList(const json& obj, const std::string& ptr, const char* key, std::vector<std::string>* out) {
        const json* v = Get(obj, ptr, key, false);
        if (!v) return;
        const std::string p = JoinPointer(ptr, key);
        if (!v->is_array()) {
            TypeError(*v, p, key, "array of strings");
            return;
        }
        for (std::size_t i = 0; i < v->size(); ++i) {
            const json& e = (*v)[i];
            const std::string ep = p + "/" + std::to_string(i);
            if (!e.is_string()) {
                TypeError(e, ep, key, "string");
                continue;
            }
            std::string s = e.get<std::string>();
            if (s.empty()) {
                Error(ep, key, "must not be empty");
            } else if (std::find(out->begin(), out->end(), s) != out->end()) {
                Error(ep, key, "listed twice: " + Quoted(s));
            } else {
                out->push_back(std::move(s));
            }
        }
    }
    std::optional<CivilDate> Date(const json& obj, const std::string& ptr, const char* key) {
        const json* v = Get(obj, ptr, key, false);
        if (!v) return std::nullopt;
        const std::string p = JoinPointer(ptr, key);
        if (!v->is_string()) {
            TypeError(*v, p, key, "date string \"YYYY-MM-DD\"");
            return std::nullopt;
        }
        const std::string s = v->get<std::string>();
        std::optional<CivilDate> d = ParseCivilDate(s);
        if (!d) Error(p, key, "not a date: \"" + s + "\" (expected a real calendar day as YYYY-MM-DD)");
        return d;
    }
    // Each entry of `ids` (listed at ptr/key) must be in `known` (when given): a slide naming
    // something the current data does not have cannot be shown, so it is an error.
    void CheckKnown(const std::vector<std::string>& ids, const std::string& ptr, const char* key,
                    const std::set<std::string>* known, const char* what) {
        if (!known) return;
        for (std::size_t i = 0; i < ids.size(); ++i)
            if (!known->count(ids[i])) {
                std::string msg = std::string(what);
                msg.append(" ").append(Quoted(ids[i])).append(" is not in the current dataset");
                Error(JoinPointer(ptr, key) + "/" + std::to_string(i), key, msg);
            }
    }

    // "labels": an array of ISO3 codes, or "changed", "all", "none".
    void ReadLabels(const json& v, const std::string& p, LabelSelection* out) {
        std::string text, error;
        if (v.is_string()) {
            text = v.get<std::string>();
            if (text != "changed" && text != "all" && text != "none") {
                Error(p, "labels", "unknown labels \"" + text + "\" (expected \"changed\", \"all\", \"none\" or an array of ISO3 codes)");
                return;
            }
        } else if (v.is_array()) {
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (!v[i].is_string()) {
                    TypeError(v[i], p + "/" + std::to_string(i), "labels", "ISO3 code string");
                    return;
                }
                text.append(i ? "," : "").append(v[i].get<std::string>());
            }
            if (v.empty()) return;
        } else {
            TypeError(v, p, "labels", "array of ISO3 codes, or \"changed\" or \"all\"");
            return;
        }
        if (auto s = ParseLabelSelection(text, &error)) *out = *s;
        else Error(p, "labels", error);
    }

    // ---- one slide -------------------------------------------------------------------------
    Slide ReadSlide(const json& o, const std::string& p) {
        Slide s;
        Unknown(o, p, {"title", "caption", "notes", "view", "instruments", "filters", "signatures_count", "projection",
                       "theme", "camera", "date", "from", "to", "play_seconds", "legend", "text_scale", "footnote", "hub", "central_meridian", "labels"});
        String(o, p, "title", &s.title, false);
        String(o, p, "caption", &s.caption, false);
        String(o, p, "notes", &s.notes, false);
        ViewState& view = s.view;

        std::string viewId;
        bool viewOk = false;
        if (String(o, p, "view", &viewId, true)) {
            if (auto v = ParseSlideViewId(viewId)) {
                s.view.kind = *v;
                viewOk = true;
            } else {
                Error(JoinPointer(p, "view"), "view",
                      "unknown view \"" + viewId + "\" (expected instrument, breadth or compare)");
            }
        }
        const auto instrumentsIt = o.find("instruments");
        const bool hasInstruments = instrumentsIt != o.end();
        std::vector<std::string> instruments;
        StringList(o, p, "instruments", &instruments);
        // The count is checked only when the list itself is readable (a wrong type is already reported).
        if (viewOk && (!hasInstruments || instrumentsIt->is_array())) {
            const std::size_t n = instruments.size();
            const std::string ip = hasInstruments ? JoinPointer(p, "instruments") : p;
            if (view.kind == ViewKind::InstrumentStatus && n != 1)
                Error(ip, "instruments",
                      "an \"instrument\" slide names exactly one instrument, got " + std::to_string(n));
            if (view.kind == ViewKind::Compare && n != 2)
                Error(ip, "instruments", "a \"compare\" slide names exactly two instruments, got " + std::to_string(n));
            if (view.kind == ViewKind::Breadth && n != 0)
                Error(ip, "instruments",
                      "a \"breadth\" slide names no instruments (it counts those its pillar and kind filters select), "
                      "got " +
                          std::to_string(n));
        }
        CheckKnown(instruments, p, "instruments", opt_.knownInstruments, "instrument");
        if (!instruments.empty()) view.instrumentA = instruments[0];
        if (instruments.size() > 1) view.instrumentB = instruments[1];

        if (const json* f = Get(o, p, "filters", false)) {
            const std::string fp = JoinPointer(p, "filters");
            if (!f->is_object()) {
                TypeError(*f, fp, "filters", "object");
            } else {
                Unknown(*f, fp, {"regions", "pillars", "kinds", "instruments"});
                StringList(*f, fp, "instruments", &view.instrumentIds);
                CheckKnown(view.instrumentIds, fp, "instruments", opt_.knownInstruments, "instrument");
                StringList(*f, fp, "regions", &view.regions);
                StringList(*f, fp, "pillars", &view.pillars);
                StringList(*f, fp, "kinds", &view.kinds);
                for (std::size_t i = 0; i < view.kinds.size(); ++i)
                    if (!ParseInstrumentKind(view.kinds[i]))
                        Error(JoinPointer(fp, "kinds") + "/" + std::to_string(i), "kinds",
                              "unknown instrument kind \"" + view.kinds[i] + "\" (expected treaty, forum or program)");
                CheckKnown(view.regions, fp, "regions", opt_.knownRegions, "region");
                CheckKnown(view.pillars, fp, "pillars", opt_.knownPillars, "pillar");
            }
        }

        if (const json* v = Get(o, p, "signatures_count", false)) {
            if (v->is_boolean()) view.signaturesCount = v->get<bool>();
            else TypeError(*v, JoinPointer(p, "signatures_count"), "signatures_count", "boolean");
        }
        if (String(o, p, "hub", &view.hub, false, true) && view.kind != ViewKind::InstrumentStatus)
            Error(JoinPointer(p, "hub"), "hub", "a hub is for the status view of a bilateral instrument");
        std::string theme;
        if (String(o, p, "theme", &theme, false)) {
            if (theme == "light" || theme == "dark") view.theme = theme == "dark" ? Theme::Dark : Theme::Light;
            else Error(JoinPointer(p, "theme"), "theme", "unknown theme \"" + theme + "\" (expected light or dark)");
        }
        std::string projection;
        if (String(o, p, "projection", &projection, false)) {
            if (auto k = ParseProjectionId(projection)) {
                view.projection = *k;
            } else {
                Error(JoinPointer(p, "projection"), "projection",
                      "unknown projection \"" + projection +
                          "\" (expected equal-earth, robinson, natural-earth, equirectangular or web-mercator)");
            }
        }

        std::string legend;
        if (String(o, p, "legend", &legend, false)) {
            if (auto placement = ParseLegendPlacement(legend)) {
                view.legend = *placement;
            } else {
                Error(JoinPointer(p, "legend"), "legend",
                      "unknown legend placement \"" + legend +
                          "\" (expected auto, outside, top-left, top-right, bottom-left, bottom-right or none)");
            }
        }
        if (const json* v = Get(o, p, "labels", false)) ReadLabels(*v, JoinPointer(p, "labels"), &view.labels);
        Number(o, p, "text_scale", 0.5, 4.0, &view.textScale);
        Number(o, p, "central_meridian", -180.0, 180.0, &view.centralMeridian);
        if (const json* v = Get(o, p, "footnote", false)) {
            if (v->is_boolean()) view.footnote = v->get<bool>();
            else TypeError(*v, JoinPointer(p, "footnote"), "footnote", "boolean");
        }

        if (const json* c = Get(o, p, "camera", false)) {
            const std::string cp = JoinPointer(p, "camera");
            if (!c->is_object()) {
                TypeError(*c, cp, "camera", "object");
            } else {
                Unknown(*c, cp, {"lon", "lat", "zoom"});
                SlideCamera camera;
                Number(*c, cp, "lon", -180.0, 180.0, &camera.centerLon);
                Number(*c, cp, "lat", -90.0, 90.0, &camera.centerLat);
                Number(*c, cp, "zoom", MapView::kMinZoom, MapView::kMaxZoom, &camera.zoom);
                view.camera = camera;
            }
        }

        s.date = Date(o, p, "date");
        const std::optional<CivilDate> from = Date(o, p, "from"), to = Date(o, p, "to");
        const bool hasDate = o.contains("date"), hasFrom = o.contains("from"), hasTo = o.contains("to");
        if (hasDate && (hasFrom || hasTo)) {
            Error(JoinPointer(p, "date"), "date", "a slide has either 'date' or a range ('from', 'to'), not both");
            s.date.reset();
        } else if (hasFrom != hasTo) {
            Error(JoinPointer(p, hasFrom ? "from" : "to"), hasFrom ? "from" : "to",
                  "a date range needs both 'from' and 'to'");
        } else if (from && to) {
            if (*from > *to)
                Error(JoinPointer(p, "to"), "to", "range ends before it starts: " + ToString(*to) + " is before " + ToString(*from));
            else
                s.range = SlideDateRange{*from, *to};
        }
        double seconds = 0;
        if (o.contains("play_seconds")) {
            if (!hasFrom || !hasTo) {
                Error(JoinPointer(p, "play_seconds"), "play_seconds", "'play_seconds' needs a range ('from', 'to')");
            } else if (Number(o, p, "play_seconds", 0.0, kMaxPlaySeconds, &seconds)) {
                if (seconds <= 0.0) Error(JoinPointer(p, "play_seconds"), "play_seconds", "must be more than 0");
                else s.playSeconds = seconds;
            }
        }
        return s;
    }

    const StoryboardLoadOptions& opt_;
};

}  // namespace

StoryboardLoadResult ParseStoryboard(std::string_view text, const std::string& fileName,
                                     const StoryboardLoadOptions& options) {
    StoryboardLoadResult result;
    try {
        json value;
        if (!ReadJsonForLoader(text, fileName, options.maxBytes, options.maxDepth, &value, &result.errors)) return result;
        Validator v(options);
        Storyboard story = v.Run(value);
        AppendLocatedIssues(text, fileName, v.issues, &result.errors, &result.warnings);
        if (result.errors.empty()) result.storyboard = std::move(story);
    } catch (const std::exception& e) {
        result = StoryboardLoadResult{};
        result.errors.push_back(LoadError{fileName, 0, 0, "", "", std::string("cannot read: ") + e.what()});
    }
    return result;
}

StoryboardLoadResult LoadStoryboard(const std::string& path, const StoryboardLoadOptions& options) {
    std::string text, error;
    if (!ReadFileVsi(path, options.maxBytes, &text, &error)) {
        StoryboardLoadResult r;
        r.errors.push_back(LoadError{path, 0, 0, "", "", error});
        return r;
    }
    return ParseStoryboard(text, path, options);
}

// ---- saving ----------------------------------------------------------------------------------

nlohmann::ordered_json StoryboardToJson(const Storyboard& story) {
    using ojson = nlohmann::ordered_json;
    ojson root;
    root["format"] = kFormat;
    root["version"] = kStoryboardFormatVersion;
    root["title"] = story.title;
    ojson slides = ojson::array();
    for (const Slide& s : story.slides) {
        ojson j;
        j["title"] = s.title;
        j["caption"] = s.caption;
        if (!s.notes.empty()) j["notes"] = s.notes;
        const ViewState& v = s.view;
        j["view"] = SlideViewId(v.kind);
        std::vector<std::string> instruments;
        if (v.kind != ViewKind::Breadth && !v.instrumentA.empty()) instruments.push_back(v.instrumentA);
        if (v.kind == ViewKind::Compare && !v.instrumentB.empty()) instruments.push_back(v.instrumentB);
        j["instruments"] = instruments;
        ojson filters = ojson::object();
        if (!v.regions.empty()) filters["regions"] = v.regions;
        if (!v.pillars.empty()) filters["pillars"] = v.pillars;
        if (!v.kinds.empty()) filters["kinds"] = v.kinds;
        if (!v.instrumentIds.empty()) filters["instruments"] = v.instrumentIds;
        if (!filters.empty()) j["filters"] = filters;
        if (!v.signaturesCount) j["signatures_count"] = false;
        if (!v.hub.empty()) j["hub"] = v.hub;
        j["projection"] = ProjectionId(v.projection);
        if (v.theme == Theme::Dark) j["theme"] = "dark";
        if (v.legend != LegendPlacement::Auto) j["legend"] = std::string(LegendPlacementName(v.legend));
        if (v.textScale != 1.0) j["text_scale"] = v.textScale;
        if (v.centralMeridian != 0.0) j["central_meridian"] = v.centralMeridian;
        if (!v.footnote) j["footnote"] = false;
        if (v.labels.mode == LabelSelection::Mode::Countries && !v.labels.countries.empty()) j["labels"] = v.labels.countries;
        else if (v.labels.mode == LabelSelection::Mode::Changed || v.labels.mode == LabelSelection::Mode::All)
            j["labels"] = LabelSelectionText(v.labels);
        // Doubles are written as doubles (10.0, not 10) with round-trip precision.
        if (v.camera)
            j["camera"] = ojson{{"lon", v.camera->centerLon}, {"lat", v.camera->centerLat}, {"zoom", v.camera->zoom}};
        if (s.date) j["date"] = ToString(*s.date);
        if (s.range) {
            j["from"] = ToString(s.range->from);
            j["to"] = ToString(s.range->to);
            if (s.playSeconds) j["play_seconds"] = *s.playSeconds;
        }
        slides.push_back(std::move(j));
    }
    root["slides"] = std::move(slides);
    return root;
}

std::string WriteStoryboardJson(const Storyboard& story) {
    std::string text = StoryboardToJson(story).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    text.push_back('\n');
    return text;
}

bool SaveStoryboard(const std::string& path, const Storyboard& story, std::string* error,
                    const AtomicWriteOptions& options) {
    std::string text;
    try {
        text = WriteStoryboardJson(story);
    } catch (const std::exception& e) {  // invalid UTF-8 in a title, say
        if (error) {
            *error = "cannot write ";
            error->append(path).append(": ").append(e.what());
        }
        return false;
    }
    return WriteFileAtomically(path, text, error, options);
}

std::string DefaultStoryboardPath(const std::string& datasetPath) {
    const std::size_t slash = datasetPath.find_last_of('/');
    const std::size_t dot = datasetPath.find_last_of('.');
    std::string stem = datasetPath;
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) stem = datasetPath.substr(0, dot);
    stem.append(".story.json");
    return stem;
}

}  // namespace engagemap
