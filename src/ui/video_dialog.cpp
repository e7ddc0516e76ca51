#include "ui/video_dialog.hpp"

#include <imgui.h>

#include <cstdio>
#include <cstring>

#include "core/io/output_names.hpp"
#include "export/video_export.hpp"

namespace engagemap {
namespace {

struct VideoDialogState {
    char path[256] = "";
    char from[16] = "";
    char to[16] = "";
    int size = 0;  // index into kSizes
    float fps = 30.0f;
    float seconds = 12.0f;
};
VideoDialogState& Dialog() {
    static VideoDialogState state;  // UI-only form state, one per process
    return state;
}
constexpr int kSizes[][2] = {{1920, 1080}, {3840, 2160}, {1280, 720}};

}  // namespace

VideoDialogReport DrawVideoDialog(bool& open, const VideoExportJob* running, const TimelineController& timeline,
                                  const std::string& suggestedStem) {
    VideoDialogReport report;
    if (!open) return report;
    VideoDialogState& d = Dialog();
    if (!d.path[0]) std::snprintf(d.path, sizeof d.path, "%s.mp4", suggestedStem.c_str());
    if (!d.from[0]) {
        std::snprintf(d.from, sizeof d.from, "%s", ToString(timeline.Start()).c_str());
        std::snprintf(d.to, sizeof d.to, "%s", ToString(timeline.End()).c_str());
    }
    if (!ImGui::Begin("Export video", &open, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::End();
        return report;
    }
    if (running) {
        const VideoExportProgress p = running->Progress();
        ImGui::Text("Frame %lld of %lld (%s)", static_cast<long long>(p.framesWritten), static_cast<long long>(p.frameCount),
                    ToString(p.lastDate).c_str());
        ImGui::ProgressBar(static_cast<float>(p.Fraction()), ImVec2(ImGui::GetFontSize() * 20, 0));
        report.cancel = ImGui::Button("Cancel");
        ImGui::End();
        return report;
    }
    ImGui::InputText("File (.mp4, .gif, or .png for frames)", d.path, sizeof d.path);
    ImGui::InputText("From", d.from, sizeof d.from);
    ImGui::InputText("To", d.to, sizeof d.to);
    ImGui::Combo("Size", &d.size, "1920x1080\0" "3840x2160\0" "1280x720\0");
    ImGui::SliderFloat("Frames per second", &d.fps, 10.0f, 60.0f, "%.0f");
    ImGui::SliderFloat("Length (seconds)", &d.seconds, 2.0f, 120.0f, "%.0f");
    const auto from = ParseCivilDate(d.from), to = ParseCivilDate(d.to);
    if (!from || !to) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "Dates must be YYYY-MM-DD");
    if (ImGui::Button("Start") && from && to)
        report.start = VideoExportRequest{d.path, *from, *to, kSizes[d.size][0], kSizes[d.size][1], d.fps, d.seconds};
    ImGui::End();
    return report;
}

void ApplyVideoDialogReport(AppState& app, const VideoDialogReport& report) {
    if (report.cancel && app.videoJob) {
        app.videoJob->Cancel();
        app.videoJob.reset();
        app.status = "Video export cancelled";
    }
    if (!report.start || !app.session.dataset || app.videoJob) return;
    const VideoExportRequest& r = *report.start;
    VideoExportOptions o;
    o.frame.map.width = r.width;
    o.frame.map.height = r.height;
    o.frame.map.style = app.map.Style();
    o.frame.view = CurrentViewState(app);  // the shown view, signatures option included
    o.from = r.from;
    o.to = r.to;
    o.fps = r.fps;
    o.durationSeconds = r.durationSeconds;
    auto job = std::make_unique<VideoExportJob>();
    std::string error;
    // The job holds snapshots: a reload or a boundary-scale switch mid-export cannot pull the
    // data from under it.
    const std::string path = FirstFreePath(r.path);  // never over an earlier file
    if (job->Start(std::shared_ptr<const MapDocument>(app.session.document), app.session.dataset, o, path, &error)) {
        app.videoJob = std::move(job);
        app.videoPath = path;
    }
    else app.status = "Video export: " + error;
}

void StepVideoExport(AppState& app) {
    if (!app.videoJob) return;
    if (app.videoJob->Step()) return;
    const VideoExportResult r = app.videoJob->Finish();
    app.videoJob.reset();
    app.status = r.ok ? "Wrote " + app.videoPath + " (" + std::to_string(r.framesWritten) + " frames)"
                      : "Video export failed: " + r.error;
}

}  // namespace engagemap
