// The CPU export's cost per image and per frame, in process, split into its parts (issue 15):
//   - overlay build: what enabling the overlay adds to the frame renderer's set-up (fonts, the
//     font atlas, the legend's placement), 4K;
//   - a 4K video frame with and without the overlay (statuses + palette lookup [+ overlay]), so
//     the overlay's draw per frame is their difference; the first frame (rasters) is not counted;
//   - the same per-frame figures in CPU time (user + sys of the whole process, all threads), the
//     steadier figure when other builds share the machine.
// Run: build/bench/engagemap_bench cpuframe
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "bench_harness.hpp"
#include "bench_inputs.hpp"
#include "core/data/dataset_loader.hpp"
#include "core/document/map_document.hpp"
#include "export/video_export.hpp"

namespace engagemap::bench {
namespace {

// CPU time (user + sys) of this process so far, in milliseconds.
double ProcessCpuMs() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// The 4K video of bench_targets.cpp's "4K MP4 map side" row: Budapest, 2001-11-23 to 2025, 30 frames.
VideoExportOptions FourKVideo(bool overlay) {
    VideoExportOptions video;
    video.frame.map.width = 3840;
    video.frame.map.height = 2160;
    video.frame.map.renderer = ExportRenderer::Cpu;
    video.frame.view.instrumentA = "budapest";
    video.frame.overlay = overlay;
    video.from = CivilDate{2001, 11, 23};
    video.to = CivilDate{2025, 12, 31};
    video.fps = 30;
    video.durationSeconds = 1.0;
    return video;
}

struct FrameCost {
    double wallMs = 0, cpuMs = 0;  // per frame, medians over rounds
    double initWallMs = 0;         // Init, median
};

// freshImage: each frame into a new RgbaImage (as VideoExportJob::Step does), not one reused.
FrameCost Measure(const MapDocument& doc, const Dataset& dataset, bool overlay, bool freshImage = false) {
    const VideoExportOptions video = FourKVideo(overlay);
    const int frames = static_cast<int>(VideoFrameCount(video));
    std::vector<double> wall, cpu, init;
    RgbaImage image;
    std::string error;
    for (int round = 0; round < 3; ++round) {
        TimelineFrameRenderer renderer;
        init.push_back(TimeMs([&] { renderer.Init(doc, dataset, video, &error); }));
        renderer.Render(video.from, image, &error);  // the first frame builds the rasters
        const double cpu0 = ProcessCpuMs();
        wall.push_back(TimeMs([&] {
                           for (int i = 0; i < frames; ++i) {
                               if (freshImage) {
                                   RgbaImage fresh;
                                   renderer.Render(VideoFrameDate(video, i), fresh, &error);
                               } else {
                                   renderer.Render(VideoFrameDate(video, i), image, &error);
                               }
                           }
                       }) /
                       frames);
        cpu.push_back((ProcessCpuMs() - cpu0) / frames);
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    return {median(wall), median(cpu), median(init)};
}

const bool kCpuFrame = Register("cpuframe", [](Reporter& r) {
    const double loadBefore = LoadAverage();
    const BundledInputs inputs = LoadBundledInputs();
    if (!inputs.Ok()) return;
    const MapDocument* doc = inputs.doc.get();
    const DatasetLoadResult& dataset = inputs.dataset;

    const FrameCost with = Measure(*doc, dataset.dataset, true);
    const FrameCost without = Measure(*doc, dataset.dataset, false);
    r.Add({"4K video frame, cpu, with overlay (map side)", with.wallMs, "ms",
           Fmt("%.1f fps; ", 1000.0 / with.wallMs) + Fmt("CPU %.1f ms/frame; median of 3 x 30 frames", with.cpuMs)});
    r.Add({"4K video frame, cpu, no overlay", without.wallMs, "ms", Fmt("CPU %.1f ms/frame", without.cpuMs)});
    r.Add({"4K overlay draw per frame (difference)", with.wallMs - without.wallMs, "ms",
           Fmt("CPU %.1f ms/frame", with.cpuMs - without.cpuMs)});
    r.Add({"4K overlay build (Init with - without overlay)", with.initWallMs - without.initWallMs, "ms",
           Fmt("fonts + atlas + legend placement; Init with overlay %.1f ms", with.initWallMs)});
    const FrameCost fresh = Measure(*doc, dataset.dataset, true, true);
    r.Add({"4K video frame, cpu, with overlay, new image each frame", fresh.wallMs, "ms",
           Fmt("CPU %.1f ms/frame; as VideoExportJob::Step (a fresh 33 MB buffer: first-touch page faults)", fresh.cpuMs)});
    r.Add({"machine load average (1 min), before / after", loadBefore, "", Fmt("after: %.2f", LoadAverage())});
});

}  // namespace
}  // namespace engagemap::bench
