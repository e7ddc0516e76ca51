// engagemap: entry point. Dispatches to a dataset subcommand (validate, query, import), the
// headless export, or the window.
#include <algorithm>
#include <atomic>
#include <csignal>
#include <chrono>
#include <cstdio>
#include <exception>
#include <set>
#include <string>
#include <vector>

#include "app/cli_options.hpp"
#include "app/dataset_commands.hpp"
#include "core/app/map_document.hpp"
#include "core/data/dataset_loader.hpp"
#include "core/filter/region_filter.hpp"
#include "core/filter/view_table.hpp"
#include "core/io/atomic_file.hpp"
#include "core/io/input_file.hpp"

#include <cpl_vsi.h>
#include "core/timeline/instrument_timeline.hpp"
#include "render/headless_export.hpp"
#include "ui/app_window.hpp"
#include "ui/timeline_export.hpp"
#include "ui/video_export.hpp"

using namespace engagemap;

namespace {

std::atomic<bool> gCancel{false};
void OnInterrupt(int) { gCancel = true; }

// --export FILE --from D --to D: the animation as an MP4 or PNG frames, with a progress line;
// Ctrl+C cancels (a partial MP4 is removed).
int RunVideo(const CliOptions& cli, const MapDocument& document, const Dataset& dataset, TimelineExportOptions frame) {
    frame.instrumentId = cli.instrumentId;
    frame.view = cli.view;
    frame.overlay = cli.overlay;
    frame.theme = cli.dark ? Theme::Dark : Theme::Light;
    VideoExportOptions video;
    video.frame = frame;
    video.from = *ParseCivilDate(cli.from);
    video.to = *ParseCivilDate(cli.to);
    video.fps = cli.fps;
    video.daysPerSecond = cli.daysPerSecond;
    if (cli.durationSeconds > 0) video.durationSeconds = cli.durationSeconds;
    std::signal(SIGINT, OnInterrupt);
    const VideoExportResult result = ExportTimelineVideo(
        document, dataset, video, cli.exportPath,
        [](std::int64_t done, std::int64_t total) {
            std::fprintf(stderr, "\rengagemap: frame %lld / %lld (%3.0f%%)", static_cast<long long>(done),
                         static_cast<long long>(total), 100.0 * static_cast<double>(done) / std::max<std::int64_t>(1, total));
        },
        &gCancel);
    std::fprintf(stderr, "\n");
    if (result.cancelled) {
        std::fprintf(stderr, "engagemap: cancelled after %lld frames\n", static_cast<long long>(result.framesWritten));
        return 130;
    }
    if (!result.ok) {
        std::fprintf(stderr, "engagemap: export failed: %s\n", result.error.c_str());
        return 1;
    }
    std::printf("wrote %s (%lld frames, %dx%d, %g fps, %s to %s)\n", cli.exportPath.c_str(),
                static_cast<long long>(result.framesWritten), frame.map.width, frame.map.height, cli.fps,
                cli.from.c_str(), cli.to.c_str());
    return 0;
}

bool EndsWithCsv(const std::string& path) {
    return path.size() > 4 && (path.compare(path.size() - 4, 4, ".csv") == 0 || path.compare(path.size() - 4, 4, ".CSV") == 0);
}

// --export FILE.csv: the table behind the view (country, region, status or class, dates,
// sources) instead of a picture.
int WriteViewCsv(const CliOptions& cli, const MapDocument& document, const Dataset& dataset,
                 const TimelineExportOptions& tex) {
    ViewSpec spec = cli.view;
    spec.instrumentA = cli.instrumentId;
    ViewRequest request;
    std::string error;
    if (!ResolveViewSpec(spec, dataset, document.countries, tex.date, &request, &error)) {
        std::fprintf(stderr, "engagemap: %s\n", error.c_str());
        return 1;
    }
    const ViewResult view = BuildView(dataset, document.countries, request);
    const std::string csv = ViewTableCsv(dataset, document.countries, request, view);
    if (!WriteOutputFile(cli.exportPath, csv, &error)) {
        std::fprintf(stderr, "engagemap: export failed: %s\n", error.c_str());
        return 1;
    }
    std::printf("wrote %s (%s view at %s, %zu bytes)\n", cli.exportPath.c_str(), ViewKindId(cli.view.kind),
                ToString(tex.date).c_str(), csv.size());
    return 0;
}

int RunExport(const CliOptions& cli) {
    std::vector<LoadError> errors;
    auto document = LoadMapDocument(cli.geodata, &errors);
    if (!document) {
        for (const auto& e : errors) std::fprintf(stderr, "engagemap: %s\n", e.ToString().c_str());
        return 1;
    }
    for (const auto& w : document->warnings) std::fprintf(stderr, "engagemap: warning: %s\n", w.ToString().c_str());
    ExportOptions ex;
    ex.width = cli.width;
    ex.height = cli.height;
    ex.projection = cli.projection;
    ex.style = MapStyleFor(cli.dark ? Theme::Dark : Theme::Light, ex.style);
    ex.style.borderWidthPx = cli.borderWidth;
    ex.focus = cli.focus;
    std::string error;
    const bool dataView = !cli.instrumentId.empty() || cli.view.kind != ViewKind::InstrumentStatus;
    if (!dataView) {
        if (!ExportMapPng(*document, ex, cli.exportPath, &error)) {
            std::fprintf(stderr, "engagemap: export failed: %s\n", error.c_str());
            return 1;
        }
        std::printf("wrote %s (%dx%d, %s, %zu countries)\n", cli.exportPath.c_str(), cli.width, cli.height,
                    ProjectionName(cli.projection), document->countries.countries.size());
        return 0;
    }
    if (cli.datasetPath.empty()) {
        std::fprintf(stderr, "engagemap: this view needs a dataset: bundled datasets/engagemap.json not found; pass --dataset FILE\n");
        return 1;
    }
    std::set<std::string> known;
    for (const auto& c : document->countries.countries) known.insert(c.key);
    DatasetLoadOptions loadOptions;
    loadOptions.knownCountries = &known;
    DatasetLoadResult dataset = LoadDataset(cli.datasetPath, loadOptions);
    if (!dataset.Ok()) {
        for (const auto& e : dataset.errors) std::fprintf(stderr, "engagemap: %s\n", e.ToString().c_str());
        return 1;
    }
    TimelineExportOptions tex;
    tex.map = ex;
    if (!cli.from.empty()) return RunVideo(cli, *document, dataset.dataset, tex);
    tex.instrumentId = cli.instrumentId;
    tex.view = cli.view;
    tex.overlay = cli.overlay;
    tex.theme = cli.dark ? Theme::Dark : Theme::Light;
    // Default date: the instrument's latest (the range clamps it), or today's dataset for breadth.
    tex.date = cli.date.empty() ? CivilDate{9999, 12, 31} : *ParseCivilDate(cli.date);
    if (cli.date.empty() && cli.instrumentId.empty()) {
        // Today (UTC), but not past the dataset's latest date: planned programme ends lie ahead.
        const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
        const CivilDate today = CivilFromDays(now.time_since_epoch().count());
        tex.date = std::min(today, LatestDatasetDate(dataset.dataset));
    }
    {
        // The instrument's range clamps the date (the default 9999-12-31 becomes its latest day).
        InstrumentTimeline timeline;
        timeline.SetData(&dataset.dataset, &document->countries);
        if (timeline.SelectInstrument(cli.instrumentId)) {
            timeline.Controller().SetDate(tex.date);
            if (!cli.date.empty() && !(timeline.Controller().Date() == tex.date))
                std::fprintf(stderr, "engagemap: warning: --date %s is outside %s's timeline (%s to %s); showing %s\n",
                             cli.date.c_str(), cli.instrumentId.c_str(), ToString(timeline.Controller().Start()).c_str(),
                             ToString(timeline.Controller().End()).c_str(), ToString(timeline.Controller().Date()).c_str());
            tex.date = timeline.Controller().Date();
        }
    }
    if (cli.zoomToRegion && !cli.view.regions.empty()) {
        ViewSpec spec = cli.view;
        spec.instrumentA = cli.instrumentId;
        ViewRequest request;
        if (!ResolveViewSpec(spec, dataset.dataset, document->countries, tex.date, &request, &error)) {
            std::fprintf(stderr, "engagemap: %s\n", error.c_str());
            return 1;
        }
        tex.map.focus = FilteredLonLatBox(document->countries,
                                          Includes(request.region, document->countries, &dataset.dataset, request.date));
    }
    if (EndsWithCsv(cli.exportPath)) return WriteViewCsv(cli, *document, dataset.dataset, tex);
    if (!ExportTimelinePng(*document, dataset.dataset, tex, cli.exportPath, &error)) {
        std::fprintf(stderr, "engagemap: export failed: %s\n", error.c_str());
        return 1;
    }
    std::printf("wrote %s (%dx%d, %s, %s view%s%s at %s)\n", cli.exportPath.c_str(), cli.width, cli.height,
                ProjectionName(cli.projection), ViewKindId(cli.view.kind), cli.instrumentId.empty() ? "" : " of ",
                cli.instrumentId.c_str(), ToString(tex.date).c_str());
    return 0;
}

int RunCommand(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    // --allow-network applies to every subcommand and the window: taken out before parsing.
    const auto network = std::find(args.begin(), args.end(), "--allow-network");
    const bool allowNetwork = network != args.end();
    if (allowNetwork) args.erase(network);
    SetNetworkAllowed(allowNetwork);
    if (IsDatasetCommand(args)) return RunDatasetCommand(args);  // validate | query | import
    CliOptions cli;
    std::string error;
    if (!ParseCli(args, cli, &error)) {
        std::fprintf(stderr, "engagemap: %s\n", error.c_str());
        return 2;
    }
    if (cli.help) {
        PrintUsage(stdout);
        return 0;
    }
    if (cli.version) {
        std::printf("engagemap 0.1.0\n");
        return 0;
    }
    if (!cli.exportPath.empty()) return RunExport(cli);

    AppWindowOptions window;
    window.geodata = cli.geodata;
    window.datasetPath = cli.datasetPath;
    window.instrumentId = cli.instrumentId;
    window.date = cli.date;
    window.view = cli.view;
    window.storyPath = cli.storyPath;
    window.startSlide = cli.slide - 1;
    window.projection = cli.projection;
    if (cli.sizeGiven) {
        window.width = cli.width;
        window.height = cli.height;
    }
    window.fullscreen = cli.fullscreen;
    window.monitor = cli.monitor;
    window.presentation = cli.presentation;
    window.theme = cli.dark ? Theme::Dark : Theme::Light;
    window.maxFrames = cli.maxFrames;
    window.screenshotPath = cli.screenshotPath;
    return RunAppWindow(window);
}

}  // namespace

// The command boundary: an exception that escapes a subcommand (from a third-party library or an
// allocation) is reported as an internal error with exit code 70 (EX_SOFTWARE), never an abort.
int main(int argc, char** argv) {
    try {
        return RunCommand(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "engagemap: internal error: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "engagemap: internal error: unknown exception\n");
    }
    return 70;
}
