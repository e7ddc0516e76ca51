#include "app/command_line.hpp"

#include <cmath>
#include <cstdio>
#include <limits>

#include "core/document/map_document.hpp"
#include "app/cli_docs.hpp"
#include "core/document/build_info.hpp"
#include "core/data/civil_date.hpp"
#include "core/data/participation_query.hpp"
#include "core/geo/projection.hpp"

namespace engagemap {
namespace {

// A check that calls `accepts` on the text and, when it refuses, reports `message` with "{}"
// replaced by the text (CLI11 prefixes the option name: "--size: must be WxH ...").
CLI::Validator Check(const std::string& typeName, std::function<bool(const std::string&)> accepts,
                     std::string message) {
    return CLI::Validator(
        [accepts = std::move(accepts), message = std::move(message)](std::string& value) {
            if (accepts(value)) return std::string();
            std::string m = message;
            if (auto at = m.find("{}"); at != std::string::npos) m.replace(at, 2, value);
            return m;
        },
        "", typeName);
}

const CLI::Validator& DateCheck() {
    static const CLI::Validator check =
        Check("YYYY-MM-DD", [](const std::string& v) { return ParseCivilDate(v).has_value(); },
              "must be a real calendar day as YYYY-MM-DD, not '{}'");
    return check;
}

bool ParseSize(const std::string& s, int& w, int& h) {
    int a = 0, b = 0;
    char x = 0, extra = 0;
    if (std::sscanf(s.c_str(), "%d%c%d%c", &a, &x, &b, &extra) != 3 || (x != 'x' && x != 'X')) return false;
    if (a < 1 || b < 1 || a > 16384 || b > 16384) return false;
    w = a;
    h = b;
    return true;
}

bool ParseBox(const std::string& s, LonLatBox& box) {
    double v[4];
    char extra = 0;
    if (std::sscanf(s.c_str(), "%lf,%lf,%lf,%lf%c", &v[0], &v[1], &v[2], &v[3], &extra) != 4) return false;
    for (double x : v)
        if (!std::isfinite(x)) return false;  // NaN passes every comparison below
    // E may pass 180 (up to 360) for a box across the antimeridian: 150,-35,210,10 with --central-meridian 170.
    if (v[0] >= v[2] || v[1] >= v[3] || v[0] < -180 || v[0] > 180 || v[2] > 360 || v[1] < -90 || v[3] > 90) return false;
    box = LonLatBox{v[0], v[1], v[2], v[3]};
    return true;
}

// Appends the ids of comma-separated values ("a,b" "c") to `ids`.
void AppendIds(std::vector<std::string>& ids, const std::vector<std::string>& values) {
    for (const auto& v : values)
        for (auto& id : SplitIds(v)) ids.push_back(std::move(id));
}

// The window and export options, on the top-level App.
void AddAppOptions(CLI::App& app, CliOptions& o) {
    const char* kMap = "Map";
    const char* kView = "View";
    const char* kExport = "Export";
    const char* kWindow = "Window";
    app.add_option("--geodata", o.geodata.path,
                   "country boundaries: any OGR source (GeoPackage, GeoJSON, Shapefile, FlatGeobuf, /vsizip/...); "
                   "default: the bundled geodata/countries.gpkg")
        ->type_name("PATH")->group(kMap);
    auto* layer = app.add_option("--layer", o.geodata.layer, "layer in the geodata source (default countries_50m, else the first)")
                      ->type_name("NAME")->group(kMap);
    app.add_option_function<std::string>(
           "--scale", [&o](const std::string& s) { o.geodata.layer = LayerForScale(s); },
           "shorthand for --layer countries_<scale> of the bundled geodata")
        ->check(CLI::IsMember({"110m", "50m", "10m"}))->type_name("110m|50m|10m")->excludes(layer)->group(kMap);
    app.add_option("--iso-field", o.geodata.isoField, "attribute holding ISO 3166-1 alpha-3 keys (default iso3)")
        ->type_name("NAME")->group(kMap);
    app.add_option("--name-field", o.geodata.nameField, "attribute holding country names (default name)")
        ->type_name("NAME")->group(kMap);
    app.add_option_function<std::string>(
           "--projection", [&o](const std::string& v) { o.view.projection = *ParseProjectionId(v); },
           "equal-earth (default), robinson, natural-earth, equirectangular, web-mercator")
        ->check(Check("ID", [](const std::string& v) { return ParseProjectionId(v).has_value(); },
                      "unknown projection '{}' (equal-earth, robinson, natural-earth, equirectangular, web-mercator)"))
        ->type_name("ID")->group(kMap);
    app.add_option("--dataset", o.datasetPath, "engagement dataset (default: the bundled datasets/engagemap.json)")
        ->type_name("FILE")->group(kView);
    app.add_option("--instrument", o.view.instrumentA, "colour countries by their status in this instrument, e.g. budapest")
        ->type_name("ID")->check(Check("ID", [](const std::string& v) { return !v.empty(); }, "needs an id"))->group(kView);
    app.add_option("--hub", o.view.hub,
                   "bilateral instruments: draw the dialogues of this party (default: the instrument's hub, e.g. USA)")
        ->type_name("ID")->group(kView);
    app.add_option("--date", o.date, "the date shown (default: the latest date of the instrument)")
        ->check(DateCheck())->type_name("YYYY-MM-DD")->group(kView);
    app.add_option_function<std::string>(
           "--view", [&o](const std::string& v) { o.view.kind = *ParseViewKind(v); },
           "status (default), breadth (instruments engaged in), compare")
        ->check(Check("ID", [](const std::string& v) { return ParseViewKind(v).has_value(); },
                      "unknown view '{}' (status, breadth, compare)"))
        ->type_name("ID")->group(kView);
    app.add_option_function<std::string>(
           "--compare",
           [&o](const std::string& v) {
               o.view.instrumentB = v;
               o.view.kind = ViewKind::Compare;
           },
           "compare --instrument A with instrument B (implies --view compare)")
        ->type_name("ID")->check(Check("ID", [](const std::string& v) { return !v.empty(); }, "needs an instrument id"))
        ->group(kView);
    app.add_option("--region", o.view.regions,
                   "UN M49 region, subregion or intermediate region (name in any case, or code: \"Western Africa\", "
                   "011), a country group (ECOWAS, EU, NATO, ...) or an instrument id for its members; countries "
                   "outside are dimmed (comma-separated or repeated)")
        ->type_name("R[,R...]")->delimiter(',')->allow_extra_args(false)->group(kView);
    app.add_option_function<std::vector<std::string>>(
           "--instruments", [&o](const std::vector<std::string>& v) { AppendIds(o.view.instrumentIds, v); },
           "instrument ids: the breadth view counts only these (the legend names them)")
        ->type_name("ID[,ID...]")->allow_extra_args(false)->group(kView);
    app.add_option_function<std::vector<std::string>>(
           "--pillar", [&o](const std::vector<std::string>& v) { AppendIds(o.view.pillars, v); },
           "pillar ids: only instruments of these pillars (breadth view)")
        ->type_name("P[,P...]")->allow_extra_args(false)->group(kView);
    app.add_option_function<std::vector<std::string>>(
           "--kind", [&o](const std::vector<std::string>& v) { AppendIds(o.view.kinds, v); },
           "treaty, forum, program: only instruments of these kinds (breadth view)")
        ->type_name("K[,K...]")->allow_extra_args(false)->group(kView);
    app.add_option_function<std::string>(
           "--signatures", [&o](const std::string& v) { o.view.signaturesCount = v == "count"; },
           "count (default) or ignore: whether a treaty signature counts as engagement (breadth, compare)")
        ->check(CLI::IsMember({"count", "ignore"}))->type_name("count|ignore")->group(kView);
    app.add_option_function<std::string>(
           "--theme", [&o](const std::string& v) { o.view.theme = v == "dark" ? Theme::Dark : Theme::Light; },
           "colours for the map, panels and text (exports too)")
        ->check(CLI::IsMember({"light", "dark"}))->type_name("light|dark")->group(kView);

    app.add_option_function<std::string>(
           "--legend", [&o](const std::string& v) { o.view.legend = *ParseLegendPlacement(v); },
           "where the legend goes: auto (the emptiest ocean of the view, never on the instrument's countries; "
           "else outside), outside (a band beside or below the map), top-left, top-right, bottom-left, "
           "bottom-right, none")
        ->check(Check("WHERE", [](const std::string& v) { return ParseLegendPlacement(v).has_value(); },
                      "unknown legend placement '{}' (auto, outside, top-left, top-right, bottom-left, bottom-right, none)"))
        ->type_name("WHERE")->group(kView);
    app.add_option("--text-scale", o.view.textScale,
                   "multiplies the text on the map (exports: legend 3.5 %, title 5 %, date 8 % of the height at 1)")
        ->check(CLI::Range(0.5, 4.0))->type_name("F")->group(kView);
    app.add_option("--central-meridian", o.view.centralMeridian,
                   "centre the map on this meridian in every projection (170: the Pacific in the middle); "
                   "countries are re-cut at the meridian opposite")
        ->check(CLI::Range(-180.0, 180.0))->type_name("DEG")->group(kView);
    app.add_option_function<std::string>(
           "--labels", [&o](const std::string& v) { o.view.labels = *ParseLabelSelection(v); },
           "name labels on the map: ISO3 codes (TON,KIR,FJI), changed (status changed in the range, or in the "
           "year before the date) or all (as many as fit); small states get a leader line")
        ->check(Check("WHICH", [](const std::string& v) { return ParseLabelSelection(v).has_value(); },
                      "must be ISO3 codes (TON,KIR,FJI), changed, all or none, not '{}'"))
        ->type_name("ISO3,...|changed|all")->group(kView);
    app.add_flag_callback("--no-footnote", [&o] { o.view.footnote = false; },
                          "leave out the footnote line (sources, and the dataset's coverage note)")
        ->group(kView);

    auto* exportPath = app.add_option("--export", o.exportPath,
                                      "write a PNG and exit (EGL surfaceless; no X server); FILE.svg or FILE.pdf a vector "
                                      "picture (cairo), FILE.csv the table behind the view, FILE.html one self-contained "
                                      "offline page (map, timeline, hover, slides; needs scripts/build-web); with "
                                      "--story, one PNG or SVG per slide, or one PDF with a page per slide")
                           ->type_name("FILE")->group(kExport);
    exportPath->check(Check("FILE", [](const std::string& v) { return !v.empty(); }, "needs a file name"));
    app.add_option_function<std::string>(
           "--size", [&o](const std::string& v) { o.sizeGiven = ParseSize(v, o.width, o.height); },
           "export size in pixels (default 1920x1080), or window size")
        ->check(Check("WxH", [](const std::string& v) { int w, h; return ParseSize(v, w, h); },
                      "must be WxH, e.g. 3840x2160 (1..16384), not '{}'"))
        ->type_name("WxH")->group(kExport);
    app.add_option_function<std::string>(
           "--focus", [&o](const std::string& v) { ParseBox(v, o.focus); },
           "export only this lon/lat box (degrees), e.g. 160,-30,180,-5; E up to 360 crosses the "
           "antimeridian (150,-35,210,10 with --central-meridian 170)")
        ->check(Check("W,S,E,N", [](const std::string& v) { LonLatBox b; return ParseBox(v, b); },
                      "must be W,S,E,N in degrees with W<E and S<N, not '{}'"))
        ->type_name("W,S,E,N")->needs(exportPath)->group(kExport);
    app.add_option("--border-width", o.borderWidth, "border width in pixels at 1080p (default 1; scaled with size)")
        ->check(CLI::Range(1.0f, 16.0f))->type_name("PX")->needs(exportPath)->group(kExport);
    app.add_option_function<std::string>(
           "--renderer", [&o](const std::string& v) { o.renderer = v == "gl" ? ExportRenderer::Gl : ExportRenderer::Cpu; },
           "what draws an export: cpu (default; the CPU rasteriser, no GL needed) or gl (OpenGL through EGL, "
           "as the window draws)")
        ->check(CLI::IsMember({"cpu", "gl"}))->type_name("cpu|gl")->needs(exportPath)->group(kExport);
    app.add_flag_callback("--no-overlay", [&o] { o.overlay = false; }, "export without title, date and legend")
        ->needs(exportPath)->group(kExport);
    auto* zoom = app.add_flag("--zoom-to-region", o.zoomToRegion, "export only the area of the --region filter")
                     ->needs(exportPath)->group(kExport);
    auto* from = app.add_option("--from", o.from, "export the animation from this date: FILE.mp4 or FILE.gif (ffmpeg) or PNG frames "
                                                  "(FILE.png -> FILE_00000.png, or a pattern frames/%05d.png)")
                     ->check(DateCheck())->type_name("YYYY-MM-DD")->needs(exportPath)->group(kExport);
    app.add_option("--to", o.to, "the last date of the animation")->check(DateCheck())->type_name("YYYY-MM-DD")->needs(exportPath)->group(kExport);
    app.add_option("--fps", o.fps, "frames per second of the animation (default 30)")
        ->check(CLI::PositiveNumber)->type_name("N")->needs(from)->group(kExport);
    app.add_option("--duration", o.durationSeconds, "length of the animation in seconds (default: 365 days per second)")
        ->check(CLI::PositiveNumber)->type_name("S")->needs(from)->group(kExport);
    app.add_option("--days-per-second", o.daysPerSecond, "playback speed of the animation when --duration is not given")
        ->check(CLI::PositiveNumber)->type_name("N")->needs(from)->group(kExport);
    app.add_flag("--progress", o.progress, "the animation shows a progress bar and the running count of countries")
        ->needs(from)->group(kExport);
    (void)zoom;

    auto* story = app.add_option("--story", o.storyPath,
                                 "a storyboard: present it (window), or export its slides (--export)")
                      ->check(Check("FILE", [](const std::string& v) { return !v.empty(); }, "needs a storyboard file"))->type_name("FILE.json")
                      ->group(kWindow);
    app.add_option_function<int>(
           "--slide",
           [&o](int n) {
               o.slide = n;
               o.slideGiven = true;
           },
           "start the storyboard on slide N (with --export: only that slide)")
        ->check(CLI::Range(1, std::numeric_limits<int>::max()))->type_name("N")->needs(story)->group(kWindow);
    app.add_flag("--fullscreen", o.fullscreen, "open full screen (borderless, native resolution); F11 toggles")
        ->excludes(exportPath)->group(kWindow);
    app.add_option_function<int>(
           "--monitor",
           [&o](int n) {
               o.monitor = n;
               o.fullscreen = true;
           },
           "full screen on monitor N (0 = primary)")
        ->check(CLI::Range(0, 15))->type_name("N")->excludes(exportPath)->group(kWindow);
    app.add_option("--presenter-monitor", o.presenterMonitor,
                   "a presenter screen on monitor M (0 = primary): the slide's notes in large type, the next "
                   "slide, the counter, elapsed time and clock; keys work in either window (a window beside the "
                   "map when there is no monitor M)")
        ->check(CLI::Range(0, 15))->type_name("M")->excludes(exportPath)->group(kWindow);
    // Taken out of the arguments by main before parsing (it applies to every subcommand too);
    // declared here so that --help, the man page and the completion list it.
    app.add_flag("--allow-network", o.allowNetwork, "let GDAL fetch /vsicurl/ or https:// paths, also inside files (off by default)");
    app.add_flag("--presentation", o.presentation, "start in presentation mode (F5 toggles): map, title, date, legend")
        ->excludes(exportPath)->group(kWindow);
    app.add_option_function<std::string>(
           "--step", [&o](const std::string& v) { o.stepMode = *ParseStepMode(v); },
           "what a clicker step (PageDown/PageUp) moves without a storyboard: event (default), year or "
           "milestone; each step says what changed")
        ->check(CLI::IsMember({"event", "year", "milestone"}))->type_name("event|year|milestone")
        ->excludes(exportPath)->group(kWindow);
    auto* frames = app.add_option("--frames", o.maxFrames, "close the window after N frames (with --screenshot FILE.png)")
                       ->check(CLI::Range(1, std::numeric_limits<int>::max()))->type_name("N")->excludes(exportPath)
                       ->group(kWindow);
    app.add_option("--screenshot", o.screenshotPath, "with --frames: save the last frame as a PNG")
        ->type_name("FILE.png")->needs(frames)->group(kWindow);
    app.add_option("--profile", o.profile, "open with this country's profile docked beside the map")
        ->type_name("ISO3|NAME")->excludes(exportPath)->group(kWindow);
    app.add_option("--tab", o.tab, "open on the map or on the Table tab beside it (default map)")
        ->check(CLI::IsMember({"map", "table"}))->type_name("map|table")->excludes(exportPath)->group(kWindow);
    app.add_option("--table-from", o.tableFrom, "the Table tab lists instrument A's events from this day (range mode)")
        ->type_name("YYYY-MM-DD")->excludes(exportPath)->group(kWindow);
    app.add_option("--table-to", o.tableTo, "... to this day, inclusive (range mode)")
        ->type_name("YYYY-MM-DD")->excludes(exportPath)->group(kWindow);
}

// Options shared by validate and import: the geodata that country codes are checked against.
void AddGeodataCheckOptions(CLI::App& sub, DatasetCommandOptions& d) {
    auto* geodata = sub.add_option("--geodata", d.geodata, "geodata whose country keys the codes are checked against")
                        ->type_name("PATH");
    sub.add_option("--layer", d.layer, "layer in that geodata (default countries_50m)")->type_name("NAME");
    sub.add_option("--iso-field", d.isoField, "attribute holding ISO 3166-1 alpha-3 keys (default iso3)")->type_name("NAME");
    sub.add_flag("--no-geodata", d.noGeodata, "check country codes against ISO 3166-1 only")->excludes(geodata);
}

// Options of `query count|list|instruments`.
// `withDate` false: the subcommand defines its own --date (or has none) and takes no --status.
void AddQueryOptions(CLI::App& sub, DatasetCommandOptions& d, bool withInstrument, bool withFormat,
                     bool withDate = true) {
    sub.add_option("--dataset", d.dataset, "dataset file (default: the bundled datasets/engagemap.json)")
        ->type_name("FILE");
    if (!withInstrument) return;
    sub.add_option("--instrument", d.instrument, "instrument id, e.g. budapest")->type_name("ID")->required();
    if (!withDate) return;
    sub.add_option("--status", d.status,
                   "party (default for treaties), in_force, signed, invited, denounced, member (forums), former, "
                   "participant (programs), active, suspended, ended (bilateral), any")
        ->check(Check("S", [](const std::string& v) { return ParseStatusFilter(v).has_value(); }, "unknown status '{}'"))->type_name("S");
    sub.add_option("--hub", d.hub, "bilateral instruments: the dialogues of this party (default: the instrument's hub)")
        ->type_name("ID");
    if (withFormat) {
        sub.add_option("--date", d.date, "only countries with the status on this day")->check(DateCheck())->type_name("YYYY-MM-DD");
        sub.add_option("--format", d.format, "text (default), csv or json")->check(CLI::IsMember({"text", "csv", "json"}));
    } else {
        sub.add_option("--date", d.date, "the day counted")->check(DateCheck())->type_name("YYYY-MM-DD")->required();
    }
}

void AddDatasetCommands(CLI::App& app, DatasetCommandOptions& d) {
    auto* validate = app.add_subcommand("validate", "Validate a dataset; exit 1 with the full error list if it is refused.");
    validate->add_option("FILE", d.file, "the dataset file")->required();
    AddGeodataCheckOptions(*validate, d);
    validate->add_option_function<std::uint64_t>("--max-bytes", [&d](std::uint64_t n) { d.maxBytes = n; },
                                                  "refuse files larger than N bytes (1 .. 2^40)")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1} << 40))->type_name("N");
    validate->add_option_function<int>("--max-depth", [&d](int n) { d.maxDepth = n; },
                                       "refuse JSON nested deeper than N (1 .. 10000)")
        ->check(CLI::Range(1, 10000))->type_name("N");
    validate->callback([&d] { d.command = "validate"; });

    auto* query = app.add_subcommand("query", "Query a dataset: count, list, durations, compare, timeline or instruments.");
    query->require_subcommand(1);
    auto* count = query->add_subcommand(
        "count", "Countries with a status on a date, e.g. \"48 (+3 uncertain)\".");
    AddQueryOptions(*count, d, true, false);
    count->callback([&d] { d.command = "query count"; });
    auto* list = query->add_subcommand(
        "list", "Countries with their dates and sources (on a date: those with the status, incl. uncertain).");
    AddQueryOptions(*list, d, true, true);
    list->callback([&d] { d.command = "query list"; });
    list->add_option("--from", d.from, "with --to: the events in this date range (inclusive), certain or possible")
        ->check(DateCheck())->type_name("YYYY-MM-DD");
    list->add_option("--to", d.to, "last day of the range (inclusive)")->check(DateCheck())->type_name("YYYY-MM-DD");
    list->add_option("--event", d.event, "with a range: which events (default any)")
        ->check(CLI::IsMember({"signed", "deposit", "in_force", "joined", "left", "invited", "denounced", "any"}))
        ->type_name("E");

    auto* durations = query->add_subcommand(
        "durations", "Time between two events of each participant (count, min, median, max over certain pairs).");
    AddQueryOptions(*durations, d, true, false, false);
    const std::vector<std::string> events = {"signed", "deposit", "in_force", "joined", "left", "invited", "denounced"};
    durations->add_option("--from-event", d.fromEvent, "first event (default: signed for treaties, joined otherwise)")
        ->check(CLI::IsMember(events))->type_name("E");
    durations->add_option("--to-event", d.toEvent, "second event (default: deposit for treaties, left otherwise)")
        ->check(CLI::IsMember(events))->type_name("E");
    durations->callback([&d] { d.command = "query durations"; });

    auto* compare = query->add_subcommand(
        "compare", "Both / only A / only B / neither on a date (treaties count from deposit), with members.");
    AddQueryOptions(*compare, d, true, false, false);
    compare->add_option("--with", d.with, "instrument B")->type_name("ID")->required();
    compare->add_option("--date", d.date, "the day compared")->check(DateCheck())->type_name("YYYY-MM-DD")->required();
    compare->add_option("--format", d.format, "text (default) or csv")->check(CLI::IsMember({"text", "csv"}));
    compare->callback([&d] { d.command = "query compare"; });

    auto* timeline = query->add_subcommand(
        "timeline", "Members at the end of each year (or month), certain and uncertain, as CSV: the chart's data.");
    AddQueryOptions(*timeline, d, true, false, false);
    timeline->add_option("--by", d.by, "one series per UN M49 region or subregion")
        ->check(CLI::IsMember({"region", "subregion"}))->type_name("region|subregion");
    timeline->add_option("--step", d.step, "period (default year)")->check(CLI::IsMember({"year", "month"}));
    timeline->add_option("--from", d.from, "first period (default: the instrument's opening)")
        ->check(DateCheck())->type_name("YYYY-MM-DD");
    timeline->add_option("--to", d.to, "last period (default: the latest dated fact)")
        ->check(DateCheck())->type_name("YYYY-MM-DD");
    timeline->callback([&d] { d.command = "query timeline"; });

    auto* instruments = query->add_subcommand("instruments", "Instrument ids, kinds and participant counts.");
    AddQueryOptions(*instruments, d, false, false);
    instruments->callback([&d] { d.command = "query instruments"; });

    auto* import = app.add_subcommand(
        "import", "Build a dataset from an instrument metadata file and its CSV/XLSX/ODS tables.");
    import->add_option("--metadata", d.metadata, "the instrument metadata file")->type_name("FILE")->required();
    import->add_option("--output", d.output, "the dataset file written")->type_name("FILE")->required();
    import->add_option("--tables", d.tables, "folder of the tables (default: next to the metadata)")->type_name("DIR");
    import->add_option("--encoding", d.encoding,
                       "text encoding of the tables when not UTF-8 (e.g. LATIN1): converted; without it "
                       "non-UTF-8 text is refused with its row and column")
        ->type_name("NAME");
    AddGeodataCheckOptions(*import, d);
    import->callback([&d] { d.command = "import"; });

    auto* tables = app.add_subcommand(
        "tables", "Write a dataset back as the tables `import` reads: a workbook (sheet per instrument + sources) or "
                  "CSVs, and the metadata file instruments.json.");
    tables->add_option("--dataset", d.dataset, "dataset file (default: datasets/engagemap.json in the source tree)")
        ->type_name("FILE");
    tables->add_option("--output", d.output, "the folder written (must exist)")->type_name("DIR")->required();
    tables->add_option("--format", d.tableFormat, "xlsx (default), ods or csv")
        ->check(CLI::IsMember({"xlsx", "ods", "csv"}))->type_name("xlsx|ods|csv");
    tables->add_option_function<std::vector<std::string>>(
              "--instrument", [&d](const std::vector<std::string>& v) { AppendIds(d.instruments, v); },
              "only these instruments (comma-separated or repeated; default all)")
        ->type_name("ID[,ID...]")->allow_extra_args(false);
    tables->callback([&d] { d.command = "tables"; });
}

// True when an option of the top-level App (not help/version) was given.
bool AnyAppOptionGiven(const CLI::App& app) {
    for (const CLI::Option* opt : app.get_options())
        if (opt->count() > 0 && opt->get_name() != "--help" && opt->get_name() != "--version") return true;
    return false;
}

}  // namespace

std::unique_ptr<CLI::App> BuildCommandLine(CommandLine& out) {
    auto app = std::make_unique<CLI::App>(
        "engagemap: a world map of countries' engagement in international cyber policy, with a timeline.\n"
        "Without a subcommand: open the map window, or with --export render headless (no display needed).",
        "engagemap");
    // CLI11 answers --version while parsing, before other options are stored: the dataset reported
    // is always the bundled one.
    app->set_version_flag(
        "--version",
        [] {
            std::string text = VersionReport(FindBundledFile("datasets/engagemap.json"));
            if (!text.empty() && text.back() == '\n') text.pop_back();  // CLI11 adds one
            return text;
        },
        "print the version, the git commit, and the bundled dataset's format version and as-of date");
    app->footer(
        "Exit status: 0 on success, 1 when data is refused or an export fails, 2 for usage errors.\n"
        "Run `engagemap SUBCOMMAND --help` for a subcommand's options.");
    app->require_subcommand(0, 1);
    AddAppOptions(*app, out.app);
    AddDatasetCommands(*app, out.dataset);
    return app;
}

std::string CommandLineDocs(const std::string& kind) {
    CommandLine scratch;
    const CommandDoc doc = DescribeCommandLine(*BuildCommandLine(scratch));
    if (kind == "bash") return BashCompletion(doc);
    if (kind == "zsh") return ZshCompletion(doc);
    ManPageExtras extras;
    extras.version = std::string(EngagemapVersion());
    extras.summary = "world map of countries' engagement in international cyber policy";
    extras.sections = {
        {"FILES",
         "PREFIX/share/engagemap/geodata/countries.gpkg: the bundled country boundaries (Natural Earth).\f"
         "PREFIX/share/engagemap/datasets/engagemap.json: the bundled engagement dataset, with its source tables "
         "in datasets/sources/. PREFIX is the directory above the one holding the engagemap binary.\f"
         "$XDG_CONFIG_HOME/engagemap/prefs.json (default ~/.config/engagemap/prefs.json): the window's "
         "preferences (theme, text size, last dataset, recent storyboards, window placement per monitor). "
         "A corrupt file is reported, kept as prefs.json.corrupt and replaced with defaults. Exports never "
         "read it."},
        {"ENVIRONMENT",
         "ENGAGEMAP_DATA_DIR: the directory holding geodata/ and datasets/, instead of PREFIX/share/engagemap.\f"
         "XDG_CONFIG_HOME: where the preferences live (see FILES).\f"
         "DISPLAY: the X display for the window; exports (--export) need none."},
        {"EXAMPLES",
         "engagemap --export map.png --instrument budapest --date 2012-06-30 --size 3840x2160\f"
         "engagemap --export budapest.mp4 --instrument budapest --from 2001-11-23 --to 2024-12-31 --duration 20\f"
         "engagemap query count --instrument budapest --date 2012-06-30\f"
         "engagemap query list --instrument budapest --from 2015-01-01 --to 2020-12-31 --event deposit\f"
         "engagemap query durations --instrument budapest\f"
         "engagemap query compare --instrument budapest --with foc --date 2024-10-31\f"
         "engagemap --story briefing.story.json --fullscreen --monitor 1"},
        {"SEE ALSO", "ffmpeg(1), xvfb-run(1); README.md and CHANGELOG.md in /usr/share/doc/engagemap."},
    };
    return ManPage(doc, extras);
}

std::optional<int> ParseCommandLine(int argc, const char* const* argv, CommandLine& out) {
    auto app = BuildCommandLine(out);
    // Hidden (no group, so not in --help, the man page or the completions): the build writes the
    // man page and completion scripts with these (cmake/CommandLineDocs.cmake).
    std::string docs;
    app->add_flag_callback("--help-man", [&docs] { docs = "man"; }, "print the man page (roff)")->group("");
    app->add_option("--completion", docs, "print the completion script for a shell")
        ->check(CLI::IsMember({"bash", "zsh"}))->group("");
    try {
        app->parse(argc, argv);
        if (!app->get_subcommands().empty() && AnyAppOptionGiven(*app))
            throw CLI::ValidationError("window and export options do not apply to a subcommand; give them after no subcommand");
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app->exit(e);  // --help, --version
        std::fprintf(stderr, "engagemap: %s\n(see engagemap --help)\n", e.what());
        return 2;
    }
    if (!docs.empty()) {
        std::fputs(CommandLineDocs(docs).c_str(), stdout);
        return 0;
    }
    out.app.themeGiven = app->count("--theme") > 0;
    out.app.datasetGiven = app->count("--dataset") > 0;
    if (out.dataset.command.empty()) {
        std::string error;
        if (!FinishCliOptions(out.app, &error)) {
            std::fprintf(stderr, "engagemap: %s\n", error.c_str());
            return 2;
        }
    }
    return std::nullopt;
}

}  // namespace engagemap
