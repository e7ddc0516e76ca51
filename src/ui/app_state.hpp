// The window's state split by concern (Session, Explorer, Presentation, UiPrefs; see
// docs/architecture.md "Who owns what") and the logic that changes it: loading data, recolouring
// the map, showing slides. No GLFW or ImGui calls here, so it runs headless in tests.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/document/map_document.hpp"
#include "core/data/dataset.hpp"
#include "core/filter/engagement_views.hpp"
#include "core/io/file_watcher.hpp"
#include "core/query/event_selector.hpp"
#include "core/query/table_model.hpp"
#include "core/story/slide_deck.hpp"
#include "core/story/storyboard.hpp"
#include "core/story/transition.hpp"
#include "core/timeline/instrument_timeline.hpp"
#include "core/timeline/timeline_stepper.hpp"
#include "core/view/view_state.hpp"
#include "ui/app_window.hpp"
#include "ui/cumulative_chart.hpp"
#include "ui/fonts.hpp"
#include "ui/map_widget.hpp"
#include "ui/theme.hpp"
#include "export/timeline_export.hpp"
#include "ui/timeline_panel.hpp"
#include "export/video_export.hpp"

namespace engagemap {

// Session: the loaded data and the files behind it. The dataset and the geodata are shared
// snapshots: a reload or a boundary-scale switch swaps the pointer (a new object each time, never
// changed in place), so a running video export keeps the snapshot it started with.
struct Session {
    std::shared_ptr<const MapDocument> document;  // countries and mesh, centred on the view's meridian
    std::shared_ptr<const MapDocument> geodata;   // as loaded (meridian 0): what `document` is recentred from
    std::shared_ptr<const Dataset> dataset;
    std::vector<LoadError> datasetErrors;  // of the last load attempt; the old data stays
    bool showDatasetErrors = false;
    FileWatcher datasetWatcher;            // hot reload when the dataset file changes on disk
    Storyboard story;
    std::string storyPath;                 // where the storyboard is saved
    std::vector<std::string> recentStoryboards;  // from the user's preferences, most recent first
};

// Explorer: what the map shows and what the user picked on it. `viewState` (by ids) is the one
// owner of the view kind and of instruments A and B; the timeline follows its instrument A
// (SyncTimelineToView) and owns only the date. `request`, `view` and `colours` are derived by
// RecolourMap (viewState resolved afresh against the current data), never edited.
struct Explorer {
    // Registers the explorer as its timeline's date listener: a date change sets dateChanged.
    // Not copyable (the listener points at this object).
    Explorer();
    Explorer(const Explorer&) = delete;
    Explorer& operator=(const Explorer&) = delete;

    ViewState viewState;
    InstrumentTimeline timeline;
    ViewRequest request;         // derived: viewState resolved against the data in RecolourMap
    ViewResult view;             // derived: colours, legend and counts for request
    std::optional<ViewResult> labelsBefore;  // derived: the view "changed" labels compare with (labels: changed)
    std::vector<Rgba8> colours;  // derived: what the map shows (the view's, or the base map's)
    int profileCountry = -1;     // country whose profile window is open, -1 = none
    std::string search;          // the search box's text
    int highlightCountry = -1;   // found by search: ringed on the map until highlightUntil
    double highlightUntil = 0;   // seconds (ImGui::GetTime())
    bool coloursDirty = true;    // the view or the data changed: the next RecolourMap redraws
    bool dateChanged = false;    // set by the timeline controller's date listener (pushed)
    StepMode stepMode = StepMode::Event;  // what a clicker step moves (View menu, --step)
    std::string stepCaption;              // what the last step changed ("Croatia ratified — 17 Oct 2002")
    double stepCaptionUntil = 0;          // seconds (ImGui::GetTime()) the caption stays
    std::vector<int> stepOutline;         // countries the last step changed, outlined briefly
    double stepOutlineUntil = 0;          // seconds
};

// The Table tab beside the map (as Our World in Data's grapher has): the current view at the shown
// date, or instrument A's events in a date range with the change of its count over the range.
// RefreshTableTab fills `model`'s rows; the panel (ui/table_panel.hpp) edits the mode, dates,
// sort and filter; File/Table "Export CSV" writes exactly model.Shown().
struct TableTab {
    bool range = false;                  // false: the current view; true: events in [from, to]
    std::string from = "2015-01-01";     // YYYY-MM-DD, inclusive
    std::string to = "2020-12-31";
    EventSelector event = EventSelector::Deposit;
    TableModel model;
    std::string caption;                 // what the rows are, one line
    std::optional<RangeChange> change;   // range mode: the instrument's count at from and to
    std::string error;                   // why no rows ("from: not a date"); empty when fine
};

// Presentation: presentation mode, the slide deck position and the running slide's transitions.
struct Presentation {
    bool active = false;         // F5: map, title, date, legend, caption, source line only
    SlideDeck deck;
    bool slideActive = false;    // a slide is being shown (camera/date driven by it)
    std::string slideError;      // "slide N cannot be shown: ..." while the shown slide does not resolve
    double slideStart = 0;       // ImGui::GetTime() when the slide opened
    CameraTransition camera;     // from the previous view to the slide's camera
    int cameraFramesLeft = 0;    // keep applying the final camera a few frames (viewport settles)
    ScreenCover cover = ScreenCover::None;  // B / . black, W white: the screen hides the map
    bool showNotes = false;      // N: the slide's speaker notes over the map (one monitor)
    bool showCounter = true;     // C: slide counter "3 / 9" and progress dots
};

// UiPrefs: how the interface looks, not what it shows.
struct UiPrefs {
    AppFonts fonts;
    float contentScale = 1.0f;   // the monitor's
    float userScale = 1.0f;      // text size chosen by the user (View menu, Ctrl +/-)
    float fontScale = 0.0f;      // scale the font atlas was built for
    OverlayTypeScale fontOverlayType;  // overlay text sizes the atlas also holds (presentation mode)
    Theme theme = Theme::Light;
};

// AppState: what the window owns, by concern. Panels receive only the parts they edit and report
// what they changed; the window (app_window.cpp, app_panels.cpp) applies it. No GLFW here, so
// the logic below runs without a window (tests/ui/test_app_state_logic.cpp).
struct AppState {
    AppWindowOptions options;
    Session session;
    Explorer explorer;
    Presentation presentation;
    UiPrefs prefs;
    TableTab table;
    bool selectTableTab = false; // select the Table tab on the next frame (--tab table)

    // Widgets that draw the state above.
    TimelinePanel timelinePanel;
    CumulativeChart chart;
    MapWidget map;

    // Video export started from the File menu, a frame per UI frame, with progress and cancel.
    std::unique_ptr<VideoExportJob> videoJob;
    bool showVideoDialog = false;
    bool showStoryPanel = false;
    bool toggleFullscreen = false;  // F11 / menu: handled by the window shell

    std::string status;          // last message for the status bar
    std::string exportDir;       // where File > Export writes ("" = the working directory)
    std::string videoPath;       // the file the running video export writes
    bool requestQuit = false;
};

// Text scale for the current mode: the monitor's content scale times the user's scale; in
// presentation mode, and when the monitor reports no content scale (1), at least the framebuffer
// height / 1080 (so a 4K wall reads like 1080p, and the screen matches the export of the same size).
float TextScale(const AppState& app, float framebufferHeight);

// The overlay's type scale in presentation mode: as an export of the window's height
// (TypeScaleForOutput of ImGui's display height and the view's text scale).
OverlayTypeScale PresentationTypeScale(const AppState& app);

// Makes the timeline follow the view: selects viewState.instrumentA on it (range, event days;
// none when A is empty or unknown) when it shows another instrument. True when it changed.
bool SyncTimelineToView(Explorer& explorer);

// Selects `id` as instrument A of the view (the instrument list, the command line) and makes the
// timeline follow; marks the colours dirty. False (and nothing changed) when the dataset has no
// such instrument.
bool SelectInstrumentA(Explorer& explorer, const Dataset& dataset, const std::string& id);

// Re-derives the view from viewState (the timeline follows its instrument A) and the timeline's date:
// resolves it against the current data, rebuilds the colours, and hands them to the map (fading
// them in when `fade`). Clears coloursDirty and dateChanged. A date change that changes no colour
// (coloursDirty false) leaves the map untouched. Returns true when the map was given new colours. Needs no GL context until the map
// widget has a document.
bool RecolourMap(AppState& app, bool fade, double fadeSeconds = 0.25);

// Indices of the countries matching `text`, best first (RankCountryMatches: exact name, alternate
// name or ISO3, then prefix, then substring; accent-insensitive); at most `limit`.
std::vector<int> CountrySuggestions(const CountrySet& countries, const std::string& text, size_t limit = 8);

// The best match for `text` (CountrySuggestions' first); -1 when none.
int FindCountry(const CountrySet& countries, const std::string& text);

// Writes the table behind the current view as CSV to `path`; false + message on failure.
bool ExportViewCsv(const AppState& app, const std::string& path, std::string* error);

// Rebuilds the Table tab's rows (keeping its sort and filter) from the current view and date, or
// from instrument A's events in the tab's range; sets its caption, change and error.
void RefreshTableTab(AppState& app);
// The Table tab's export name: engagemap-table-<instrument>-<date or from_to>.csv.
std::string TableExportName(const AppState& app);
// Writes exactly what the Table tab shows (rows in the shown order and filter) as CSV to a new
// file (UnusedOutputPath of TableExportName, never an existing one) through WriteOutputFile.
// Returns the path written, or "" with *error.
std::string ExportTableTabCsv(const AppState& app, std::string* error);

// Loads and validates a dataset; on errors keeps the current one and opens the problems panel.
void LoadDatasetFile(AppState& app, const std::string& path);

// Switches the geodata layer (e.g. countries_10m); keeps the current one on errors.
void SwitchLayer(AppState& app, const std::string& layer);

// Loads a storyboard (errors go to the problems panel and the status line). True on success.
bool LoadStoryFile(AppState& app, const std::string& path);
// Shows slide `index` from `nowSeconds`: its view, filters, projection, date; the camera moves
// there over kDefaultTransitionSeconds and the colours fade.
void ApplySlide(AppState& app, std::size_t index, double nowSeconds);
// Per frame while a slide is showing: the camera transition and the slide's date range.
void AnimateSlide(AppState& app, double nowSeconds);
// True while AnimateSlide still changes something at `nowSeconds`: the camera transition (and the
// frames that settle it) or the slide's date range playing.
bool SlideAnimating(const AppState& app, double nowSeconds);
// A slide of what the map shows now (view, filters, projection, camera, date).
Slide SlideFromCurrentView(const AppState& app);
// The ViewState the window shows now: viewState with the map's
// projection and camera, and the theme, less what its kind does not use (NormalizedViewState).
// What a slide saves and File > Export PNG renders.
ViewState CurrentViewState(const AppState& app);
// File > Export PNG's options: CurrentViewState at the shown date, `width` x `height` pixels, the
// map's style. The picture is the shown view (kind, filters, options, projection, camera, theme).
TimelineExportOptions ExportOptionsForCurrentView(const AppState& app, int width, int height);
// The file-name stem of an export of what the window shows: the slide's title while a slide is
// presented, else the view and its instruments with the date ("budapest-2012-06-30").
std::string ExportStem(const AppState& app);
// Why `slide` cannot be shown with the loaded data ("" when it can): an unknown instrument,
// region or pillar, or a view without its instruments.
std::string SlideProblem(const AppState& app, const Slide& slide);

// How long a step's caption and its outlines stay (seconds).
inline constexpr double kStepCaptionSeconds = 4.0;
inline constexpr double kStepOutlineSeconds = 1.5;

// One clicker step through time by the explorer's step mode (no storyboard): moves the timeline,
// keeps the caption of what changed and the changed countries to outline from `nowSeconds`.
// False at the end of the range (nothing changes).
bool StepTime(AppState& app, bool forward, double nowSeconds);

// Sets the theme: base-map colours now, ImGui colours at the next font/style rebuild.
void SetTheme(AppState& app, Theme theme);

}  // namespace engagemap
