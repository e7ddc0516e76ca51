// Options of the engagemap executable's window and export modes. The command line that fills
// them is defined in command_line.hpp (CLI11); FinishCliOptions applies defaults and refuses
// combinations that would have no effect.
#pragma once

#include <string>

#include "core/geo/geodata_loader.hpp"
#include "core/geo/projection.hpp"
#include "core/timeline/timeline_stepper.hpp"
#include "core/view/view_state.hpp"
#include "render/headless_export.hpp"

namespace engagemap {

struct CliOptions {
    GeodataOptions geodata;
    std::string exportPath;          // --export FILE.png: render headless and exit
    int width = 1920, height = 1080; // --size WxH (export) or initial window size
    bool sizeGiven = false;
    bool fullscreen = false;
    int monitor = 0;                 // --monitor N (0-based) for full screen
    int presenterMonitor = -1;       // --presenter-monitor M: the presenter screen on monitor M
    bool presentation = false;       // --presentation: start in presentation mode
    StepMode stepMode = StepMode::Event;  // --step event|year|milestone: what a clicker step moves
    bool allowNetwork = false;  // --allow-network: main takes it out of argv before parsing and applies it
    float borderWidth = 1.0f;        // logical pixels
    LonLatBox focus;                 // --focus minLon,minLat,maxLon,maxLat (degrees)
    std::string datasetPath;         // --dataset FILE (default: bundled datasets/engagemap.json)
    // What is shown: --instrument (A), --view, --compare (B), --region, --pillar, --kind,
    // --signatures, --projection, --theme. The camera stays unset (--focus is an export box).
    ViewState view;
    std::string date;                // --date YYYY-MM-DD (validated)
    bool overlay = true;             // --no-overlay: export the map only
    ExportRenderer renderer = ExportRenderer::Cpu;  // --renderer cpu|gl: what draws exports
    bool zoomToRegion = false;       // --zoom-to-region: export shows only the filtered area
    std::string from, to;            // --from/--to YYYY-MM-DD: export the animation (MP4 or PNGs)
    double fps = 30.0;               // --fps N
    double durationSeconds = 0;      // --duration S (0: --days-per-second decides)
    double daysPerSecond = 365.0;    // --days-per-second N
    bool progress = false;           // --progress: the animation shows a progress bar and the running count
    std::string storyPath;           // --story FILE.json: present this storyboard (or export its slides)
    int slide = 1;                   // --slide N: start on slide N (1-based); with --export: only that slide
    bool slideGiven = false;         // --slide was given
    int maxFrames = 0;               // --frames N: window closes after N frames (smoke tests)
    std::string screenshotPath;      // --screenshot FILE.png with --frames
    std::string profile;             // --profile ISO3|NAME: open with that country's profile docked
    std::string tab = "map";         // --tab map|table: what the window opens on
    std::string tableFrom, tableTo;  // --table-from / --table-to D: the Table tab's date range
    bool themeGiven = false, datasetGiven = false;  // --theme / --dataset on the command line
};

// After parsing: fills the bundled geodata/dataset defaults and refuses options that would have
// no effect in the chosen mode (e.g. --region on the plain base map, --pillar in the status view).
// Returns false with a message in `error`.
bool FinishCliOptions(CliOptions& options, std::string* error);

}  // namespace engagemap
