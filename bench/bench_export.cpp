// Benchmarks of the exports: timeline frames per second at 1920x1080 and 3840x2160 (render only,
// render + readback, and through the ffmpeg pipe into an MP4 when ffmpeg is installed), and the time
// of one 3840x2160 PNG (render + readback + PNG encoding). Budapest Convention, 1:50m countries.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <set>
#include <string>

#include <glad/gl.h>
#include <unistd.h>

#include "bench_harness.hpp"
#include "bench_inputs.hpp"
#include "core/document/map_document.hpp"
#include "core/data/dataset_loader.hpp"
#include "core/story/transition.hpp"
#include "render/headless_gl_context.hpp"
#include "export/timeline_export.hpp"
#include "export/video_export.hpp"

namespace engagemap::bench {
namespace {

using Inputs = BundledInputs;
Inputs Load() { return LoadBundledInputs(); }

VideoExportOptions Options(int w, int h) {
    VideoExportOptions o;
    o.frame.map.width = w;
    o.frame.map.height = h;
    o.frame.view.instrumentA = "budapest";
    o.from = CivilDate{2001, 11, 23};
    o.to = CivilDate{2025, 12, 31};
    o.fps = 30;
    return o;
}

std::string Size(int w, int h) { return std::to_string(w) + "x" + std::to_string(h); }

bool HaveFfmpeg() { return std::system("ffmpeg -version > /dev/null 2>&1") == 0; }

const bool kExport = Register("export", [](Reporter& r) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    if (!context) {
        std::fprintf(stderr, "no headless GL: %s\n", error.c_str());
        return;
    }
    const Inputs in = Load();
    if (!in.Ok()) {
        std::fprintf(stderr, "cannot load the geodata or the dataset\n");
        return;
    }
    const std::string renderer = context->Renderer();
    const std::string scratch =
        (std::filesystem::temp_directory_path() / ("engagemap-bench-" + std::to_string(::getpid()))).string();
    std::filesystem::create_directories(scratch);
    const bool ffmpeg = HaveFfmpeg();

    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{3840, 2160}}) {
        const VideoExportOptions o = Options(w, h);
        TimelineFrameRenderer frames;
        if (!frames.Init(*in.doc, in.dataset.dataset, o, &error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            continue;
        }
        const int n = w > 2000 ? 10 : 30;
        const std::int64_t count = 720;  // dates of a 24 s video at 30 fps
        frames.Draw(o.from, &error);     // warm-up: first upload, font atlas, allocation
        glFinish();
        const double drawMs = TimeMs([&] {
            for (int i = 0; i < n; ++i) frames.Draw(InterpolateDate(o.from, o.to, i * 24, count), &error);
            glFinish();
        });
        char note[200];
        std::snprintf(note, sizeof note, "%.1f ms/frame; statuses + colour upload + draw + overlay, no MSAA (shader AA); %s",
                      drawMs / n, renderer.c_str());
        r.Add({"export frames " + Size(w, h) + " render only", 1000.0 * n / drawMs, "fps", note});

        const double readMs = TimeMs([&] {
            for (int i = 0; i < n; ++i) {
                RgbaImage image;
                frames.Render(InterpolateDate(o.from, o.to, i * 24, count), image, &error);
            }
        });
        std::snprintf(note, sizeof note, "%.1f ms/frame; + glReadPixels and row flip (%.1f MB/frame)", readMs / n,
                      w * h * 4 / 1e6);
        r.Add({"export frames " + Size(w, h) + " render + readback", 1000.0 * n / readMs, "fps", note});

        if (ffmpeg) {
            VideoExportOptions video = o;
            video.durationSeconds = (w > 2000 ? 10 : 30) / video.fps;  // 10 or 30 frames
            const std::string out = scratch + "/bench.mp4";
            VideoExportResult result;
            const double mp4Ms = TimeMs([&] { result = RunVideoExport(*in.doc, in.dataset.dataset, video, out); });
            if (!result.ok) {
                std::fprintf(stderr, "mp4: %s\n", result.error.c_str());
            } else {
                const auto bytes = std::filesystem::file_size(out);
                std::snprintf(note, sizeof note,
                              "%lld frames in %.0f ms incl. set-up and ffmpeg's finish; libx264 preset %s crf %d; "
                              "%.0f KiB",
                              static_cast<long long>(result.framesWritten), mp4Ms, video.preset.c_str(), video.crf,
                              bytes / 1024.0);
                r.Add({"export MP4 " + Size(w, h) + " (ffmpeg pipe)", 1000.0 * result.framesWritten / mp4Ms, "fps",
                       note});
            }
        } else {
            std::fprintf(stderr, "ffmpeg not installed: no MP4 figures\n");
        }
    }

    // One 4K PNG: render + readback + encoding, with everything set up (median of 3).
    const VideoExportOptions o = Options(3840, 2160);
    {
        TimelineFrameRenderer frames;
        if (frames.Init(*in.doc, in.dataset.dataset, o, &error)) {
            const std::string out = scratch + "/bench.png";
            RgbaImage image;
            frames.Render(o.to, image, &error);
            const double pngMs = MedianMs(3, [&] {
                frames.Render(o.to, image, &error);
                WritePng(out, image, &error);
            });
            const double encodeMs = MedianMs(3, [&] { WritePng(out, image, &error); });
            char note[200];
            std::snprintf(note, sizeof note, "median of 3; PNG encoding alone %.0f ms (GDAL); %.1f MiB", encodeMs,
                          std::filesystem::file_size(out) / 1048576.0);
            r.Add({"PNG export 3840x2160 (render + readback + write)", pngMs, "ms", note});
        }
    }
    // The whole `--export` path once: its own GL context, fonts, geometry upload, render, write. Last,
    // because it leaves no context current when it returns.
    TimelineExportOptions still = o.frame;
    still.date = o.to;
    const double coldMs =
        TimeMs([&] { ExportTimelinePng(*in.doc, in.dataset.dataset, still, scratch + "/still.png", &error); });
    r.Add({"PNG export 3840x2160 (ExportTimelinePng, cold)", coldMs, "ms",
           "new GL context, fonts, geometry upload, render, readback, write"});
    std::error_code ec;
    std::filesystem::remove_all(scratch, ec);
});

}  // namespace
}  // namespace engagemap::bench
