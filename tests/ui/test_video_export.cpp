// Video export: frame count and dates, output paths, frames identical to the still export, an MP4
// checked with ffprobe (frame count and size), a PNG sequence, cancel, and a missing ffmpeg.
// Headless (EGL surfaceless, llvmpipe); the MP4 cases skip when ffmpeg/ffprobe are not installed.
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <sstream>

#include <unistd.h>

#include "core/data/dataset_loader.hpp"
#include "render/headless_gl_context.hpp"
#include "export/timeline_export.hpp"
#include "export/video_export.hpp"

namespace engagemap {
namespace {

namespace fs = std::filesystem;

// The bundled 1:110m countries and dataset, loaded once for the suite.
struct Fixture {
    std::unique_ptr<MapDocument> doc;
    DatasetLoadResult dataset;
};

const Fixture& Data() {
    static const Fixture fixture = [] {
        Fixture f;
        GeodataOptions geo;
        geo.path = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";
        geo.layer = "countries_110m";
        std::vector<LoadError> errors;
        f.doc = LoadMapDocument(geo, &errors);
        if (!f.doc) return f;
        std::set<std::string> known;
        for (const auto& c : f.doc->countries.countries) known.insert(c.key);
        DatasetLoadOptions options;
        options.knownCountries = &known;
        f.dataset = LoadDataset(std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/engagemap.json", options);
        return f;
    }();
    return fixture;
}

bool HaveTool(const char* tool) {
    std::string command = tool;
    command.append(" -version > /dev/null 2>&1");
    return std::system(command.c_str()) == 0;
}

// "width,height,frames" of the first video stream, as ffprobe counts them.
std::string Probe(const std::string& file) {
    std::string command =
        "ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames,width,height -of "
        "csv=p=0 '";
    command.append(file).append("'");
    std::string out;
    if (FILE* p = ::popen(command.c_str(), "r")) {
        char buf[256];
        while (std::fgets(buf, sizeof buf, p)) out.append(buf);
        ::pclose(p);
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    return out;
}

class ScratchDir {
public:
    explicit ScratchDir(const std::string& name) {
        path_ = fs::temp_directory_path() / ("engagemap-video-" + std::to_string(::getpid()) + "-" + name);
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }
    std::set<std::string> Files() const {
        std::set<std::string> names;
        for (const auto& e : fs::directory_iterator(path_)) names.insert(e.path().filename().string());
        return names;
    }

private:
    fs::path path_;
};

class VideoExportTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::string error;
        context_ = HeadlessGlContext::Create(&error);
        ASSERT_TRUE(context_) << error;
        ASSERT_TRUE(Data().doc);
        ASSERT_TRUE(Data().dataset.Ok()) << Data().dataset.errors.front().ToString();
    }
    const MapDocument& Doc() const { return *Data().doc; }
    const Dataset& Set() const { return Data().dataset.dataset; }

    // 320x180, Budapest from its opening to the end of 2012, 10 fps, 12 frames.
    static VideoExportOptions Small() {
        VideoExportOptions o;
        o.frame.map.width = 320;
        o.frame.map.height = 180;
        o.frame.view.instrumentA = "budapest";
        o.from = CivilDate{2001, 11, 23};
        o.to = CivilDate{2012, 12, 31};
        o.fps = 10;
        o.durationSeconds = 1.2;
        o.preset = "ultrafast";
        return o;
    }

    std::unique_ptr<HeadlessGlContext> context_;
};

TEST(VideoExportMaths, FrameCountAndDates) {
    VideoExportOptions o;
    o.from = CivilDate{2001, 11, 23};
    o.to = CivilDate{2025, 12, 31};
    o.fps = 10;
    o.durationSeconds = 1.2;
    EXPECT_EQ(VideoFrameCount(o), 12) << "1.2 s at 10 fps, despite 1.2 * 10 = 12.000000000000002";
    EXPECT_EQ(VideoFrameDate(o, 0), o.from);
    EXPECT_EQ(VideoFrameDate(o, 11), o.to);
    o.durationSeconds = 1.25;
    EXPECT_EQ(VideoFrameCount(o), 13) << "ceil";

    o.durationSeconds.reset();
    o.fps = 30;
    o.daysPerSecond = 365;
    const double days = static_cast<double>(DaysFromCivil(o.to) - DaysFromCivil(o.from));  // 8804
    EXPECT_EQ(VideoFrameCount(o), static_cast<std::int64_t>(std::ceil(days / 365 * 30)));
    o.to = o.from;
    EXPECT_EQ(VideoFrameCount(o), 1) << "a single date is one frame";
    EXPECT_EQ(VideoFrameDate(o, 0), o.from);
}

TEST(VideoExportMaths, OutputPaths) {
    EXPECT_EQ(VideoFormatForPath("out.mp4"), VideoFormat::Mp4);
    EXPECT_EQ(VideoFormatForPath("/tmp/OUT.MP4"), VideoFormat::Mp4);
    EXPECT_EQ(VideoFormatForPath("frames/%05d.png"), VideoFormat::PngSequence);
    EXPECT_EQ(VideoFormatForPath("frames"), VideoFormat::PngSequence);

    std::string path, error;
    ASSERT_TRUE(PngSequencePath("frames/%05d.png", 42, &path, &error)) << error;
    EXPECT_EQ(path, "frames/00042.png");
    ASSERT_TRUE(PngSequencePath("frames/", 7, &path, &error));
    EXPECT_EQ(path, "frames/00007.png");
    ASSERT_TRUE(PngSequencePath("frames", 7, &path, &error));
    EXPECT_EQ(path, "frames/00007.png");
    ASSERT_TRUE(PngSequencePath("out/map.png", 3, &path, &error));
    EXPECT_EQ(path, "out/map_00003.png");
    ASSERT_TRUE(PngSequencePath("100%%/f%d.png", 123456, &path, &error));
    EXPECT_EQ(path, "100%/f123456.png");
    ASSERT_TRUE(PngSequencePath("f%3d.png", 5, &path, &error));
    EXPECT_EQ(path, "f  5.png");

    EXPECT_FALSE(PngSequencePath("f%s.png", 0, &path, &error));
    EXPECT_EQ(error, "frame pattern f%s.png: only %d, %0Nd and %% are allowed");
    EXPECT_FALSE(PngSequencePath("%d/%d.png", 0, &path, &error));
    EXPECT_EQ(error, "frame pattern %d/%d.png: needs exactly one %d (e.g. frames/%05d.png)");
}

TEST(VideoExportMaths, OptionsForSlide) {
    Slide slide;
    slide.title = "Europe first";
    slide.caption = "Ratifications, 2001-2012";
    slide.view.instrumentA = "budapest";
    slide.view.projection = ProjectionKind::Robinson;
    slide.view.camera = SlideCamera{15.0, 52.0, 3.0};
    slide.view.signaturesCount = false;
    slide.range = SlideDateRange{CivilDate{2001, 11, 23}, CivilDate{2012, 12, 31}};
    slide.playSeconds = 8.0;
    VideoExportOptions o;
    o.fps = 25;
    std::string error;
    ASSERT_TRUE(VideoOptionsForSlide(slide, &o, &error)) << error;
    EXPECT_EQ(o.frame.view, slide.view);  // one value: kind, ids, filters, options, projection, camera
    EXPECT_EQ(o.frame.title, "Europe first");
    EXPECT_EQ(o.frame.caption, "Ratifications, 2001-2012");
    EXPECT_EQ(o.from, slide.range->from);
    EXPECT_EQ(o.to, slide.range->to);
    EXPECT_EQ(VideoFrameCount(o), 200);

    EXPECT_EQ(o.frame.view.kind, ViewKind::InstrumentStatus);

    slide.view.kind = ViewKind::Compare;
    slide.view.instrumentB = "foc";
    slide.view.regions = {"Africa"};
    ASSERT_TRUE(VideoOptionsForSlide(slide, &o, &error)) << error;
    EXPECT_EQ(o.frame.view.kind, ViewKind::Compare);
    EXPECT_EQ(o.frame.view.instrumentA, "budapest");
    EXPECT_EQ(o.frame.view.instrumentB, "foc");
    EXPECT_EQ(o.frame.view.regions, std::vector<std::string>{"Africa"});

    slide.range.reset();
    EXPECT_FALSE(VideoOptionsForSlide(slide, &o, &error));
    EXPECT_EQ(error, "the slide has no date range to play (give it 'from' and 'to')");
}

TEST(VideoExportMaths, Validation) {
    VideoExportOptions o;
    o.from = CivilDate{2001, 11, 23};
    o.to = CivilDate{2025, 12, 31};
    std::string error;
    EXPECT_TRUE(ValidateVideoOptions(o, VideoFormat::Mp4, &error)) << error;
    o.frame.map.width = 321;
    EXPECT_FALSE(ValidateVideoOptions(o, VideoFormat::Mp4, &error));
    EXPECT_EQ(error, "an MP4 (H.264, yuv420p) needs an even width and height; got 321x1080");
    EXPECT_TRUE(ValidateVideoOptions(o, VideoFormat::PngSequence, &error)) << "PNG frames may be odd-sized";
    o.frame.map.width = 320;
    o.fps = 0;
    EXPECT_FALSE(ValidateVideoOptions(o, VideoFormat::Mp4, &error));
    EXPECT_EQ(error, "frame rate must be between 1 and 240 frames per second");
    o.fps = 30;
    std::swap(o.from, o.to);
    EXPECT_FALSE(ValidateVideoOptions(o, VideoFormat::Mp4, &error));
    EXPECT_EQ(error, "the end date 2001-11-23 is before the start date 2025-12-31");
    std::swap(o.from, o.to);
    o.durationSeconds = -1;
    EXPECT_FALSE(ValidateVideoOptions(o, VideoFormat::Mp4, &error));
    EXPECT_EQ(error, "duration must be more than 0 and at most 86400 seconds");
    o.durationSeconds.reset();
    o.preset = "fast; rm -rf /";
    EXPECT_FALSE(ValidateVideoOptions(o, VideoFormat::Mp4, &error));
}

// Every frame is what the still export shows for the same date: one picture path.
TEST_F(VideoExportTest, FramesEqualTheStillExport) {
    VideoExportOptions o = Small();
    o.captionDays = 120;  // the still export's caption window
    // A fixed legend placement: Auto is resolved once per video from its last date's land (so the
    // legend does not jump between frames), and once per still from its own date.
    o.frame.view.legend = LegendPlacement::BottomLeft;
    TimelineFrameRenderer renderer;
    std::string error;
    ASSERT_TRUE(renderer.Init(Doc(), Set(), o, &error)) << error;
    for (CivilDate date : {CivilDate{2004, 7, 1}, CivilDate{2012, 6, 30}, CivilDate{2004, 7, 1}}) {
        RgbaImage frame, still;
        ASSERT_TRUE(renderer.Render(date, frame, &error)) << error;
        TimelineExportOptions ex = o.frame;
        ex.date = date;
        ASSERT_TRUE(RenderTimelineImage(Doc(), Set(), ex, still, &error)) << error;
        ASSERT_EQ(frame.width, 320);
        ASSERT_EQ(frame.height, 180);
        EXPECT_TRUE(frame.pixels == still.pixels) << ToString(date);
    }
}

// The other views (breadth, compare, a region filter) go through the same pipeline as the still export.
TEST_F(VideoExportTest, ViewFramesEqualTheStillExport) {
    struct Case {
        const char* name;
        ViewKind kind;
        const char* a;
        const char* b;
        std::vector<std::string> regions;
    } cases[] = {{"breadth", ViewKind::Breadth, "", "", {}},
                 {"compare", ViewKind::Compare, "budapest", "foc", {}},
                 {"status in Africa", ViewKind::InstrumentStatus, "budapest", "", {"Africa"}}};
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        VideoExportOptions o = Small();
        o.captionDays = 120;
        o.frame.view.instrumentA = c.a;
        o.frame.view.kind = c.kind;
        o.frame.view.instrumentB = c.b;
        o.frame.view.regions = c.regions;
        TimelineFrameRenderer renderer;
        std::string error;
        ASSERT_TRUE(renderer.Init(Doc(), Set(), o, &error)) << error;
        const CivilDate date{2020, 1, 1};
        RgbaImage frame, still;
        ASSERT_TRUE(renderer.Render(date, frame, &error)) << error;
        TimelineExportOptions ex = o.frame;
        ex.date = date;
        ASSERT_TRUE(RenderTimelineImage(Doc(), Set(), ex, still, &error)) << error;
        EXPECT_TRUE(frame.pixels == still.pixels);
    }
    VideoExportOptions bad = Small();
    bad.frame.view.regions = {"Atlantis"};
    TimelineFrameRenderer renderer;
    std::string error;
    EXPECT_FALSE(renderer.Init(Doc(), Set(), bad, &error));
    EXPECT_NE(error.find("Atlantis"), std::string::npos) << error;
}

// A slide's camera, title and caption change the picture (the still export has none of them).
TEST_F(VideoExportTest, CameraTitleAndCaptionShowInFrames) {
    const CivilDate date{2012, 6, 30};
    auto render = [&](const VideoExportOptions& o) {
        TimelineFrameRenderer renderer;
        RgbaImage image;
        std::string error;
        EXPECT_TRUE(renderer.Init(Doc(), Set(), o, &error)) << error;
        EXPECT_TRUE(renderer.Render(date, image, &error)) << error;
        return image.pixels;
    };
    VideoExportOptions o = Small();
    o.captionDays = 120;
    const auto plain = render(o);
    o.frame.view.camera = SlideCamera{0.0, 0.0, 1.0};
    EXPECT_TRUE(render(o) == plain) << "the whole-world camera is the default view";
    o.frame.view.camera = SlideCamera{15.0, 50.0, 4.0};
    const auto europe = render(o);
    EXPECT_FALSE(europe == plain);
    o.frame.title = "Europe first";
    const auto titled = render(o);
    EXPECT_FALSE(titled == europe);
    o.frame.caption = "Ratifications from 2001";
    EXPECT_FALSE(render(o) == titled);
}

TEST_F(VideoExportTest, UnknownInstrument) {
    VideoExportOptions o = Small();
    o.frame.view.instrumentA = "no-such-treaty";
    ScratchDir dir("unknown");
    const VideoExportResult r = RunVideoExport(Doc(), Set(), o, dir / "x.mp4");
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error, "unknown instrument 'no-such-treaty'");
    EXPECT_TRUE(dir.Files().empty());
}

TEST_F(VideoExportTest, Mp4HasExpectedFrameCountAndSize) {
    if (!HaveTool("ffmpeg") || !HaveTool("ffprobe")) GTEST_SKIP() << "ffmpeg/ffprobe not installed (scripts/setup installs them)";
    ScratchDir dir("mp4");
    std::vector<std::int64_t> progress;
    const VideoExportResult r = RunVideoExport(Doc(), Set(), Small(), dir / "budapest.mp4",
                                               [&](std::int64_t done, std::int64_t total) {
                                                   EXPECT_EQ(total, 12);
                                                   progress.push_back(done);
                                               });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_FALSE(r.cancelled);
    EXPECT_EQ(r.framesWritten, 12);
    EXPECT_EQ(r.frameCount, 12);
    EXPECT_EQ(progress, (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
    EXPECT_EQ(Probe(dir / "budapest.mp4"), "320,180,12");
    EXPECT_EQ(dir.Files(), std::set<std::string>{"budapest.mp4"}) << "no temporary file left";
}

// A GIF (for chat and e-mail): one palette per clip, every frame kept, no temporary file left, an
// earlier GIF replaced only by a complete one; odd sizes are fine (no chroma subsampling).
TEST_F(VideoExportTest, GifHasExpectedFrameCountAndSize) {
    if (!HaveTool("ffmpeg") || !HaveTool("ffprobe")) GTEST_SKIP() << "ffmpeg/ffprobe not installed (scripts/setup installs them)";
    ScratchDir dir("gif");
    VideoExportOptions o = Small();
    o.frame.map.width = 321;
    o.frame.map.height = 181;
    const VideoExportResult r = RunVideoExport(Doc(), Set(), o, dir / "budapest.gif", nullptr);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.framesWritten, 12);
    EXPECT_EQ(Probe(dir / "budapest.gif"), "321,181,12");
    EXPECT_EQ(dir.Files(), std::set<std::string>{"budapest.gif"}) << "no temporary file left";
    EXPECT_EQ(VideoFormatForPath("A.GIF"), VideoFormat::Gif);
    o.fps = 60;  // GIF delays are hundredths of a second
    std::string error;
    EXPECT_FALSE(ValidateVideoOptions(o, VideoFormat::Gif, &error));
    EXPECT_NE(error.find("50 frames per second"), std::string::npos) << error;
}

// The U.S. bilateral dialogues from 2010 to 2025: arcs appear as dialogues launch (none at the
// start, one per partner with a dialogue by the end), and the MP4 has the frames asked for.
TEST_F(VideoExportTest, BilateralArcsAppearOverTheYears) {
    VideoExportOptions o = Small();
    o.frame.view.instrumentA = "us-cyber-dialogues";
    o.from = CivilDate{2010, 1, 1};
    o.to = CivilDate{2025, 12, 31};
    o.durationSeconds = 1.6;  // 16 frames
    TimelineFrameRenderer renderer;
    std::string error;
    ASSERT_TRUE(renderer.Init(Doc(), Set(), o, &error)) << error;
    RgbaImage first, last;
    ASSERT_TRUE(renderer.Render(o.from, first, &error)) << error;
    ASSERT_TRUE(renderer.Render(o.to, last, &error)) << error;
    EXPECT_FALSE(first.pixels == last.pixels);
    // The arcs themselves, as the frames draw them.
    const int idx = Set().FindInstrument("us-cyber-dialogues");
    ASSERT_GE(idx, 0);
    ViewRequest req;
    req.instrument = idx;
    req.date = CivilDate{2010, 1, 1};
    const std::size_t before = BuildView(Set(), Doc().countries, req).arcs.size();
    req.date = CivilDate{2025, 12, 31};
    const std::size_t after = BuildView(Set(), Doc().countries, req).arcs.size();
    EXPECT_LT(before, after);
    EXPECT_GE(after, 15u);
    if (!HaveTool("ffmpeg") || !HaveTool("ffprobe")) GTEST_SKIP() << "ffmpeg/ffprobe not installed (scripts/setup installs them)";
    ScratchDir dir("bilateral");
    const VideoExportResult r = RunVideoExport(Doc(), Set(), o, dir / "us.mp4");
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.framesWritten, 16);
    EXPECT_EQ(Probe(dir / "us.mp4"), "320,180,16");
}

TEST_F(VideoExportTest, PngSequenceWritesTheExpectedFiles) {
    ScratchDir dir("png");
    VideoExportOptions o = Small();
    o.durationSeconds = 0.5;  // 5 frames
    o.captionDays = 120;
    const VideoExportResult r = RunVideoExport(Doc(), Set(), o, dir / "frames/%03d.png");
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.framesWritten, 5);
    std::set<std::string> files;
    for (const auto& e : fs::directory_iterator(dir / "frames")) files.insert(e.path().filename().string());
    EXPECT_EQ(files, (std::set<std::string>{"000.png", "001.png", "002.png", "003.png", "004.png"}));
    // The last frame is the still export at the end date (legend, date and caption included).
    RgbaImage last, still;
    std::string error;
    ASSERT_TRUE(ReadPng(dir / "frames/004.png", last, &error)) << error;
    TimelineExportOptions ex = o.frame;
    ex.date = o.to;
    ASSERT_TRUE(RenderTimelineImage(Doc(), Set(), ex, still, &error)) << error;
    EXPECT_EQ(last.width, 320);
    EXPECT_EQ(last.height, 180);
    EXPECT_TRUE(last.pixels == still.pixels);
}

TEST_F(VideoExportTest, CancelStopsEarlyAndKeepsThePreviousVideo) {
    if (!HaveTool("ffmpeg")) GTEST_SKIP() << "ffmpeg not installed";
    ScratchDir dir("cancel");
    const std::string out = dir / "budapest.mp4";
    std::ofstream(out) << "previous video";
    std::atomic<bool> cancel{false};
    const VideoExportResult r = RunVideoExport(Doc(), Set(), Small(), out, [&](std::int64_t done, std::int64_t) {
        if (done == 3) cancel = true;
    }, &cancel);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.error, "");
    EXPECT_EQ(r.framesWritten, 3);
    EXPECT_EQ(r.frameCount, 12);
    std::stringstream content;
    content << std::ifstream(out).rdbuf();
    EXPECT_EQ(content.str(), "previous video");
    EXPECT_EQ(dir.Files(), std::set<std::string>{"budapest.mp4"}) << "the partial video is removed";
}

TEST_F(VideoExportTest, CancelPngSequence) {
    ScratchDir dir("cancelpng");
    std::atomic<bool> cancel{false};
    const VideoExportResult r = RunVideoExport(Doc(), Set(), Small(), dir / "f", [&](std::int64_t done, std::int64_t) {
        if (done == 2) cancel = true;
    }, &cancel);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.framesWritten, 2);
    std::set<std::string> files;
    for (const auto& e : fs::directory_iterator(dir / "f")) files.insert(e.path().filename().string());
    EXPECT_EQ(files, (std::set<std::string>{"00000.png", "00001.png"}));
}

TEST_F(VideoExportTest, StepByStepJobReportsProgress) {
    ScratchDir dir("job");
    VideoExportOptions o = Small();
    o.durationSeconds = 0.3;  // 3 frames
    VideoExportJob job;
    std::string error;
    ASSERT_TRUE(job.Start(Doc(), Set(), o, dir / "frames", &error)) << error;
    EXPECT_EQ(job.Progress().frameCount, 3);
    EXPECT_EQ(job.Progress().framesWritten, 0);
    EXPECT_TRUE(job.Step());
    EXPECT_EQ(job.Progress().lastDate, o.from);
    EXPECT_NEAR(job.Progress().Fraction(), 1.0 / 3.0, 1e-12);
    EXPECT_TRUE(job.Step());
    EXPECT_FALSE(job.Done());
    EXPECT_TRUE(job.Step());
    EXPECT_TRUE(job.Done());
    EXPECT_FALSE(job.Step()) << "nothing left";
    EXPECT_EQ(job.Progress().lastDate, o.to);
    const VideoExportResult r = job.Finish();
    EXPECT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.framesWritten, 3);
}

TEST_F(VideoExportTest, MissingFfmpegIsAClearError) {
    ScratchDir dir("noffmpeg");
    for (const char* program : {"/nonexistent/ffmpeg", "engagemap-no-such-ffmpeg"}) {
        VideoExportOptions o = Small();
        o.ffmpeg = program;
        const VideoExportResult r = RunVideoExport(Doc(), Set(), o, dir / "x.mp4");
        EXPECT_FALSE(r.ok);
        EXPECT_EQ(r.error, std::string("ffmpeg not found (") + program +
                               "): install it (Debian: apt-get install ffmpeg; scripts/setup does) or export a PNG "
                               "sequence instead (an output path without .mp4)");
        EXPECT_TRUE(dir.Files().empty()) << "no temporary file left";
    }
}

// ffmpeg exiting 0 is not trusted (on a full disk it can leave a truncated file): the frame count
// of its output is checked with ffprobe before the previous video is replaced.
TEST_F(VideoExportTest, FfmpegClaimingSuccessDoesNotReplaceThePreviousVideo) {
    if (!HaveTool("ffprobe")) GTEST_SKIP() << "ffprobe not installed";
    ScratchDir dir("liar");
    const std::string fake = dir / "fake-ffmpeg";
    {
        // Reads all frames, writes 7 bytes to the output (its last argument) and exits 0.
        std::ofstream f(fake);
        f << "#!/bin/sh\ncat > /dev/null\nfor last in \"$@\"; do :; done\nprintf 'garbage' > \"$last\"\nexit 0\n";
    }
    fs::permissions(fake, fs::perms::owner_all);
    const std::string output = dir / "old.mp4";
    {
        std::ofstream f(output, std::ios::binary);
        f << "the previous video";
    }
    VideoExportOptions o = Small();
    o.ffmpeg = fake;
    const VideoExportResult r = RunVideoExport(Doc(), Set(), o, output);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error.rfind("cannot write " + output + ": ffmpeg's output", 0), 0u) << r.error;
    std::ifstream in(output, std::ios::binary);
    std::string kept((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(kept, "the previous video");
    EXPECT_EQ(dir.Files(), (std::set<std::string>{"fake-ffmpeg", "old.mp4"})) << "no temporary file left";
}

TEST_F(VideoExportTest, FfmpegFailureQuotesItsMessage) {
    if (!HaveTool("ffmpeg")) GTEST_SKIP() << "ffmpeg not installed";
    ScratchDir dir("badpreset");
    VideoExportOptions o = Small();
    o.preset = "nosuchpreset";
    const VideoExportResult r = RunVideoExport(Doc(), Set(), o, dir / "x.mp4");
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error.rfind("ffmpeg ", 0), 0u) << r.error;
    EXPECT_NE(r.error.find("nosuchpreset"), std::string::npos) << r.error;
    EXPECT_TRUE(dir.Files().empty());
}

}  // namespace
}  // namespace engagemap
