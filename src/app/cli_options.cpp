#include "app/cli_options.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/app/map_document.hpp"
#include "core/data/civil_date.hpp"

namespace engagemap {
namespace {

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
    if (v[0] >= v[2] || v[1] >= v[3] || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) return false;
    box = LonLatBox{v[0], v[1], v[2], v[3]};
    return true;
}

}  // namespace

void PrintUsage(std::FILE* out) {
    std::fputs(
        "usage: engagemap [options]                 open the map window\n"
        "       engagemap --export FILE.png [options]  render headless (no display needed)\n"
        "\n"
        "options:\n"
        "  --geodata PATH        country boundaries: any OGR source (GeoPackage, GeoJSON, Shapefile,\n"
        "                        FlatGeobuf, /vsizip/...); default: the bundled geodata/countries.gpkg\n"
        "  --layer NAME          layer in the geodata source (default countries_50m, else the first)\n"
        "  --scale 110m|50m|10m  shorthand for --layer countries_<scale> of the bundled geodata\n"
        "  --iso-field NAME      attribute holding ISO 3166-1 alpha-3 keys (default iso3)\n"
        "  --name-field NAME     attribute holding country names (default name)\n"
        "  --projection ID       equal-earth (default), robinson, natural-earth, equirectangular,\n"
        "                        web-mercator\n"
        "  --dataset FILE        engagement dataset (default: the bundled datasets/engagemap.json)\n"
        "  --instrument ID       colour countries by their status in this instrument, e.g. budapest\n"
        "  --date YYYY-MM-DD     the date shown (default: the latest date of the instrument)\n"
        "  --view ID             status (default), breadth (instruments engaged in), compare\n"
        "  --compare ID          compare --instrument A with instrument B (implies --view compare)\n"
        "  --region R[,R...]     UN M49 region or subregion, or an instrument id for its members;\n"
        "                        countries outside are dimmed (repeatable)\n"
        "  --zoom-to-region      export only the area of the --region filter\n"
        "  --pillar P[,P...]     pillar ids: only instruments of these pillars (breadth)\n"
        "  --kind K[,K...]       treaty, forum, program: only instruments of these kinds (breadth)\n"
        "  --no-overlay          export without title, date and legend\n"
        "  --from D --to D       export the animation between two dates: FILE.mp4 (ffmpeg) or PNG\n"
        "                        frames (FILE.png -> FILE_00000.png, or a pattern frames/%05d.png)\n"
        "  --fps N               frames per second of the animation (default 30)\n"
        "  --duration S          length of the animation in seconds (default: 365 days per second)\n"
        "  --days-per-second N   playback speed of the animation when --duration is not given\n"
        "  --story FILE.json     open a storyboard in presentation mode on slide 1\n"
        "  --slide N             start the storyboard on slide N\n"
        "  --export FILE.png     write a PNG and exit (EGL surfaceless; no X server); FILE.csv\n"
        "                        writes the table behind the view instead\n"
        "  --size WxH            export size in pixels (default 1920x1080), or window size\n"
        "  --focus W,S,E,N       export only this lon/lat box (degrees), e.g. 160,-30,180,-5\n"
        "  --border-width PX     border width in pixels at 1080p (default 1; scaled with size)\n"
        "  --fullscreen          open full screen (borderless, native resolution); F11 toggles\n"
        "  --monitor N           full screen on monitor N (0 = primary)\n"
        "  --presentation        start in presentation mode (F5 toggles): map, title, date, legend\n"
        "  --theme light|dark    colours for the map, panels and text (exports too)\n"
        "  --frames N            close the window after N frames (with --screenshot FILE.png)\n"
        "  --version, --help\n",
        out);
}

bool ParseCli(const std::vector<std::string>& args, CliOptions& out, std::string* error) {
    auto fail = [&](const std::string& msg) {
        if (error) *error = msg;
        return false;
    };
    std::string scale;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& dst) {
            if (i + 1 >= args.size()) return false;
            dst = args[++i];
            return true;
        };
        std::string v;
        if (a == "--help" || a == "-h") {
            out.help = true;
        } else if (a == "--version") {
            out.version = true;
        } else if (a == "--fullscreen") {
            out.fullscreen = true;
        } else if (a == "--monitor") {
            if (!value(v)) return fail("--monitor needs a number");
            char* end = nullptr;
            const long n = std::strtol(v.c_str(), &end, 10);
            if (*end || n < 0 || n > 15) return fail("--monitor must be a monitor index 0..15");
            out.monitor = static_cast<int>(n);
            out.fullscreen = true;
        } else if (a == "--presentation") {
            out.presentation = true;
        } else if (a == "--theme") {
            if (!value(v) || (v != "light" && v != "dark")) return fail("--theme must be light or dark");
            out.dark = v == "dark";
        } else if (a == "--geodata") {
            if (!value(out.geodata.path)) return fail("--geodata needs a path");
        } else if (a == "--layer") {
            if (!value(out.geodata.layer)) return fail("--layer needs a name");
        } else if (a == "--scale") {
            if (!value(scale) || LayerForScale(scale).empty()) return fail("--scale must be 110m, 50m or 10m");
        } else if (a == "--iso-field") {
            if (!value(out.geodata.isoField)) return fail("--iso-field needs a field name");
        } else if (a == "--name-field") {
            if (!value(out.geodata.nameField)) return fail("--name-field needs a field name");
        } else if (a == "--projection") {
            if (!value(v)) return fail("--projection needs an id");
            auto p = ParseProjectionId(v);
            if (!p) return fail("unknown projection '" + v + "' (equal-earth, robinson, natural-earth, equirectangular, web-mercator)");
            out.projection = *p;
        } else if (a == "--dataset") {
            if (!value(out.datasetPath)) return fail("--dataset needs a path");
        } else if (a == "--instrument") {
            if (!value(out.instrumentId) || out.instrumentId.empty()) return fail("--instrument needs an id");
        } else if (a == "--date") {
            if (!value(out.date) || !ParseCivilDate(out.date))
                return fail("--date must be a real calendar day as YYYY-MM-DD");
        } else if (a == "--view") {
            if (!value(v)) return fail("--view needs status, breadth or compare");
            auto kind = ParseViewKind(v);
            if (!kind) return fail("unknown view '" + v + "' (status, breadth, compare)");
            out.view.kind = *kind;
        } else if (a == "--compare") {
            if (!value(out.view.instrumentB) || out.view.instrumentB.empty()) return fail("--compare needs an instrument id");
            out.view.kind = ViewKind::Compare;
        } else if (a == "--region") {
            if (!value(v) || v.empty()) return fail("--region needs a region, subregion or instrument id");
            // Comma-separated or repeated: --region Europe,osce --region "Western Africa"
            size_t start = 0;
            while (start <= v.size()) {
                const size_t comma = v.find(',', start);
                const std::string token = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
                if (!token.empty()) out.view.regions.push_back(token);
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
        } else if (a == "--pillar") {
            if (!value(v) || v.empty()) return fail("--pillar needs pillar ids, comma-separated");
            if (!out.view.pillars.empty()) out.view.pillars.push_back(',');
            out.view.pillars.append(v);
        } else if (a == "--kind") {
            if (!value(v) || v.empty()) return fail("--kind needs treaty, forum or program (comma-separated)");
            if (!out.view.kinds.empty()) out.view.kinds.push_back(',');
            out.view.kinds.append(v);
        } else if (a == "--from" || a == "--to") {
            std::string& dst = a == "--from" ? out.from : out.to;
            if (!value(dst) || !ParseCivilDate(dst)) return fail(a + " must be a real calendar day as YYYY-MM-DD");
        } else if (a == "--fps" || a == "--duration" || a == "--days-per-second") {
            if (!value(v)) return fail(a + " needs a number");
            char* end = nullptr;
            const double x = std::strtod(v.c_str(), &end);
            if (*end || !(x > 0)) return fail(a + " must be a positive number");
            if (a == "--fps") out.fps = x;
            else if (a == "--duration") out.durationSeconds = x;
            else out.daysPerSecond = x;
        } else if (a == "--story") {
            if (!value(out.storyPath) || out.storyPath.empty()) return fail("--story needs a storyboard file");
            out.presentation = true;
        } else if (a == "--zoom-to-region") {
            out.zoomToRegion = true;
        } else if (a == "--slide") {
            if (!value(v)) return fail("--slide needs a slide number");
            out.slide = std::atoi(v.c_str());
            if (out.slide < 1) return fail("--slide must be 1 or more");
        } else if (a == "--no-overlay") {
            out.overlay = false;
        } else if (a == "--export") {
            if (!value(out.exportPath) || out.exportPath.empty()) return fail("--export needs a file name");
        } else if (a == "--size") {
            if (!value(v) || !ParseSize(v, out.width, out.height)) return fail("--size must be WxH, e.g. 3840x2160 (1..16384)");
            out.sizeGiven = true;
        } else if (a == "--focus") {
            if (!value(v) || !ParseBox(v, out.focus)) return fail("--focus must be W,S,E,N in degrees with W<E and S<N");
        } else if (a == "--border-width") {
            if (!value(v)) return fail("--border-width needs a number");
            char* end = nullptr;
            out.borderWidth = std::strtof(v.c_str(), &end);
            if (*end || out.borderWidth < 1.0f || out.borderWidth > 16.0f) return fail("--border-width must be between 1 and 16");
        } else if (a == "--frames") {
            if (!value(v)) return fail("--frames needs a number");
            out.maxFrames = std::atoi(v.c_str());
            if (out.maxFrames < 1) return fail("--frames must be >= 1");
        } else if (a == "--screenshot") {
            if (!value(out.screenshotPath)) return fail("--screenshot needs a file name");
        } else {
            return fail("unknown option '" + a + "' (see engagemap --help)");
        }
    }
    if (!scale.empty()) {
        if (!out.geodata.layer.empty()) return fail("give either --scale or --layer, not both");
        out.geodata.layer = LayerForScale(scale);
    }
    if (out.geodata.path.empty()) {
        out.geodata.path = FindBundledFile("geodata/countries.gpkg");
        if (out.geodata.path.empty()) return fail("bundled geodata/countries.gpkg not found; pass --geodata PATH");
        if (out.geodata.layer.empty()) out.geodata.layer = "countries_50m";
    }
    if (out.datasetPath.empty()) out.datasetPath = FindBundledFile("datasets/engagemap.json");
    if (out.from.empty() != out.to.empty()) return fail("give both --from and --to");
    if (!out.exportPath.empty() && (!out.date.empty() || !out.from.empty()) && out.instrumentId.empty() &&
        out.view.kind == ViewKind::InstrumentStatus)
        return fail("--date needs --instrument (or --view breadth) for an export");
    return true;
}

}  // namespace engagemap
