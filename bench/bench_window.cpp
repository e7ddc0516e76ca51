// Benchmarks of the window's map path on this machine's GL (llvmpipe without a GPU), 1:50m at
// 1920x1080: a date change (palette pass only), a pan or zoom frame (ID raster + palette pass),
// and the CPU an idle window uses (the app under Xvfb, utime + stime from /proc/<pid>/stat).
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <cstring>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "bench_harness.hpp"
#include "core/document/map_document.hpp"
#include "render/headless_gl_context.hpp"
#include "render/map_canvas.hpp"

#include <glad/gl.h>

extern char** environ;

namespace engagemap::bench {
namespace {

namespace fs = std::filesystem;

// CPU seconds this process (all threads: llvmpipe renders on worker threads) has used.
double ProcessCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + 1e-6 * (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
}

// Per-frame cost: the median wall time (each frame finished with glFinish, so the GL work is
// counted) and the mean CPU time of all threads, which other load on a shared machine inflates
// far less than the wall time.
struct FrameCost {
    double wallMs = 0;
    double cpuMs = 0;
};

FrameCost MeasureFrames(int frames, const std::function<void(int)>& frame) {
    std::vector<double> ms;
    const double cpu0 = ProcessCpuSeconds();
    for (int i = 0; i < frames; ++i)
        ms.push_back(TimeMs([&] {
            frame(i);
            glFinish();
        }));
    const double cpu1 = ProcessCpuSeconds();
    std::sort(ms.begin(), ms.end());
    return FrameCost{ms[ms.size() / 2], 1000.0 * (cpu1 - cpu0) / frames};
}

std::string CostNote(const FrameCost& cost, const std::string& what) {
    char note[256];
    std::snprintf(note, sizeof note, "median of 30; CPU %.1f ms per frame (all threads); %s", cost.cpuMs, what.c_str());
    return note;
}

const bool kWindowFrames = Register("window", [](Reporter& r) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    if (!context) {
        std::fprintf(stderr, "window: no headless GL: %s\n", error.c_str());
        return;
    }
    GeodataOptions options;
    options.path = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";
    options.layer = "countries_50m";
    std::vector<LoadError> errors;
    auto doc = LoadMapDocument(options, &errors);
    if (!doc) return;
    MapCanvas canvas;
    if (!canvas.Init(&error)) return;
    canvas.SetDocument(*doc);
    MapView view;
    view.SetViewport(1920, 1080);
    view.FitWorld(ProjectionKind::EqualEarth, 8.0);
    const MapStyle style;
    canvas.Render(view, style, 1.0f);  // warm-up: uploads, allocation, first raster
    glFinish();

    // Two colourings alternating, as a scrub through dates does (every country changes).
    std::vector<Rgba8> a = doc->colours, b = doc->colours;
    for (Rgba8& c : b) c.r ^= 0x30;
    const size_t passesBefore = canvas.Renderer().Stats().rasterPasses;
    const FrameCost date = MeasureFrames(30, [&](int i) {
        canvas.UpdateColours(i % 2 ? a : b);
        canvas.Render(view, style, 1.0f);
    });
    const size_t geometryPasses = canvas.Renderer().Stats().rasterPasses - passesBefore;
    const std::string gl = context->Renderer();
    r.Add({"window date change 1:50m 1920x1080 (palette pass)", date.wallMs, "ms",
           CostNote(date, "palette upload + one full-screen pass; geometry passes: " + std::to_string(geometryPasses) +
                              "; " + gl)});

    const FrameCost pan = MeasureFrames(30, [&](int i) {
        view.Pan(i % 2 ? -7.0 : 7.0, 3.0 * (i % 2 ? -1 : 1));
        canvas.Render(view, style, 1.0f);
    });
    r.Add({"window pan frame 1:50m 1920x1080 (ID raster + palette pass)", pan.wallMs, "ms",
           CostNote(pan, "indexed fill, " + std::to_string(canvas.Renderer().Stats().bordersDrawn) + " of " +
                             std::to_string(doc->mesh.SegmentCount()) +
                             " border segments (level of detail), markers into the ID raster; palette pass")});
    const Vec2 centre{960, 540};
    const FrameCost zoom = MeasureFrames(30, [&](int i) {
        view.ZoomAt(i % 2 ? 1.0 / 1.1 : 1.1, centre);
        canvas.Render(view, style, 1.0f);
    });
    r.Add({"window zoom frame 1:50m 1920x1080 (ID raster + palette pass)", zoom.wallMs, "ms",
           CostNote(zoom, "wheel steps of 1.1x")});
    char ratio[96];
    std::snprintf(ratio, sizeof ratio, "same run: a date change costs %.0f %% of a pan frame", 100.0 * date.wallMs / pan.wallMs);
    r.Add({"window date change / pan frame", date.wallMs / pan.wallMs, "ratio", ratio});
});

// The app binary: $ENGAGEMAP_BIN, else ../engagemap relative to this executable.
std::string AppBinary() {
    if (const char* env = std::getenv("ENGAGEMAP_BIN")) return env;
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : (self.parent_path().parent_path() / "engagemap").string();
}

// CPU seconds (utime + stime) a process has used so far; < 0 when it is gone.
double CpuSeconds(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(in, line)) return -1;
    const size_t close = line.rfind(')');  // the command name may hold spaces
    if (close == std::string::npos) return -1;
    std::istringstream fields(line.substr(close + 2));
    std::string field;
    double utime = 0, stime = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i) {  // fields 14 and 15 (1-based) of stat
        if (i == 14) utime = std::stod(field);
        if (i == 15) stime = std::stod(field);
    }
    return (utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

pid_t Spawn(const std::vector<std::string>& args, const std::vector<std::string>& extraEnv, int displayFd = -1) {
    std::vector<char*> argv;
    for (const std::string& s : args) argv.push_back(const_cast<char*>(s.c_str()));
    argv.push_back(nullptr);
    std::vector<std::string> envStrings(extraEnv);
    for (char** e = environ; *e; ++e) envStrings.emplace_back(*e);  // extraEnv first: it wins
    std::vector<char*> envp;
    for (std::string& s : envStrings) envp.push_back(s.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    if (displayFd >= 0) posix_spawn_file_actions_adddup2(&actions, displayFd, 3);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0) pid = 0;
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

void Stop(pid_t pid) {
    if (pid <= 0) return;
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
}

const bool kIdle = Register("window idle", [](Reporter& r) {
    const std::string app = AppBinary();
    if (!fs::exists("/usr/bin/Xvfb") || app.empty() || !fs::exists(app)) {
        std::fprintf(stderr, "window idle: skipped (needs /usr/bin/Xvfb and the engagemap binary, or ENGAGEMAP_BIN)\n");
        return;
    }
    // Xvfb picks a free display and writes its number to fd 3 (-displayfd).
    int pipeFds[2];
    if (pipe(pipeFds) != 0) return;
    const pid_t xvfb = Spawn({"/usr/bin/Xvfb", "-displayfd", "3", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"},
                             {}, pipeFds[1]);
    close(pipeFds[1]);
    char number[16] = {0};
    const ssize_t n = xvfb ? read(pipeFds[0], number, sizeof number - 1) : -1;
    close(pipeFds[0]);
    if (n <= 0) {
        std::fprintf(stderr, "window idle: skipped (Xvfb did not start)\n");
        Stop(xvfb);
        return;
    }
    const std::string display = ":" + std::string(number, number + std::strcspn(number, "\n"));
    const fs::path config = fs::temp_directory_path() / ("engagemap_bench_idle_" + std::to_string(getpid()));
    fs::create_directories(config);  // window preferences land here, not in the user's config
    const pid_t window = Spawn({app, "--size", "1920x1080"},
                               {"DISPLAY=" + display, "LIBGL_ALWAYS_SOFTWARE=1", "XDG_CONFIG_HOME=" + config.string()});
    std::this_thread::sleep_for(std::chrono::seconds(3));  // start-up and the first frames
    const double cpu0 = CpuSeconds(window);
    const auto t0 = std::chrono::steady_clock::now();
    std::this_thread::sleep_for(std::chrono::seconds(5));
    const double cpu1 = CpuSeconds(window);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    Stop(window);
    Stop(xvfb);
    std::error_code ec;
    fs::remove_all(config, ec);
    if (cpu0 < 0 || cpu1 < 0) {
        std::fprintf(stderr, "window idle: the app exited early\n");
        return;
    }
    char note[160];
    std::snprintf(note, sizeof note, "engagemap --size 1920x1080 under Xvfb, untouched for %.1f s after 3 s of start-up; "
                  "%.3f CPU s", wall, cpu1 - cpu0);
    r.Add({"window idle CPU (1:50m, 1920x1080)", 100.0 * (cpu1 - cpu0) / wall, "% of a core", note});
});

}  // namespace
}  // namespace engagemap::bench
