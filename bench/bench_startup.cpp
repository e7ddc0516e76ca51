// Start-up, export and memory benchmarks (issue 7):
// - cold start to first frame: the built `engagemap --export` run as a child process (fresh
//   process: GDAL registration, geodata load + triangulation, EGL context, shaders, upload, one
//   64x64 frame, PNG write) per Natural Earth scale, with the child's peak RSS (VmHWM);
// - the same at 3840x2160 (1:50m), end to end in a child;
// - in process: PNG export at 3840x2160 (ExportMapPng: context + render + readback + encode) and
//   its parts (render + readback with a live context; PNG encode alone);
// - peak RSS of this bench process (getrusage), which includes the cases run before it.
// The child binary is <build>/engagemap next to <build>/bench/engagemap_bench, or $ENGAGEMAP_BIN.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "bench_harness.hpp"
#include "bench_process.hpp"
#include "core/document/map_document.hpp"
#include "core/io/png_image.hpp"
#include "bench_inputs.hpp"
#include "render/headless_export.hpp"
#include "render/headless_gl_context.hpp"

namespace engagemap::bench {
namespace {

namespace fs = std::filesystem;

class TempDir {
public:
    TempDir() : path_(fs::temp_directory_path() / ("engagemap_bench_startup_" + std::to_string(::getpid()))) {
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    std::string operator/(const char* name) const { return (path_ / name).string(); }

private:
    fs::path path_;
};

void ColdStart(Reporter& r) {
    const std::string app = AppBinary();
    if (app.empty() || !fs::exists(app)) {
        std::fprintf(stderr, "cold start: %s not found (build the engagemap target, or set ENGAGEMAP_BIN)\n",
                     app.c_str());
        r.Add({"cold start to first frame (engagemap not built)", 0, "-", app});
        return;
    }
    TempDir tmp;
    const std::string png = tmp / "cold.png";
    for (const char* scale : {"110m", "50m", "10m"}) {
        const int runs = std::string(scale) == "10m" ? 3 : 5;
        const ChildRun c =
            MedianChild(runs, {app, "--export", png, "--scale", scale, "--size", "64x64", "--no-overlay"});
        std::string name = "cold start to first frame 1:";
        name.append(scale).append(" (process, 64x64 PNG)");
        if (!c.ok) {
            r.Add({name, 0, "ms", "FAILED: engagemap --export exited non-zero"});
            continue;
        }
        r.Add({name, c.ms, "ms",
               std::string("median of ").append(std::to_string(runs)).append("; child peak RSS ")
                   .append(Fmt("%.0f MiB", c.maxRssMiB))});
        std::string mem = "peak memory, engagemap --export 1:";
        mem.append(scale).append(" 64x64");
        r.Add({mem, c.maxRssMiB, "MiB", "child VmHWM, sampled every 2 ms"});
    }
    const ChildRun big =
        MedianChild(3, {app, "--export", png, "--scale", "50m", "--size", "3840x2160", "--no-overlay"});
    if (big.ok) {
        r.Add({"engagemap --export 1:50m 3840x2160 (process)", big.ms, "ms",
               "median of 3; start to PNG written; child peak RSS " + Fmt("%.0f MiB", big.maxRssMiB)});
        r.Add({"peak memory, engagemap --export 1:50m 3840x2160", big.maxRssMiB, "MiB", "child VmHWM, sampled every 2 ms"});
    }
}

void Export4k(Reporter& r) {
    GeodataOptions geo;
    geo.path = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";
    geo.layer = LayerForScale("50m");
    std::vector<LoadError> errors;
    auto doc = LoadMapDocument(geo, &errors);
    if (!doc) {
        std::fprintf(stderr, "export: cannot load 1:50m: %s\n", errors.empty() ? "?" : errors[0].ToString().c_str());
        return;
    }
    TempDir tmp;
    const std::string png = tmp / "export.png";
    ExportOptions options;
    options.width = 3840;
    options.height = 2160;
    std::string error;
    bool ok = true;
    const double exportMs = MedianMs(3, [&] { ok = ok && ExportMapPng(*doc, options, png, &error); });
    if (!ok) {
        std::fprintf(stderr, "export failed: %s\n", error.c_str());
        return;
    }
    const double kib = static_cast<double>(fs::file_size(png)) / 1024.0;
    r.Add({"PNG export 1:50m 3840x2160 (ExportMapPng)", exportMs, "ms",
           "median of 3; new EGL context + upload + render + readback + encode; " + Fmt("%.0f KiB", kib)});

    auto context = HeadlessGlContext::Create(&error);
    if (!context) return;
    RgbaImage image;
    RenderMapImage(*doc, options, image, &error);  // warm-up
    const double renderMs = MedianMs(3, [&] { RenderMapImage(*doc, options, image, &error); });
    r.Add({"  of which render + readback 3840x2160", renderMs, "ms",
           "median of 3; live context, incl. geometry upload; " + context->Renderer()});
    const double encodeMs = MedianMs(3, [&] { WritePng(png, image, &error); });
    r.Add({"  of which PNG encode 3840x2160 (GDAL)", encodeMs, "ms", "median of 3; WritePng"});
}

const bool kStartup = Register("startup", [](Reporter& r) {
    ColdStart(r);
    Export4k(r);
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    r.Add({"peak memory, bench process so far", static_cast<double>(self.ru_maxrss) / 1024.0, "MiB",
           "getrusage ru_maxrss; includes every case run before this one"});
});

}  // namespace
}  // namespace engagemap::bench
