// Storyboard: a briefing as an ordered list of saved views ("slides") — which instrument(s) and view,
// filters, projection, camera, a date or a date range to play, title and caption — with its JSON
// form (format "engagemap-storyboard", version 1), a strict located loader and an atomic save.
//
// Loading follows the dataset loader (core/data/dataset_loader.hpp): any GDAL VSI path, a size and a
// nesting-depth limit, every problem reported at once with file:line:column, JSON path and field;
// a file with any error is refused as a whole so the caller keeps what it had. Never throws.
//
// JSON form:
//   { "format": "engagemap-storyboard", "version": 1, "title": "...",
//     "slides": [ { "title": "...", "caption": "...", "view": "instrument" | "breadth" | "compare",
//                   "instruments": ["budapest"],
//                   "filters": { "regions": ["Africa"], "pillars": ["law-enforcement"], "kinds": ["treaty"] },
//                   "signatures_count": false,                 -- optional, default true
//                   "projection": "equal-earth", "theme": "dark", -- theme optional, default light
//                   "camera": { "lon": 10.0, "lat": 50.0, "zoom": 2.5 },  -- optional: whole world
//                   "labels": ["TON", "KIR", "FJI"],           -- optional: or "changed", "all"
//                   "notes": "speaker notes",                  -- optional
//                   "date": "2012-06-30"                       -- or a range to play:
//                   "from": "2001-11-23", "to": "2025-12-31", "play_seconds": 20 } ] }
// Required: format, version, slides, and per slide "view". Everything else has a default: empty
// title/caption/notes/filters, signatures count, projection equal-earth, light theme, no camera (the
// whole world), no date (the instrument's latest). Every slide field but title, caption, notes, date,
// range and play_seconds is a ViewState field: slide.view is exactly what the window showed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/data/civil_date.hpp"
#include "core/geo/projection.hpp"
#include "core/load_error.hpp"
#include "core/io/atomic_file.hpp"
#include "core/story/slide_camera.hpp"
#include "core/view/view_state.hpp"

namespace engagemap {

// Format version written and accepted by this build.
inline constexpr int kStoryboardFormatVersion = 1;

// "instrument" | "breadth" | "compare" (the storyboard's names of the view kinds; "status" is
// read as "instrument"), and back (nullopt for anything else).
const char* SlideViewId(ViewKind kind);
std::optional<ViewKind> ParseSlideViewId(std::string_view id);

// A date range a slide plays through (inclusive; from <= to).
struct SlideDateRange {
    CivilDate from;
    CivilDate to;

    bool operator==(const SlideDateRange&) const = default;
};

// One saved view of the briefing: the ViewState the map showed, and what a slide adds to it.
struct Slide {
    std::string title;                    // large text on the slide; may be empty
    std::string caption;                  // a sentence or two under the title; may be empty
    std::string notes;                    // speaker notes (not shown on the map); may be empty
    ViewState view;                       // what the map shows (kind, instruments, filters, options,
                                          // projection, camera, theme)
    std::optional<CivilDate> date;        // a single date shown (exclusive with range)
    std::optional<SlideDateRange> range;  // a date range played when the slide opens
    std::optional<double> playSeconds;    // how long the range plays (seconds, > 0); only with range

    bool operator==(const Slide&) const = default;
};

// A whole briefing.
struct Storyboard {
    int version = kStoryboardFormatVersion;
    std::string title;
    std::vector<Slide> slides;

    bool operator==(const Storyboard&) const = default;
};

// The date a slide shows when still: its date, or the end of its range; nullopt when it has neither.
std::optional<CivilDate> SlideStillDate(const Slide& slide);

// ---- editing (the UI's create / update / reorder / delete) ---------------------------------------

// Inserts `slide` before index `at` (appends when `at` is past the end); returns its index.
std::size_t AddSlide(Storyboard& story, Slide slide, std::size_t at = SIZE_MAX);
// Replaces slide `index`; false when out of range.
bool UpdateSlide(Storyboard& story, std::size_t index, Slide slide);
// Moves slide `from` so that it ends at index `to` (others shift); false when either is out of range.
bool MoveSlide(Storyboard& story, std::size_t from, std::size_t to);
// Removes slide `index`; false when out of range.
bool DeleteSlide(Storyboard& story, std::size_t index);

// ---- JSON ------------------------------------------------------------------------------------

struct StoryboardLoadOptions {
    std::uint64_t maxBytes = 4ull << 20;  // refuse larger inputs (bytes)
    int maxDepth = 16;                    // refuse JSON nested deeper (objects + arrays)
    // Ids/names the current dataset and geodata know. A slide naming anything else cannot be shown:
    // it is an error at file:line:column with the field (the file is refused). Null: no check.
    const std::set<std::string>* knownInstruments = nullptr;
    const std::set<std::string>* knownPillars = nullptr;
    const std::set<std::string>* knownRegions = nullptr;
};

struct StoryboardLoadResult {
    Storyboard storyboard;            // empty unless Ok()
    std::vector<LoadError> errors;    // any error refuses the whole file
    std::vector<LoadError> warnings;  // problems that do not stop the storyboard from being shown
    bool Ok() const { return errors.empty(); }
};

// Reads `path` through GDAL's VSI layer and validates it.
StoryboardLoadResult LoadStoryboard(const std::string& path, const StoryboardLoadOptions& options = {});
// Validates JSON text already in memory; `fileName` is used in messages.
StoryboardLoadResult ParseStoryboard(std::string_view text, const std::string& fileName,
                                     const StoryboardLoadOptions& options = {});

// The JSON form (stable key order; optional fields only when set). ParseStoryboard(WriteStoryboardJson(s))
// gives s back exactly (doubles are written with round-trip precision).
nlohmann::ordered_json StoryboardToJson(const Storyboard& story);
// JSON text with 2-space indentation and a trailing newline.
std::string WriteStoryboardJson(const Storyboard& story);

// Writes the JSON atomically (see WriteFileAtomically): the previous file is replaced only once the new
// one is completely on disk. False + *error on failure, with the previous file untouched. `options`
// can simulate a failure at each step (tests).
bool SaveStoryboard(const std::string& path, const Storyboard& story, std::string* error,
                    const AtomicWriteOptions& options = {});

// Where a storyboard for `datasetPath` is kept by default: next to it, "<stem>.story.json"
// ("datasets/engagemap.json" -> "datasets/engagemap.story.json").
std::string DefaultStoryboardPath(const std::string& datasetPath);

}  // namespace engagemap
