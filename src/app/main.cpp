// engagemap: entry point. Dispatches to a dataset subcommand (validate, query, import), the
// headless export (a view, an animation, the table behind a view, or a storyboard's slides), or
// the window. The command line is defined in command_line.cpp.
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <future>
#include <string_view>
#include <string>
#include <vector>

#include "app/cli_options.hpp"
#include "app/command_line.hpp"
#include "core/io/atomic_file.hpp"
#include "core/io/input_file.hpp"
#include "app/dataset_commands.hpp"
#include "core/document/map_document.hpp"
#include "core/geo/recentre.hpp"
#include "core/data/dataset_loader.hpp"
#include "core/filter/region_filter.hpp"
#include "core/story/storyboard.hpp"
#include "core/story/storyboard_ids.hpp"

#include "core/timeline/instrument_timeline.hpp"
#include "render/headless_export.hpp"
#include "render/headless_gl_context.hpp"
#include "export/base_map_export.hpp"
#include "export/view_csv.hpp"
#include "app/html_command.hpp"
#include "ui/app_window.hpp"
#include "export/timeline_export.hpp"
#include "export/vector_export.hpp"
#include "export/video_export.hpp"

using namespace engagemap;

namespace {

std::atomic<bool> gCancel{false};
void OnInterrupt(int) { gCancel = true; }

// --export FILE --from D --to D: the animation as an MP4, a GIF or PNG frames, with a progress line;
// Ctrl+C cancels (a partial MP4 or GIF is removed).
int RunVideo(const CliOptions& cli, const MapDocument& document, const Dataset& dataset, TimelineExportOptions frame) {
    VideoExportOptions video;
    video.frame = frame;
    video.from = *ParseCivilDate(cli.from);
    video.to = *ParseCivilDate(cli.to);
    video.fps = cli.fps;
    video.daysPerSecond = cli.daysPerSecond;
    video.progress = cli.progress;
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

bool EndsWithNoCase(const std::string& path, const std::string& suffix) {
    if (path.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(path[path.size() - suffix.size() + i])) != suffix[i]) return false;
    return true;
}

// --export FILE.csv: the table behind the view (country, region, status or class, dates,
// sources) instead of a picture.
int RunCsvExport(const CliOptions& cli, const MapDocument& document, const Dataset& dataset,
                 const TimelineExportOptions& tex) {
    std::string error;
    std::size_t bytes = 0;
    if (!WriteViewCsv(dataset, document.countries, tex.view, tex.date, cli.exportPath, &error, &bytes)) {
        std::fprintf(stderr, "engagemap: %s\n", error.c_str());
        return 1;
    }
    std::printf("wrote %s (%s view at %s, %zu bytes)\n", cli.exportPath.c_str(), ViewKindId(cli.view.kind),
                ToString(tex.date).c_str(), bytes);
    return 0;
}

// `date` clamped to the range of instrument `id` (unchanged when there is no such instrument).
CivilDate ClampToInstrument(const Dataset& dataset, const MapDocument& document, const std::string& id, CivilDate date) {
    InstrumentTimeline timeline;
    timeline.SetData(&dataset, &document.countries);
    if (!timeline.SelectInstrument(id)) return date;
    timeline.Controller().SetDate(date);
    return timeline.Controller().Date();
}

// The date an export shows when none is given: instrument A's latest day (the range clamps the
// far-future date), or today (UTC) but not past the dataset's latest date for a view without
// an instrument (planned programme ends lie ahead).
CivilDate DefaultExportDate(const Dataset& dataset, const MapDocument& document, const std::string& instrumentA) {
    if (instrumentA.empty()) {
        const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
        const CivilDate today = CivilFromDays(now.time_since_epoch().count());
        return std::min(today, LatestDatasetDate(dataset));
    }
    return ClampToInstrument(dataset, document, instrumentA, CivilDate{9999, 12, 31});
}

// "out.png", slide 3 of 12 -> "out_03.png" (at least two digits, more for 100+ slides).
std::string SlideOutputPath(const std::string& path, std::size_t index, std::size_t count) {
    const std::size_t slash = path.find_last_of('/');
    const std::size_t dot = path.find_last_of('.');
    const bool hasExt = dot != std::string::npos && (slash == std::string::npos || dot > slash);
    std::string number = std::to_string(index + 1);
    const std::size_t width = std::max<std::size_t>(2, std::to_string(count).size());
    number.insert(0, width - std::min(width, number.size()), '0');
    return hasExt ? path.substr(0, dot) + "_" + number + path.substr(dot) : path + "_" + number;
}

// --export FILE.png --story S.json [--slide N]: each slide (or slide N) as a PNG at its date, or
// at the end of its range, with its own view, camera, theme, title and caption.
int RunStoryExport(const CliOptions& cli, const MapDocument& document, const Dataset& dataset, const ExportOptions& ex) {
    const StoryboardKnownIds known = KnownStoryboardIds(&dataset, document.countries);
    StoryboardLoadOptions options;
    known.ApplyTo(&options);
    const StoryboardLoadResult story = LoadStoryboard(cli.storyPath, options);
    for (const auto& e : story.errors) std::fprintf(stderr, "engagemap: %s\n", e.ToString().c_str());
    for (const auto& w : story.warnings) std::fprintf(stderr, "engagemap: warning: %s\n", w.ToString().c_str());
    if (!story.Ok()) {
        std::fprintf(stderr, "engagemap: %s: storyboard refused (%zu error(s)); nothing written\n", cli.storyPath.c_str(),
                     story.errors.size());
        return 1;
    }
    const auto& slides = story.storyboard.slides;
    if (slides.empty()) {
        std::fprintf(stderr, "engagemap: %s has no slides; nothing written\n", cli.storyPath.c_str());
        return 1;
    }
    if (cli.slideGiven && static_cast<std::size_t>(cli.slide) > slides.size()) {
        std::fprintf(stderr, "engagemap: --slide %d: %s has %zu slide(s)\n", cli.slide, cli.storyPath.c_str(), slides.size());
        return 1;
    }
    std::string error;
    const std::size_t first = cli.slideGiven ? static_cast<std::size_t>(cli.slide - 1) : 0;
    const std::size_t last = cli.slideGiven ? first + 1 : slides.size();
    std::vector<TimelineExportOptions> stills;
    for (std::size_t i = first; i < last; ++i) {
        const Slide& slide = slides[i];
        TimelineExportOptions tex =
            StillOptionsForSlide(slide, ex, DefaultExportDate(dataset, document, slide.view.instrumentA));
        tex.overlay = cli.overlay;
        tex.date = ClampToInstrument(dataset, document, slide.view.instrumentA, tex.date);
        stills.push_back(std::move(tex));
    }
    const std::optional<VectorFormat> vector = VectorFormatForPath(cli.exportPath);
    if (vector == VectorFormat::Pdf) {
        // A handout: one page per slide, in one file.
        if (!ExportTimelineVector(document, dataset, stills, cli.exportPath, &error)) {
            std::fprintf(stderr, "engagemap: export failed: %s\n", error.c_str());
            return 1;
        }
        std::printf("wrote %s (%zu page(s), one per slide)\n", cli.exportPath.c_str(), stills.size());
        return 0;
    }
    std::unique_ptr<HeadlessGlContext> context;
    if (!vector && ex.renderer == ExportRenderer::Gl && !(context = HeadlessGlContext::Create(&error))) {
        std::fprintf(stderr, "engagemap: export failed: %s\n", error.c_str());
        return 1;
    }
    for (std::size_t i = first; i < last; ++i) {
        const Slide& slide = slides[i];
        const TimelineExportOptions& tex = stills[i - first];
        const std::string path = cli.slideGiven ? cli.exportPath : SlideOutputPath(cli.exportPath, i, slides.size());
        std::string png;
        const bool ok = vector ? ExportTimelineVector(document, dataset, {tex}, path, &error)
                               : RenderTimelinePng(document, dataset, tex, &png, &error) && WriteOutputFile(path, png, &error);
        if (!ok) {
            std::fprintf(stderr, "engagemap: slide %zu: export failed: %s\n", i + 1, error.c_str());
            return 1;
        }
        std::printf("wrote %s (slide %zu of %zu, %s view at %s)\n", path.c_str(), i + 1, slides.size(),
                    ViewKindId(slide.view.kind), ToString(tex.date).c_str());
    }
    return 0;
}

// The output is in place (renamed over the target): end the process now instead of freeing the
// mesh, rasters and images piece by piece (tens of ms at 4K that nobody waits for usefully).
// Sanitizer builds return normally so that leak checking still sees everything.
int ExitAfterOutputWritten() {
#if defined(__SANITIZE_ADDRESS__)
    return 0;
#else
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(0);
#endif
}

int RunExport(const CliOptions& cli) {
    const bool html = EndsWithNoCase(cli.exportPath, ".html");  // a page always carries the dataset
    const bool dataView = html || !cli.storyPath.empty() || !cli.view.instrumentA.empty() ||
                          cli.view.kind != ViewKind::InstrumentStatus;
    // A data view reads the dataset on a second thread while this one reads the geodata (each is
    // a sizeable share of an export's start). An export shows no dataset warnings (`validate`
    // does), so the load needs neither the geodata's country list nor warning positions.
    std::future<DatasetLoadResult> datasetLoad;
    if (dataView && !cli.datasetPath.empty()) {
        DatasetLoadOptions loadOptions;
        loadOptions.locateWarnings = false;
        datasetLoad = std::async(std::launch::async, [path = cli.datasetPath, loadOptions] { return LoadDataset(path, loadOptions); });
    }
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
    ex.projection = cli.view.projection;
    ex.style = MapStyleFor(cli.view.theme, ex.style);
    ex.style.borderWidthPx = cli.borderWidth;
    ex.focus = cli.focus;
    ex.renderer = cli.renderer;
    std::string error;
    if (!dataView) {
        const std::shared_ptr<const MapDocument> shown =
            RecentredDocument(std::shared_ptr<const MapDocument>(std::move(document)), cli.view.centralMeridian);
        ex.focus = RecentredBox(ex.focus, cli.view.centralMeridian);
        if (!ExportBaseMapPng(*shown, ex, cli.exportPath, &error)) {
            std::fprintf(stderr, "engagemap: export failed: %s\n", error.c_str());
            return 1;
        }
        std::printf("wrote %s (%dx%d, %s, %zu countries)\n", cli.exportPath.c_str(), cli.width, cli.height,
                    ProjectionName(cli.view.projection), shown->countries.countries.size());
        return ExitAfterOutputWritten();
    }
    if (cli.datasetPath.empty()) {
        std::fprintf(stderr, "engagemap: this view needs a dataset: bundled datasets/engagemap.json not found; pass --dataset FILE\n");
        return 1;
    }
    DatasetLoadResult dataset = datasetLoad.get();
    if (!dataset.Ok()) {
        for (const auto& e : dataset.errors) std::fprintf(stderr, "engagemap: %s\n", e.ToString().c_str());
        return 1;
    }
    if (html) {
        CliOptions page = cli;
        // A page without a view opens on the breadth of engagement (every instrument).
        if (page.storyPath.empty() && page.view.instrumentA.empty() && page.view.kind == ViewKind::InstrumentStatus)
            page.view.kind = ViewKind::Breadth;
        const CivilDate day = page.date.empty() ? DefaultExportDate(dataset.dataset, *document, page.view.instrumentA)
                                                : ClampToInstrument(dataset.dataset, *document, page.view.instrumentA,
                                                                    *ParseCivilDate(page.date));
        return RunHtmlExport(page, *document, dataset.dataset, day);
    }
    if (!cli.storyPath.empty()) return RunStoryExport(cli, *document, dataset.dataset, ex);
    TimelineExportOptions tex;
    tex.map = ex;
    tex.view = cli.view;
    tex.overlay = cli.overlay;
    if (!cli.from.empty()) return RunVideo(cli, *document, dataset.dataset, tex);
    tex.date = cli.date.empty() ? DefaultExportDate(dataset.dataset, *document, cli.view.instrumentA)
                                : ClampToInstrument(dataset.dataset, *document, cli.view.instrumentA, *ParseCivilDate(cli.date));
    if (!cli.date.empty() && !(tex.date == *ParseCivilDate(cli.date)))
        std::fprintf(stderr, "engagemap: warning: --date %s is outside %s's timeline; showing %s\n", cli.date.c_str(),
                     cli.view.instrumentA.c_str(), ToString(tex.date).c_str());
    if (cli.zoomToRegion) {
        ViewRequest request;
        if (!ResolveViewState(cli.view, dataset.dataset, document->countries, tex.date, &request, &error)) {
            std::fprintf(stderr, "engagemap: %s\n", error.c_str());
            return 1;
        }
        tex.map.focus = FilteredLonLatBox(document->countries,
                                          Includes(request.region, document->countries, &dataset.dataset, request.date));
    }
    if (EndsWithNoCase(cli.exportPath, ".csv")) return RunCsvExport(cli, *document, dataset.dataset, tex);
    const bool vector = VectorFormatForPath(cli.exportPath).has_value();
    TimelineFrameRenderer renderer;  // ends with the process (ExitAfterOutputWritten), not torn down
    if (vector ? !ExportTimelineVector(*document, dataset.dataset, {tex}, cli.exportPath, &error)
               : !ExportTimelinePng(*document, dataset.dataset, tex, cli.exportPath, &error, &renderer)) {
        std::fprintf(stderr, "engagemap: export failed: %s\n", error.c_str());
        return 1;
    }
    std::printf("wrote %s (%dx%d, %s, %s view%s%s at %s)\n", cli.exportPath.c_str(), cli.width, cli.height,
                ProjectionName(cli.view.projection), ViewKindId(cli.view.kind), cli.view.instrumentA.empty() ? "" : " of ",
                cli.view.instrumentA.c_str(), ToString(tex.date).c_str());
    return ExitAfterOutputWritten();
}

int RunCommand(int argc, char** argv) {
    // --allow-network applies to every subcommand and the window: taken out before parsing (it is
    // still declared in the command-line definition, so --help, the man page and completion list it).
    std::vector<char*> args(argv, argv + argc);
    const auto network = std::find_if(args.begin() + (args.empty() ? 0 : 1), args.end(),
                                      [](const char* a) { return std::string_view(a) == "--allow-network"; });
    const bool allowNetwork = network != args.end();
    if (allowNetwork) args.erase(network);
    SetNetworkAllowed(allowNetwork);
    CommandLine commandLine;
    if (auto status = ParseCommandLine(static_cast<int>(args.size()), args.data(), commandLine))
        return *status;  // help, version, usage error
    if (!commandLine.dataset.command.empty()) return RunDatasetCommand(commandLine.dataset);  // validate | query | import | tables
    const CliOptions& cli = commandLine.app;
    if (!cli.exportPath.empty()) return RunExport(cli);

    AppWindowOptions window;
    window.geodata = cli.geodata;
    window.datasetPath = cli.datasetPath;
    window.date = cli.date;
    window.view = cli.view;
    window.storyPath = cli.storyPath;
    window.startSlide = cli.slide - 1;
    window.startSlideGiven = cli.slideGiven;
    if (cli.sizeGiven) {
        window.width = cli.width;
        window.height = cli.height;
    }
    window.fullscreen = cli.fullscreen;
    window.monitor = cli.monitor;
    window.presentation = cli.presentation;
    window.stepMode = cli.stepMode;
    window.presenterMonitor = cli.presenterMonitor;
    window.maxFrames = cli.maxFrames;
    window.screenshotPath = cli.screenshotPath;
    window.profileCountry = cli.profile;
    window.tableTab = cli.tab == "table";
    window.tableFrom = cli.tableFrom;
    window.tableTo = cli.tableTo;
    window.themeGiven = cli.themeGiven;
    window.datasetGiven = cli.datasetGiven;
    window.placementGiven = cli.sizeGiven || cli.fullscreen;
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
