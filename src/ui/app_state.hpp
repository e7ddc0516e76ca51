// AppState: everything the window shows, owned in one place; panels read it and call the
// functions below (which change models and mark what must be redrawn). No GLFW here, so the
// panels could be driven by another shell.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/document/map_document.hpp"
#include "core/data/dataset.hpp"
#include "core/filter/engagement_views.hpp"
#include "core/io/file_watcher.hpp"
#include "core/story/slide_deck.hpp"
#include "core/story/storyboard.hpp"
#include "core/story/transition.hpp"
#include "core/timeline/instrument_timeline.hpp"
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

struct AppState {
    AppWindowOptions options;
    // The loaded data. Shared so that a running video export keeps the snapshot it started with
    // while the window reloads the dataset or switches the boundary scale (a new object each time;
    // the dataset is never changed in place).
    std::shared_ptr<MapDocument> document;
    std::shared_ptr<const Dataset> dataset;
    std::vector<LoadError> datasetErrors;  // of the last load attempt; the old data stays
    bool showDatasetErrors = false;
    FileWatcher datasetWatcher;            // hot reload when the dataset file changes on disk

    // What the map shows: `viewState` by ids (kind, instruments, filters, options; projection,
    // camera and theme live in the map widget and `theme` and are gathered by CurrentViewState).
    // The timeline picks instrument A and owns the date. `request` and `view` are derived by
    // RecolourMap (viewState resolved afresh against the current data), never edited.
    ViewState viewState;
    InstrumentTimeline timeline;
    ViewRequest request;         // derived: viewState resolved against the data in RecolourMap
    ViewResult view;             // derived: colours, legend and counts for request
    int profileCountry = -1;     // country whose profile window is open, -1 = none
    std::string search;          // the search box's text
    int highlightCountry = -1;   // found by search: ringed on the map until highlightUntil
    double highlightUntil = 0;   // seconds (ImGui::GetTime())
    TimelinePanel timelinePanel;
    CumulativeChart chart;
    MapWidget map;

    AppFonts fonts;
    float contentScale = 1.0f;   // the monitor's
    float userScale = 1.0f;      // text size chosen by the user (View menu, Ctrl +/-)
    float fontScale = 0.0f;      // scale the font atlas was built for
    Theme theme = Theme::Light;
    bool presentation = false;   // F5: map, title, date, legend, caption, source line only
    bool toggleFullscreen = false;  // F11 / menu: handled by the window shell

    // Storyboard: slides, the one showing, and its transition (camera move, date range play).
    Storyboard story;
    std::string storyPath;       // where the storyboard is saved
    std::vector<std::string> recentStoryboards;  // from the user's preferences, most recent first
    SlideDeck deck;
    bool showStoryPanel = false;
    bool slideActive = false;    // a slide is being shown (camera/date driven by it)
    std::string slideError;      // "slide N cannot be shown: ..." while the shown slide does not resolve
    double slideStart = 0;       // ImGui::GetTime() when the slide opened
    CameraTransition camera;     // from the previous view to the slide's camera
    int cameraFramesLeft = 0;    // keep applying the final camera a few frames (viewport settles)

    // Video export started from the File menu, a frame per UI frame, with progress and cancel.
    std::unique_ptr<VideoExportJob> videoJob;
    bool showVideoDialog = false;

    std::string status;          // last message for the status bar
    std::string exportPath = "engagemap-export.png";
    bool requestQuit = false;
    bool coloursDirty = true;
};

// Text scale for the current mode: the monitor's content scale times the user's scale; in
// presentation mode at least the framebuffer height / 1080 (so a 4K wall reads like 1080p,
// and the screen matches the export of the same size).
float TextScale(const AppState& app, float framebufferHeight);

// Re-derives the view from viewState (instrument A from the timeline) and the timeline's date:
// resolves it against the current data, rebuilds the colours, and hands them to the map (fading
// them in when `fade`). A date change that changes no colour (coloursDirty false) leaves the map
// untouched. Returns true when the map was given new colours. Needs no GL context until the map
// widget has a document.
bool RecolourMap(AppState& app, bool fade, double fadeSeconds = 0.25);

// First country whose name contains `text` (case-insensitive) or whose key equals it; -1.
int FindCountry(const CountrySet& countries, const std::string& text);

// Writes the table behind the current view as CSV to `path`; false + message on failure.
bool ExportViewCsv(const AppState& app, const std::string& path, std::string* error);

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
// A slide of what the map shows now (view, filters, projection, camera, date).
Slide SlideFromCurrentView(const AppState& app);
// The ViewState the window shows now: viewState with instrument A from the timeline, the map's
// projection and camera, and the theme, less what its kind does not use (NormalizedViewState).
// What a slide saves and File > Export PNG renders.
ViewState CurrentViewState(const AppState& app);
// File > Export PNG's options: CurrentViewState at the shown date, `width` x `height` pixels, the
// map's style. The picture is the shown view (kind, filters, options, projection, camera, theme).
TimelineExportOptions ExportOptionsForCurrentView(const AppState& app, int width, int height);
// Why `slide` cannot be shown with the loaded data ("" when it can): an unknown instrument,
// region or pillar, or a view without its instruments.
std::string SlideProblem(const AppState& app, const Slide& slide);

// Sets the theme: base-map colours now, ImGui colours at the next font/style rebuild.
void SetTheme(AppState& app, Theme theme);

}  // namespace engagemap
