// Video export: the timeline animation between two dates as an MP4 (H.264 through ffmpeg, fed raw
// RGBA frames over a pipe) or as a PNG sequence, at any size and frame rate, with the same title,
// date, legend, captions and source line as the still export (timeline_export.hpp) in every frame.
//
//   engagemap --export out.mp4 --from 2001-11-23 --to 2025-12-31 --instrument budapest --fps 30
//
// Geometry is uploaded once per export: each frame recomputes the statuses for its date, uploads
// the colour table (a few hundred bytes), draws, and reads the image back.
//
// Two ways to run it, both on the thread whose GL context is current:
//   * VideoExportJob: Start, then Step() one frame at a time (the window calls it between UI frames,
//     shows Progress() in a bar, and calls Cancel() from a button), then Finish().
//   * RunVideoExport / ExportTimelineVideo: the whole export in one call with a progress callback and
//     a cancel flag (the command line; ExportTimelineVideo creates its own headless GL context).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/document/map_document.hpp"
#include "core/data/dataset.hpp"
#include "core/io/png_image.hpp"
#include "core/story/slide_camera.hpp"
#include "core/story/storyboard.hpp"
#include "export/timeline_export.hpp"

namespace engagemap {

struct VideoExportOptions {
    // Size (frame.map.width/height, pixels), style, focus box, MSAA, the view (frame.view: kind,
    // instruments, filters, options, projection, camera, theme), overlay, title and caption of
    // every frame; frame.date is not used (see from/to).
    TimelineExportOptions frame;
    // How long (days of the timeline) a milestone's caption stays after its date; 0: CaptionDaysFor
    // the playback speed (three seconds of video, at most a year unless that is under 1.5 s).
    int captionDays = 0;
    // A progress bar along the bottom of the map and the running count under the date.
    bool progress = false;

    CivilDate from;                         // first frame's date
    CivilDate to;                           // last frame's date (>= from)
    double fps = 30.0;                      // frames per second of video, 1..240
    double daysPerSecond = 365.0;           // playback speed when durationSeconds is not set
    std::optional<double> durationSeconds;  // video length in seconds (overrides daysPerSecond)

    std::string ffmpeg = "ffmpeg";  // program to run (searched in PATH unless it contains '/')
    // Counts the frames of ffmpeg's output before it replaces anything: ffmpeg exiting 0 on a full
    // disk is not trusted. Searched in PATH unless it contains '/'.
    std::string ffprobe = "ffprobe";
    int crf = 18;                   // x264 quality (0..51, lower is better; 18 is visually lossless)
    std::string preset = "medium";  // x264 speed/size trade-off: ultrafast ... veryslow
};

// Fills the slide's part of `options` for playing a slide with a date range: its view (ViewState:
// kind, instruments, filters, options, projection, camera, theme), title, caption, from/to, and
// duration (SlidePlaySeconds). Size, fps, style,
// theme and encoder settings are kept. False + *error for a slide without a range.
bool VideoOptionsForSlide(const Slide& slide, VideoExportOptions* options, std::string* error);

// What the output path asks for: ".mp4" (any case) is a video; ".gif" an animated GIF for chat and
// e-mail (one palette per clip: ffmpeg's palettegen + paletteuse); anything else is a PNG sequence
// (see PngSequencePath).
enum class VideoFormat { Mp4, Gif, PngSequence };
VideoFormat VideoFormatForPath(const std::string& path);

// File name of frame `index` (from 0) of a PNG sequence written to `output`:
//   "frames/%05d.png" (one printf-style %d with optional zero padding and width; "%%" for '%')
//   "frames/"  or "frames" (no '%', no ".png"): a directory, frames named "%05d.png" in it
//   "map.png": "map_%05d.png"
// False + *error for a pattern with no or several conversions, or any other conversion.
bool PngSequencePath(const std::string& output, std::int64_t index, std::string* path, std::string* error);

// Number of frames: ceil(duration * fps), at least 1, where duration = durationSeconds or
// (days from `from` to `to`) / daysPerSecond.
std::int64_t VideoFrameCount(const VideoExportOptions& options);

// The date of frame `index`: from..to interpolated by whole days; frame 0 is `from`, the last is `to`.
CivilDate VideoFrameDate(const VideoExportOptions& options, std::int64_t index);

// Checks sizes, dates, fps and durations; false + *error naming the first problem.
bool ValidateVideoOptions(const VideoExportOptions& options, VideoFormat format, std::string* error);

// Renders timeline frames with everything set up once: mesh and projection on the GPU, the view
// resolved, fonts and a private ImGui context for the overlay. Per frame: BuildView for the date,
// colour-table upload, draw. Frames are identical to RenderTimelineImage's at the same date and
// options (tests/ui/test_video_export.cpp checks it). With options.frame.map.renderer == Gl it needs a
// current GL 3.3 context for its whole life (also in the destructor); with Cpu it draws through
// the CPU rasteriser (raster/cpu_map_renderer.hpp) and the overlay's ImGui draw lists rasterised
// on the CPU (export/cpu_overlay.hpp), with no GL at all.
class TimelineFrameRenderer {
public:
    TimelineFrameRenderer();
    ~TimelineFrameRenderer();
    TimelineFrameRenderer(const TimelineFrameRenderer&) = delete;
    TimelineFrameRenderer& operator=(const TimelineFrameRenderer&) = delete;

    // `document` and `dataset` must outlive the renderer. False + *error for an unknown instrument,
    // region, pillar or kind (ResolveViewState), a bad size or GL trouble. Uses options.frame, camera, title, caption and captionDays.
    bool Init(const MapDocument& document, const Dataset& dataset, const VideoExportOptions& options,
              std::string* error);

    // Draws the frame for `date` (clamped to the instrument's range) into the offscreen target.
    bool Draw(const CivilDate& date, std::string* error);
    // Reads the last drawn frame back (top row first).
    RgbaImage ReadPixels() const;
    // Draw + ReadPixels.
    bool Render(const CivilDate& date, RgbaImage& image, std::string* error);
    // The frame for `date` as PNG bytes (FrameBackend::DrawPng: the CPU never holds the frame).
    bool RenderPng(const CivilDate& date, std::string* png, std::string* error);

    int Width() const;   // pixels
    int Height() const;  // pixels
    // The map's view as drawn (after the legend's placement refitted it): for hit tests on the frame.
    const MapView& View() const;

private:
    // Draw; on the CPU into *cpuTarget (unused by GL, which draws into its offscreen target).
    // With `png`, the frame is encoded there instead (FrameBackend::DrawPng).
    bool DrawInto(const CivilDate& date, RgbaImage* cpuTarget, std::string* png, std::string* error);
    struct State;
    std::unique_ptr<State> state_;
};

// Progress of an export: frames written so far out of the total.
struct VideoExportProgress {
    std::int64_t framesWritten = 0;
    std::int64_t frameCount = 0;
    CivilDate lastDate;  // date of the last frame written
    double Fraction() const { return frameCount > 0 ? static_cast<double>(framesWritten) / frameCount : 0.0; }
};

struct VideoExportResult {
    bool ok = false;         // everything written (MP4 finalised and in place)
    bool cancelled = false;  // stopped by Cancel() / the cancel flag; a partial MP4 is removed
    std::int64_t framesWritten = 0;
    std::int64_t frameCount = 0;
    std::string error;       // why it failed ("" when ok or cancelled)
};

// One export, a frame at a time. The MP4 is written to a temporary file next to the output and
// renamed over it when complete, so a failed or cancelled export never leaves a truncated video (nor
// replaces an existing one). PNG frames are written as they are rendered.
class VideoExportJob {
public:
    VideoExportJob();
    ~VideoExportJob();  // cancels an unfinished export (stops ffmpeg, removes its temporary file)
    VideoExportJob(const VideoExportJob&) = delete;
    VideoExportJob& operator=(const VideoExportJob&) = delete;

    // Validates, sets up the renderer and (MP4) starts ffmpeg. Needs the GL context current. The
    // job holds the document and dataset snapshots it was given, so the window may reload its data
    // or switch the boundary scale while the export runs: the video keeps the data it started with.
    // False + *error: ffmpeg missing, bad options, ...
    bool Start(std::shared_ptr<const MapDocument> document, std::shared_ptr<const Dataset> dataset,
               const VideoExportOptions& options, const std::string& outputPath, std::string* error);
    // Same, for data that outlives the job (the command line, tests).
    bool Start(const MapDocument& document, const Dataset& dataset, const VideoExportOptions& options,
               const std::string& outputPath, std::string* error);
    // Renders and writes the next frame. False when all frames are written or on an error (then
    // Failed() is true and Finish() returns the message).
    bool Step();
    bool Done() const;    // every frame written (call Finish)
    bool Failed() const;  // an error stopped the export
    VideoExportProgress Progress() const;
    // Ends the export: closes the pipe, waits for ffmpeg and moves the video into place. Call after
    // Done() (or Failed()); calling it earlier cancels.
    VideoExportResult Finish();
    // Stops now: kills ffmpeg and removes the partial video. PNG frames already written stay.
    VideoExportResult Cancel();

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Called after each frame with (frames written, frame count).
using VideoProgressFn = std::function<void(std::int64_t framesWritten, std::int64_t frameCount)>;

// The whole export with the GL context current on this thread. `cancel` (may be null) is checked
// before every frame.
VideoExportResult RunVideoExport(const MapDocument& document, const Dataset& dataset, const VideoExportOptions& options,
                                 const std::string& outputPath, const VideoProgressFn& progress = {},
                                 const std::atomic<bool>* cancel = nullptr);

// Same, with its own headless GL context (EGL surfaceless; no window needed).
VideoExportResult ExportTimelineVideo(const MapDocument& document, const Dataset& dataset,
                                      const VideoExportOptions& options, const std::string& outputPath,
                                      const VideoProgressFn& progress = {}, const std::atomic<bool>* cancel = nullptr);

}  // namespace engagemap
