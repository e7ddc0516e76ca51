// Issue 15's targets, each with its figure and, where mapnik draws the same thing, the ratio to
// mapnik measured in the same run (paired: the commands alternate, medians of whole processes):
//   - 4K (3840x2160) PNG of the 1:50m countries, whole process: the map alone (the same picture
//     as scripts/compare-mapnik: equirectangular, region colours) and a status view with the
//     overlay (title, date, legend; Equal Earth), both on the CPU renderer, against mapnik;
//   - the same 4K map on the GL renderer (llvmpipe here), for reference;
//   - cold start to a written 64x64 PNG against mapnik's cold start at 64x64 (the lean `engagemap`
//     program; engagemap-full, which links GDAL and GL, for reference);
//   - 4K MP4: frames per second of the map side (CPU renderer, overlay included) and, apart,
//     what the encoder (ffmpeg libx264 through the pipe) adds per frame;
//   - peak memory (child VmHWM) of the 4K exports;
//   - the machine's load average before and after, since the figures depend on it.
// mapnik runs through scripts/mapnik/render_countries.py with Debian's /usr/bin/python3
// (python3-mapnik; `scripts/compare-mapnik --install`). Without it the mapnik rows say so.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <unistd.h>

#include "bench_harness.hpp"
#include "bench_inputs.hpp"
#include "bench_process.hpp"
#include "core/data/dataset_loader.hpp"
#include "core/document/map_document.hpp"
#include "export/video_export.hpp"

namespace engagemap::bench {
namespace {

namespace fs = std::filesystem;

double Median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Paired {
    std::vector<double> ms;
    double peakMiB = 0;
    bool ok = true;
    void Add(const ChildRun& run) {
        ok = ok && run.ok;
        ms.push_back(run.ms);
        peakMiB = std::max(peakMiB, run.maxRssMiB);
    }
};

void Targets(Reporter& r) {
    const std::string app = AppBinary();
    if (app.empty() || !fs::exists(app)) {
        r.Add({"targets (engagemap not built)", 0, "-", app});
        return;
    }
    const double loadBefore = LoadAverage();
    const fs::path tmp = fs::temp_directory_path() / ("engagemap_bench_targets_" + std::to_string(::getpid()));
    fs::create_directories(tmp);
    const std::string gpkg = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";
    const std::string script = std::string(ENGAGEMAP_SOURCE_DIR) + "/scripts/mapnik/render_countries.py";
    const bool mapnik = RunChild({"/usr/bin/python3", "-c", "import mapnik"}).ok;
    const std::string png = (tmp / "out.png").string(), mapnikPng = (tmp / "mapnik.png").string();

    // 4K, paired: engagemap map only, engagemap with overlay, mapnik; alternating, 7 rounds.
    const std::vector<std::string> mapOnly = {app, "--export", png, "--geodata", gpkg, "--layer", "countries_50m",
                                              "--projection", "equirectangular", "--size", "3840x2160"};
    const std::vector<std::string> withOverlay = {app, "--export", png, "--geodata", gpkg, "--layer", "countries_50m",
                                                  "--instrument", "budapest", "--date", "2012-06-30", "--size", "3840x2160"};
    const std::vector<std::string> theirs = {"/usr/bin/python3", script, gpkg, "countries_50m", mapnikPng, "3840", "2160"};
    Paired ours4k, overlay4k, mapnik4k;
    const int rounds = 7;
    for (int i = 0; i < rounds; ++i) {
        ours4k.Add(RunChild(mapOnly));
        overlay4k.Add(RunChild(withOverlay));
        if (mapnik) mapnik4k.Add(RunChild(theirs));
    }
    const double m4k = Median(mapnik4k.ms);
    auto ratio = [&](double oursMs, double theirsMs) {
        return mapnik ? Fmt("mapnik / engagemap = %.2fx", theirsMs / oursMs) : std::string("mapnik not installed");
    };
    const std::string rounds7 = "median of 7, alternating with mapnik; ";
    r.Add({"4K PNG 1:50m map only, engagemap --renderer cpu (process)", Median(ours4k.ms), "ms",
           rounds7 + ratio(Median(ours4k.ms), m4k) + (ours4k.ok ? "" : "; FAILED")});
    r.Add({"4K PNG 1:50m with overlay (status view, Equal Earth), cpu (process)", Median(overlay4k.ms), "ms",
           rounds7 + ratio(Median(overlay4k.ms), m4k) + (overlay4k.ok ? "" : "; FAILED")});
    if (mapnik)
        r.Add({"4K PNG 1:50m map only, mapnik 3.1 via python3-mapnik (process)", m4k, "ms",
               "median of 7; python import + OGR read + AGG render + png32" + std::string(mapnik4k.ok ? "" : "; FAILED")});
    else
        r.Add({"4K PNG mapnik: not installed", 0, "-", "scripts/compare-mapnik --install (mapnik-utils python3-mapnik)"});
    r.Add({"peak memory, 4K PNG map only (cpu)", ours4k.peakMiB, "MiB", "child VmHWM"});
    r.Add({"peak memory, 4K PNG with overlay (cpu)", overlay4k.peakMiB, "MiB",
           mapnik ? "child VmHWM; mapnik's: " + Fmt("%.0f MiB", mapnik4k.peakMiB) : std::string("child VmHWM")});

    // The GL renderer on the same map (llvmpipe without a GPU), 3 runs: for reference.
    std::vector<std::string> gl = mapOnly;
    gl.push_back("--renderer");
    gl.push_back("gl");
    const ChildRun glRun = MedianChild(3, gl);
    r.Add({"4K PNG 1:50m map only, engagemap --renderer gl (process)", glRun.ms, "ms",
           "median of 3; EGL + llvmpipe, ID raster, no MSAA; peak " + Fmt("%.0f MiB", glRun.maxRssMiB) + (glRun.ok ? "" : "; FAILED")});

    // Cold start to a written 64x64 PNG, paired with mapnik's, 9 rounds.
    const std::vector<std::string> cold = {app, "--export", png, "--size", "64x64", "--no-overlay"};
    const std::vector<std::string> coldTheirs = {"/usr/bin/python3", script, gpkg, "countries_50m", mapnikPng, "64", "64"};
    Paired ours64, mapnik64;
    for (int i = 0; i < 9; ++i) {
        ours64.Add(RunChild(cold));
        if (mapnik) mapnik64.Add(RunChild(coldTheirs));
    }
    r.Add({"cold start to a 64x64 PNG, engagemap (lean program, process)", Median(ours64.ms), "ms",
           "median of 9, alternating with mapnik; " + ratio(Median(ours64.ms), Median(mapnik64.ms)) + "; peak " +
               Fmt("%.0f MiB", ours64.peakMiB) + (ours64.ok ? "" : "; FAILED")});
    if (mapnik) r.Add({"cold start to a 64x64 PNG, mapnik (process)", Median(mapnik64.ms), "ms", "median of 9"});
    // The same export run by the full program (GDAL, OpenGL, GLFW and cairo linked), for reference:
    // what the lean program saves (src/app/lean/full_program.hpp).
    std::vector<std::string> coldFull = cold;
    coldFull[0] = (fs::path(app).parent_path() / "engagemap-full").string();
    if (fs::exists(coldFull[0])) {
        const ChildRun full = MedianChild(5, coldFull);
        r.Add({"cold start to a 64x64 PNG, engagemap-full (for reference)", full.ms, "ms",
               "median of 5; the same export with GDAL/GL/cairo linked" + std::string(full.ok ? "" : "; FAILED")});
    }
    fs::remove_all(tmp);

    // 4K MP4: the map side (CPU renderer, overlay) in process, and the whole export with ffmpeg.
    const BundledInputs inputs = LoadBundledInputs();
    const MapDocument* doc = inputs.doc.get();
    const DatasetLoadResult& dataset = inputs.dataset;
    if (doc && dataset.Ok()) {
        VideoExportOptions video;
        video.frame.map.width = 3840;
        video.frame.map.height = 2160;
        video.frame.map.renderer = ExportRenderer::Cpu;
        video.frame.view.instrumentA = "budapest";
        video.from = CivilDate{2001, 11, 23};
        video.to = CivilDate{2025, 12, 31};
        video.fps = 30;
        video.durationSeconds = 1.0;  // 30 frames
        const int frames = static_cast<int>(VideoFrameCount(video));
        TimelineFrameRenderer renderer;
        std::string error;
        RgbaImage image;
        double mapMs = 0;
        if (renderer.Init(*doc, dataset.dataset, video, &error)) {
            renderer.Render(video.from, image, &error);  // first frame builds the rasters
            mapMs = TimeMs([&] {
                for (int i = 0; i < frames; ++i) renderer.Render(VideoFrameDate(video, i), image, &error);
            });
            r.Add({"4K MP4 map side (cpu renderer + overlay, per frame)", 1000.0 * frames / mapMs, "fps",
                   Fmt("%.1f ms/frame", mapMs / frames) + "; " + std::to_string(frames) +
                       " frames, statuses + palette lookup + overlay; rasters built once before"});
        }
        if (std::system("ffmpeg -version > /dev/null 2>&1") == 0) {
            const std::string mp4 = (fs::temp_directory_path() / ("engagemap_bench_" + std::to_string(::getpid()) + ".mp4")).string();
            VideoExportResult result;
            const double totalMs = TimeMs([&] { result = RunVideoExport(*doc, dataset.dataset, video, mp4); });
            std::error_code ec;
            fs::remove(mp4, ec);
            if (result.ok)
                r.Add({"4K MP4 whole export incl. ffmpeg (libx264 medium, crf 18)", 1000.0 * frames / totalMs, "fps",
                       Fmt("%.0f ms for ", totalMs) + std::to_string(frames) + " frames; encoder + pipe: " +
                           Fmt("%.0f ms/frame", (totalMs - mapMs) / frames) + " (total minus the map side)"});
            else
                r.Add({"4K MP4 whole export", 0, "fps", "FAILED: " + result.error});
        } else {
            r.Add({"4K MP4 whole export: ffmpeg not installed", 0, "-", ""});
        }
    }
    r.Add({"machine load average (1 min), before / after", loadBefore, "", Fmt("after: %.2f", LoadAverage()) +
                                                                          "; " + std::to_string(sysconf(_SC_NPROCESSORS_ONLN)) + " cores"});
}

const bool kTargets = Register("targets", Targets);

}  // namespace
}  // namespace engagemap::bench
