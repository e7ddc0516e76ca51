// The "Export video" dialog: output file, date range, size, frame rate and length; while the
// export runs, a progress bar and a Cancel button. The export itself advances one frame per UI
// frame (StepVideoExport), so the window stays responsive.
#pragma once

#include <optional>
#include <string>

#include "export/video_export.hpp"
#include "ui/app_state.hpp"

namespace engagemap {

// A video export the dialog asks for: where, which dates, how big, how fast.
struct VideoExportRequest {
    std::string path;
    CivilDate from, to;
    int width = 1920, height = 1080;  // pixels
    double fps = 30;
    double durationSeconds = 12;
};

// What the dialog reports: Start (with its settings) or Cancel of the running job.
struct VideoDialogReport {
    std::optional<VideoExportRequest> start;
    bool cancel = false;
};

// Draws the dialog while `open`: the form (dates default to the timeline's range), or the running
// job's progress. Edits only `open` and its own form; the window starts or cancels the job.
// `suggestedStem` names the file the first time the dialog opens ("<stem>.mp4"); Start never
// replaces an existing file: it writes the first free "<name>-N.<ext>" instead and says so.
VideoDialogReport DrawVideoDialog(bool& open, const VideoExportJob* running, const TimelineController& timeline,
                                  const std::string& suggestedStem);

// Applies the dialog's report: starts a job on the current view (CurrentViewState, the map's
// style) holding the loaded data's snapshots, or cancels the running one.
void ApplyVideoDialogReport(AppState& app, const VideoDialogReport& report);

// Renders the next frame of a running export and finishes it when done. Call outside the
// ImGui NewFrame/Render pair (the job briefly uses its own ImGui context).
void StepVideoExport(AppState& app);

}  // namespace engagemap
