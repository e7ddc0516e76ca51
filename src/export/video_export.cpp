#include "export/video_export.hpp"

#include "core/timeline/video_captions.hpp"

#include "export/ffmpeg_pipe.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <future>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <imgui.h>

#include "core/filter/engagement_views.hpp"
#include "core/geo/land_mask.hpp"
#include "core/view/view_state.hpp"
#include "core/story/transition.hpp"
#include "core/timeline/instrument_timeline.hpp"
#include "render/headless_gl_context.hpp"
#include "export/frame_backend.hpp"
#include "ui/export_fonts.hpp"
#include "ui/map_overlay.hpp"
#include "ui/theme.hpp"

namespace engagemap {

// ---- paths, counts, dates --------------------------------------------------------------------

namespace {

bool EndsWithNoCase(const std::string& s, const char* suffix) {
    const std::size_t n = std::strlen(suffix);
    if (s.size() < n) return false;
    for (std::size_t i = 0; i < n; ++i)
        if (std::tolower(static_cast<unsigned char>(s[s.size() - n + i])) != suffix[i]) return false;
    return true;
}

// Parses a frame pattern: exactly one "%d" / "%0Nd" / "%Nd" conversion, "%%" for a literal '%'.
// Fills prefix/suffix (with "%%" already unescaped), width and zero padding.
struct FramePattern {
    std::string prefix, suffix;
    int width = 0;
    bool zeroPad = false;
};

bool ParseFramePattern(const std::string& pattern, FramePattern* out, std::string* error) {
    FramePattern p;
    int conversions = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        std::string& text = conversions == 0 ? p.prefix : p.suffix;
        if (c != '%') {
            text.push_back(c);
            continue;
        }
        if (i + 1 < pattern.size() && pattern[i + 1] == '%') {
            text.push_back('%');
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        bool zero = false;
        if (j < pattern.size() && pattern[j] == '0') {
            zero = true;
            ++j;
        }
        int width = 0;
        while (j < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[j])) && width < 100)
            width = width * 10 + (pattern[j++] - '0');
        if (j >= pattern.size() || pattern[j] != 'd' || width > 20) {
            if (error) {
                *error = "frame pattern ";
                error->append(pattern).append(": only %d, %0Nd and %% are allowed");
            }
            return false;
        }
        ++conversions;
        p.width = width;
        p.zeroPad = zero;
        i = j;
    }
    if (conversions != 1) {
        if (error) {
            *error = "frame pattern ";
            error->append(pattern).append(": needs exactly one %d (e.g. frames/%05d.png)");
        }
        return false;
    }
    *out = std::move(p);
    return true;
}

// The printf-style pattern an output path stands for (see PngSequencePath).
std::string FramePatternFor(const std::string& output) {
    if (output.find('%') != std::string::npos) return output;
    if (EndsWithNoCase(output, ".png")) {
        std::string p = output.substr(0, output.size() - 4);
        p.append("_%05d").append(output.substr(output.size() - 4));
        return p;
    }
    std::string p = output;
    if (!p.empty() && p.back() != '/') p.push_back('/');
    p.append("%05d.png");
    return p;
}

std::string DirectoryOf(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

std::string FormatNumber(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", x);
    return buf;
}

}  // namespace

bool VideoOptionsForSlide(const Slide& slide, VideoExportOptions* options, std::string* error) {
    if (!slide.range) {
        if (error) *error = "the slide has no date range to play (give it 'from' and 'to')";
        return false;
    }
    options->frame.view = slide.view;
    options->frame.title = slide.title;
    options->frame.caption = slide.caption;
    options->from = slide.range->from;
    options->to = slide.range->to;
    options->durationSeconds = SlidePlaySeconds(slide);
    return true;
}

VideoFormat VideoFormatForPath(const std::string& path) {
    if (EndsWithNoCase(path, ".mp4")) return VideoFormat::Mp4;
    if (EndsWithNoCase(path, ".gif")) return VideoFormat::Gif;
    return VideoFormat::PngSequence;
}

bool PngSequencePath(const std::string& output, std::int64_t index, std::string* path, std::string* error) {
    FramePattern p;
    if (!ParseFramePattern(FramePatternFor(output), &p, error)) return false;
    std::string number = std::to_string(index);
    if (static_cast<int>(number.size()) < p.width) number.insert(0, p.width - number.size(), p.zeroPad ? '0' : ' ');
    *path = p.prefix;
    path->append(number).append(p.suffix);
    return true;
}

std::int64_t VideoFrameCount(const VideoExportOptions& options) {
    double seconds = 0.0;
    if (options.durationSeconds) {
        seconds = *options.durationSeconds;
    } else if (options.daysPerSecond > 0.0) {
        seconds = static_cast<double>(DaysFromCivil(options.to) - DaysFromCivil(options.from)) / options.daysPerSecond;
    }
    // 1.2 s at 10 fps is 12 frames, not 13: allow for the rounding of seconds * fps.
    const double frames = std::ceil(seconds * options.fps - 1e-9);
    if (!(frames >= 1.0)) return 1;
    return static_cast<std::int64_t>(std::min(frames, 1e12));
}

CivilDate VideoFrameDate(const VideoExportOptions& options, std::int64_t index) {
    return InterpolateDate(options.from, options.to, index, VideoFrameCount(options));
}

bool ValidateVideoOptions(const VideoExportOptions& o, VideoFormat format, std::string* error) {
    auto fail = [&](std::string message) {
        if (error) *error = std::move(message);
        return false;
    };
    const int w = o.frame.map.width, h = o.frame.map.height;
    if (w < 16 || h < 16 || w > 16384 || h > 16384) return fail("frame size must be between 16x16 and 16384x16384 pixels");
    if (format == VideoFormat::Mp4 && (w % 2 || h % 2))
        return fail("an MP4 (H.264, yuv420p) needs an even width and height; got " + std::to_string(w) + "x" +
                    std::to_string(h));
    if (!(o.fps >= 1.0 && o.fps <= 240.0)) return fail("frame rate must be between 1 and 240 frames per second");
    if (o.to < o.from) return fail("the end date " + ToString(o.to) + " is before the start date " + ToString(o.from));
    if (o.durationSeconds) {
        if (!(*o.durationSeconds > 0.0 && *o.durationSeconds <= 86400.0))
            return fail("duration must be more than 0 and at most 86400 seconds");
    } else if (!(o.daysPerSecond > 0.0 && std::isfinite(o.daysPerSecond))) {
        return fail("playback speed (days per second) must be more than 0");
    }
    const double frames = static_cast<double>(VideoFrameCount(o));
    if (frames > 1e6) return fail("more than 1,000,000 frames: shorten the video or lower the frame rate");
    if (format == VideoFormat::Mp4) {
        if (o.crf < 0 || o.crf > 51) return fail("crf must be between 0 and 51");
        if (o.preset.empty() || o.preset.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)
            return fail("unknown x264 preset '" + o.preset + "'");
    }
    if (format != VideoFormat::PngSequence && o.ffmpeg.empty()) return fail("no ffmpeg program given");
    // GIF frame delays are in hundredths of a second: a faster rate cannot be kept.
    if (format == VideoFormat::Gif && o.fps > 50.0) return fail("a GIF plays at most 50 frames per second");
    return true;
}

// ---- the frame renderer ------------------------------------------------------------------------

struct TimelineFrameRenderer::State {
    std::shared_ptr<const MapDocument> recentred;  // the document centred on the view's meridian, when not 0
    const Dataset* dataset = nullptr;
    const CountrySet* countries = nullptr;
    VideoExportOptions options;
    MapStyle style;
    ViewStyle viewStyle;
    ViewRequest request;  // resolved once; only its date changes per frame
    std::unique_ptr<FrameBackend> backend;  // CPU (no GL anywhere) or GL, per options.frame.map.renderer
    InstrumentTimeline timeline;
    MapView view;
    float pixelScale = 1.0f;
    int captionDays = 120;
    OverlayOptions overlayOptions;  // placement resolved once in Init, so the legend does not move between frames
    std::shared_ptr<const LandMask> landMask;  // what overlayOptions.land points at (Auto placement)
    std::optional<ViewResult> labelsBefore;    // the view "changed" labels compare with
    ImGuiContext* imgui = nullptr;
    AppFonts fonts;
    ExportFontAtlas atlas;  // fonts with the glyphs of the text drawn so far

    ~State() {
        if (documentSet.valid()) documentSet.wait();  // SetDocument on its thread still uses the backend
        if (!imgui) return;
        ImGuiContext* previous = ImGui::GetCurrentContext();
        ImGui::SetCurrentContext(imgui);
        backend->ShutdownOverlay();
        ImGui::DestroyContext(imgui);
        ImGui::SetCurrentContext(previous == imgui ? nullptr : previous);
    }

    // The overlay's text for `view` on `day`: the export's (ExportOverlayContent), plus the
    // progress bar and running count when asked.
    OverlayContent ContentFor(const ViewResult& view, const CivilDate& day) {
        OverlayContent content = ExportOverlayContent(options.frame, timeline, *dataset, request, view, captionDays, day);
        if (options.progress) {
            content.progress = PlaybackFraction(options.from, options.to, day);
            const std::vector<bool> subject = ViewSubjectCountries(view);
            content.runningCount = RunningCountText(request.kind, static_cast<size_t>(std::count(subject.begin(), subject.end(), true)));
        }
        if (!options.frame.view.labels.Empty())
            content.labels = ExportLabelCandidates(options.frame, overlayOptions, style, *countries, Projected(),
                                                   this->view, view, labelsBefore ? &*labelsBefore : nullptr);
        return content;
    }

    // Fixes the legend's placement for every frame from the view at `last` (the most countries
    // coloured), through the placement every export uses (PlaceExportLegend).
    void ResolveLegend(const CivilDate& last) {
        ViewRequest at = request;
        if (timeline.SelectedInstrument()) {
            timeline.Controller().SetDate(last);
            at.date = timeline.Controller().Date();
        } else {
            at.date = last;
        }
        const ViewResult lastView = BuildView(*dataset, *countries, at, viewStyle);
        const OverlayContent lastContent = ContentFor(lastView, at.date);
        ImGuiContext* previous = ImGui::GetCurrentContext();
        ImGui::SetCurrentContext(imgui);
        EnsureGlyphs(lastContent);
        ExportLegendLayout layout = PlaceExportLegend(options.frame, overlayOptions, Projected(),
                                                      lastView, lastContent, ImGuiTextMeasure(fonts));
        ImGui::SetCurrentContext(previous);
        overlayOptions = layout.overlay;
        landMask = std::move(layout.land);
        view = layout.view;
    }

    const ProjectedCountries& Projected() {
        WaitForDocument();
        return backend->Projected();
    }

    // The backend's SetDocument when it runs on a second thread (Init): its result, once.
    std::future<bool> documentSet;
    std::string documentError;
    bool WaitForDocument(std::string* error = nullptr) {
        if (!documentSet.valid()) return documentOk;
        documentOk = documentSet.get();
        if (!documentOk && error) *error = documentError;
        return documentOk;
    }
    bool documentOk = true;

    // Makes the current context's font atlas hold every character of `content` before it is
    // measured or drawn; a rebuilt atlas is uploaded again by the GL backend's next frame.
    void EnsureGlyphs(const OverlayContent& content) {
        if (atlas.Ensure(ImGui::GetIO(), content, fonts)) backend->FontAtlasChanged();
    }

    // Draws `content` with the persistent ImGui context over the map the backend is drawing (the
    // same draw lists on the CPU and on GL).
    void DrawOverlay(const OverlayContent& content) {
        ImGuiContext* previous = ImGui::GetCurrentContext();
        ImGui::SetCurrentContext(imgui);
        ImGuiIO& io = ImGui::GetIO();
        EnsureGlyphs(content);
        backend->NewOverlayFrame();
        ImGui::NewFrame();
        DrawMapOverlay(ImGui::GetForegroundDrawList(), 0, 0, io.DisplaySize.x, io.DisplaySize.y, content, overlayOptions,
                       fonts);
        ImGui::Render();
        backend->RenderOverlay(*ImGui::GetDrawData());
        ImGui::SetCurrentContext(previous);
    }
};

TimelineFrameRenderer::TimelineFrameRenderer() = default;
TimelineFrameRenderer::~TimelineFrameRenderer() = default;

bool TimelineFrameRenderer::Init(const MapDocument& source, const Dataset& dataset,
                                 const VideoExportOptions& options, std::string* error) {
    state_.reset();
    auto s = std::make_unique<State>();
    // Centred on the view's meridian once, here: every frame then uses the recentred countries.
    s->recentred = RecentredDocument(std::shared_ptr<const MapDocument>(&source, [](const MapDocument*) {}),
                                     options.frame.view.centralMeridian);
    const MapDocument& document = *s->recentred;
    s->dataset = &dataset;
    s->options = options;
    ExportOptions map = options.frame.map;
    map.projection = options.frame.view.projection;
    if (map.width <= 0 || map.height <= 0 || map.width > 16384 || map.height > 16384) {
        if (error) *error = "image size must be between 1x1 and 16384x16384 pixels";
        return false;
    }
    // The same steps as RenderTimelineImage (timeline_export.cpp), done once.
    s->countries = &document.countries;
    s->timeline.SetData(&dataset, &document.countries);
    const std::string& id = options.frame.view.instrumentA;
    if (!id.empty() && !s->timeline.SelectInstrument(id)) {
        if (error) *error = "unknown instrument '" + id + "'";
        return false;
    }
    if (!ResolveViewState(options.frame.view, dataset, document.countries, options.from, &s->request, error))
        return false;
    s->style = MapStyleFor(options.frame.view.theme, map.style);
    s->viewStyle.theme = options.frame.view.theme;
    s->viewStyle.noneColour = s->style.land;
    // "Changed" labels: a video compares each frame with its first date, a still with the slide's
    // range start or the year before.
    s->labelsBefore = ExportLabelsBefore(options.frame, dataset, document.countries, s->request, s->viewStyle,
                                         options.from < options.to
                                             ? options.from
                                             : options.frame.labelsSince.value_or(LabelsChangedSinceDefault(options.from)));
    s->pixelScale = ExportPixelScale(map.width, map.height);
    s->view = ExportMapView(options.frame);
    s->captionDays = options.captionDays;
    if (s->captionDays <= 0) {
        const double daysPerVideoSecond =
            options.durationSeconds
                ? static_cast<double>(DaysFromCivil(options.to) - DaysFromCivil(options.from)) /
                      std::max(1e-9, *options.durationSeconds)
                : options.daysPerSecond;
        s->captionDays = CaptionDaysFor(daysPerVideoSecond);
    }

    s->backend = map.renderer == ExportRenderer::Cpu ? MakeCpuFrameBackend() : MakeGlFrameBackend(map.msaaSamples);
    if (s->backend->SetsDocumentOnAnyThread() && options.frame.overlay) {
        // The CPU backend projects the countries and the mesh (~10 ms at 1:50m) on a second thread
        // while this one builds the overlay's fonts (~15 ms at 4K); Projected() waits for it.
        State* state = s.get();
        s->documentSet = std::async(std::launch::async, [state, &document, projection = map.projection] {
            return state->backend->SetDocument(document, projection, &state->documentError);
        });
    } else if (!s->backend->SetDocument(document, map.projection, error)) {
        return false;
    }

    if (options.frame.overlay) {
        ImGuiContext* previous = ImGui::GetCurrentContext();
        s->imgui = ImGui::CreateContext();
        ImGui::SetCurrentContext(s->imgui);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(static_cast<float>(map.width), static_cast<float>(map.height));
        io.DeltaTime = 1.0f / 60.0f;
        // Text sized for a room: from the output height, fonts at those sizes, with only the
        // glyphs of the text drawn (the atlas is built when the first text is measured).
        s->overlayOptions = ExportOverlayOptions(options.frame);
        s->atlas = ExportFontAtlas(s->pixelScale, s->overlayOptions.type);
        const bool overlayReady = s->backend->InitOverlay();
        ImGui::SetCurrentContext(previous);
        if (!overlayReady) {
            if (error) *error = "cannot set up the overlay's OpenGL renderer";
            return false;
        }
    }
    if (s->imgui) s->ResolveLegend(options.to);
    if (!s->WaitForDocument(error)) return false;
    state_ = std::move(s);
    return true;
}

bool TimelineFrameRenderer::Draw(const CivilDate& date, std::string* error) { return DrawInto(date, nullptr, nullptr, error); }

bool TimelineFrameRenderer::RenderPng(const CivilDate& date, std::string* png, std::string* error) {
    return DrawInto(date, nullptr, png, error);
}

bool TimelineFrameRenderer::DrawInto(const CivilDate& date, RgbaImage* cpuTarget, std::string* png, std::string* error) {
    if (!state_) {
        if (error) *error = "frame renderer not initialised";
        return false;
    }
    State& s = *state_;
    // The instrument's range clamps the date; without an instrument (breadth) it is used as is.
    CivilDate day = date;
    if (s.timeline.SelectedInstrument()) {
        s.timeline.Controller().SetDate(date);
        day = s.timeline.Controller().Date();
    }
    s.request.date = day;
    const ViewResult view = BuildView(*s.dataset, *s.countries, s.request, s.viewStyle);
    std::function<void()> overlay;
    OverlayContent content;
    if (s.imgui) {
        content = s.ContentFor(view, day);
        overlay = [&s, &content] { s.DrawOverlay(content); };
    }
    if (png) return s.backend->DrawPng(s.view, s.style, s.pixelScale, view.colours, ViewStrokes(view), overlay, png, error);
    return s.backend->Draw(s.view, s.style, s.pixelScale, view.colours, ViewStrokes(view), overlay, cpuTarget, error);
}

RgbaImage TimelineFrameRenderer::ReadPixels() const {
    if (!state_) return RgbaImage{};
    return state_->backend->ReadPixels();
}

bool TimelineFrameRenderer::Render(const CivilDate& date, RgbaImage& image, std::string* error) {
    if (!state_ || state_->options.frame.map.renderer != ExportRenderer::Cpu) {
        if (!Draw(date, error)) return false;
        image = ReadPixels();
        return true;
    }
    return DrawInto(date, &image, nullptr, error);  // the CPU draws straight into the caller's buffer
}

const MapView& TimelineFrameRenderer::View() const {
    static const MapView kNone;
    return state_ ? state_->view : kNone;
}

int TimelineFrameRenderer::Width() const { return state_ ? state_->options.frame.map.width : 0; }
int TimelineFrameRenderer::Height() const { return state_ ? state_->options.frame.map.height : 0; }


// ---- the export job ----------------------------------------------------------------------------

struct VideoExportJob::State {
    // Snapshots of the data (may be null when the caller guarantees its data outlives the job).
    std::shared_ptr<const MapDocument> document;
    std::shared_ptr<const Dataset> dataset;
    VideoExportOptions options;
    VideoFormat format = VideoFormat::Mp4;
    std::string output;
    std::string temp;  // MP4/GIF: the temporary file ffmpeg writes, renamed over `output` at the end
    TimelineFrameRenderer renderer;
    RgbaImage frame;  // reused by every frame (no fresh pages to fault in per frame)
    FfmpegPipe ffmpeg;
    std::int64_t frames = 0;
    std::int64_t written = 0;
    CivilDate lastDate;
    std::string error;
    bool finished = false;

    void RemoveTemp() {
        if (!temp.empty()) ::unlink(temp.c_str());
        temp.clear();
    }
};

VideoExportJob::VideoExportJob() = default;
VideoExportJob::~VideoExportJob() {
    if (state_ && !state_->finished) Cancel();
}

bool VideoExportJob::Start(std::shared_ptr<const MapDocument> document, std::shared_ptr<const Dataset> dataset,
                           const VideoExportOptions& options, const std::string& outputPath, std::string* error) {
    if (!document || !dataset) {
        if (error) *error = "no map or dataset loaded";
        return false;
    }
    const MapDocument& d = *document;
    const Dataset& ds = *dataset;
    if (!Start(d, ds, options, outputPath, error)) return false;
    state_->document = std::move(document);
    state_->dataset = std::move(dataset);
    return true;
}

bool VideoExportJob::Start(const MapDocument& document, const Dataset& dataset, const VideoExportOptions& options,
                           const std::string& outputPath, std::string* error) {
    if (state_ && !state_->finished) Cancel();
    state_.reset();
    auto s = std::make_unique<State>();
    s->options = options;
    s->output = outputPath;
    s->format = VideoFormatForPath(outputPath);
    s->frames = VideoFrameCount(options);
    std::string message;
    auto fail = [&](const std::string& why) {
        if (error) *error = why;
        return false;
    };
    if (!ValidateVideoOptions(options, s->format, &message)) return fail(message);
    if (s->format == VideoFormat::PngSequence) {
        std::string first;
        if (!PngSequencePath(outputPath, 0, &first, &message)) return fail(message);
        std::error_code ec;
        std::filesystem::create_directories(DirectoryOf(first), ec);
        if (ec) return fail("cannot create the directory " + DirectoryOf(first) + ": " + ec.message());
    }
    if (!s->renderer.Init(document, dataset, options, &message)) return fail(message);

    if (s->format != VideoFormat::PngSequence) {
        // ffmpeg writes a temporary file in the output's directory (same file system, so the final
        // rename is atomic); its ".mp4" or ".gif" suffix tells ffmpeg the container.
        const bool gif = s->format == VideoFormat::Gif;
        const std::size_t slash = outputPath.find_last_of('/');
        std::string temp = DirectoryOf(outputPath);
        temp.append("/.").append(slash == std::string::npos ? outputPath : outputPath.substr(slash + 1));
        temp.append(gif ? ".tmp-XXXXXX.gif" : ".tmp-XXXXXX.mp4");
        const int fd = ::mkostemps(temp.data(), 4, O_CLOEXEC);
        if (fd < 0) return fail("cannot write " + outputPath + ": " + std::strerror(errno));
        ::fchmod(fd, 0644);
        ::close(fd);
        s->temp = temp;
        std::vector<std::string> args = {
            options.ffmpeg, "-hide_banner", "-nostats", "-loglevel", "error", "-y",
            "-f", "rawvideo", "-pix_fmt", "rgba",
            "-s", std::to_string(options.frame.map.width) + "x" + std::to_string(options.frame.map.height),
            "-r", FormatNumber(options.fps), "-i", "-"};
        const std::vector<std::string> encode =
            gif ? std::vector<std::string>{
                      // One palette for the whole clip (palettegen reads every frame first), then each
                      // frame mapped to it; only the changed rectangle is stored per frame.
                      "-filter_complex",
                      "[0:v]split[a][b];[a]palettegen=stats_mode=full[p];[b][p]paletteuse=dither=bayer:bayer_scale=5:diff_mode=rectangle",
                      "-loop", "0", "-f", "gif", temp}
                : std::vector<std::string>{"-c:v", "libx264", "-preset", options.preset, "-crf", std::to_string(options.crf),
                                           "-pix_fmt", "yuv420p", "-movflags", "+faststart", temp};
        args.insert(args.end(), encode.begin(), encode.end());
        if (!s->ffmpeg.Start(args, &message)) {
            s->RemoveTemp();
            return fail(message);
        }
    }
    state_ = std::move(s);
    return true;
}

bool VideoExportJob::Step() {
    if (!state_ || state_->finished || !state_->error.empty() || state_->written >= state_->frames) return false;
    State& s = *state_;
    const CivilDate date = InterpolateDate(s.options.from, s.options.to, s.written, s.frames);
    std::string message;
    if (!s.renderer.Render(date, s.frame, &message)) {
        s.error = message;
        return false;
    }
    if (s.format != VideoFormat::PngSequence) {
        if (!s.ffmpeg.Write(s.frame.pixels.data(), s.frame.pixels.size(), &message)) {
            s.error = message;
            return false;
        }
    } else {
        std::string path;
        if (!PngSequencePath(s.output, s.written, &path, &message) || !WritePng(path, s.frame, &message)) {
            s.error = message.empty() ? "cannot write " + path : message;
            return false;
        }
    }
    s.lastDate = date;
    ++s.written;
    return true;
}

bool VideoExportJob::Done() const { return state_ && state_->error.empty() && state_->written >= state_->frames; }
bool VideoExportJob::Failed() const { return state_ && !state_->error.empty(); }

VideoExportProgress VideoExportJob::Progress() const {
    VideoExportProgress p;
    if (!state_) return p;
    p.framesWritten = state_->written;
    p.frameCount = state_->frames;
    p.lastDate = state_->lastDate;
    return p;
}

VideoExportResult VideoExportJob::Finish() {
    VideoExportResult r;
    if (!state_) {
        r.error = "no export started";
        return r;
    }
    if (state_->finished) {
        r.error = "export already finished";
        return r;
    }
    if (!Done() && !Failed()) return Cancel();
    State& s = *state_;
    s.finished = true;
    r.framesWritten = s.written;
    r.frameCount = s.frames;
    if (!s.error.empty()) {
        s.ffmpeg.Kill();
        s.RemoveTemp();
        r.error = s.error;
        return r;
    }
    if (s.format != VideoFormat::PngSequence) {
        std::string message;
        if (!s.ffmpeg.Close(&message)) {
            s.RemoveTemp();
            r.error = message;
            return r;
        }
        if (!VerifyVideoFrames(s.options.ffprobe, s.temp, s.written, &message)) {
            s.RemoveTemp();
            r.error = "cannot write " + s.output + ": " + message + "; the previous file is unchanged";
            return r;
        }
        if (::rename(s.temp.c_str(), s.output.c_str()) != 0) {
            r.error = "cannot write " + s.output + ": " + std::strerror(errno);
            s.RemoveTemp();
            return r;
        }
        s.temp.clear();
    }
    r.ok = true;
    return r;
}

VideoExportResult VideoExportJob::Cancel() {
    VideoExportResult r;
    if (!state_ || state_->finished) return r;
    State& s = *state_;
    s.finished = true;
    s.ffmpeg.Kill();
    s.RemoveTemp();
    r.cancelled = true;
    r.framesWritten = s.written;
    r.frameCount = s.frames;
    return r;
}

VideoExportResult RunVideoExport(const MapDocument& document, const Dataset& dataset, const VideoExportOptions& options,
                                 const std::string& outputPath, const VideoProgressFn& progress,
                                 const std::atomic<bool>* cancel) {
    VideoExportJob job;
    VideoExportResult r;
    if (!job.Start(document, dataset, options, outputPath, &r.error)) {
        r.frameCount = VideoFrameCount(options);
        return r;
    }
    while (!job.Done() && !job.Failed()) {
        if (cancel && cancel->load()) return job.Cancel();
        if (!job.Step()) break;
        const VideoExportProgress p = job.Progress();
        if (progress) progress(p.framesWritten, p.frameCount);
    }
    return job.Finish();
}

VideoExportResult ExportTimelineVideo(const MapDocument& document, const Dataset& dataset,
                                      const VideoExportOptions& options, const std::string& outputPath,
                                      const VideoProgressFn& progress, const std::atomic<bool>* cancel) {
    VideoExportResult r;
    std::unique_ptr<HeadlessGlContext> context;
    if (options.frame.map.renderer == ExportRenderer::Gl && !(context = HeadlessGlContext::Create(&r.error))) return r;
    return RunVideoExport(document, dataset, options, outputPath, progress, cancel);
}

}  // namespace engagemap
