// The "Export video" dialog: output file, date range, size, frame rate and length; while the
// export runs, a progress bar and a Cancel button. The export itself advances one frame per UI
// frame (StepVideoExport), so the window stays responsive.
#pragma once

#include "ui/app_state.hpp"

namespace engagemap {

void DrawVideoDialog(AppState& app);

// Renders the next frame of a running export and finishes it when done. Call outside the
// ImGui NewFrame/Render pair (the job briefly uses its own ImGui context).
void StepVideoExport(AppState& app);

}  // namespace engagemap
