// Storyboards: the JSON form (round trip, one bad file per validation rule in tests/data/story/, each
// error asserted with file, line, column, JSON path and field), the atomic save under simulated
// failures, and the editing helpers.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <unistd.h>

#include "core/story/storyboard.hpp"

using namespace engagemap;
namespace fs = std::filesystem;

namespace {

const std::string kDir = std::string(ENGAGEMAP_TEST_DATA_DIR) + "/story/";

// Checks that `name` is refused with exactly one error, located and worded as expected.
void ExpectOneError(const std::string& name, int line, int column, const std::string& path, const std::string& field,
                    const std::string& message) {
    SCOPED_TRACE(name);
    StoryboardLoadResult r = LoadStoryboard(kDir + name);
    EXPECT_FALSE(r.Ok());
    EXPECT_TRUE(r.storyboard.slides.empty()) << "a refused file must yield no slides";
    ASSERT_EQ(r.errors.size(), 1u) << (r.errors.empty() ? "" : r.errors[0].ToString() + " / " + r.errors[1].ToString());
    const LoadError& e = r.errors[0];
    EXPECT_EQ(e.file, kDir + name);
    EXPECT_EQ(e.line, line);
    EXPECT_EQ(e.column, column);
    EXPECT_EQ(e.path, path);
    EXPECT_EQ(e.field, field);
    EXPECT_EQ(e.message, message);
}

std::string ReadAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void WriteAll(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
}

// A fresh, empty scratch directory per test, removed afterwards.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& name) {
        path_ = fs::temp_directory_path() / ("engagemap-story-" + std::to_string(::getpid()) + "-" + name);
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& Path() const { return path_; }
    // Names of the files in the directory, sorted.
    std::set<std::string> Files() const {
        std::set<std::string> names;
        for (const auto& e : fs::directory_iterator(path_)) names.insert(e.path().filename().string());
        return names;
    }

private:
    fs::path path_;
};

Storyboard Sample() {
    StoryboardLoadResult r = LoadStoryboard(kDir + "briefing.story.json");
    EXPECT_TRUE(r.Ok()) << (r.errors.empty() ? "" : r.errors[0].ToString());
    return r.storyboard;
}

}  // namespace

TEST(Storyboard, ValidFileLoads) {
    StoryboardLoadResult r = LoadStoryboard(kDir + "briefing.story.json");
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    EXPECT_TRUE(r.warnings.empty());
    const Storyboard& s = r.storyboard;
    EXPECT_EQ(s.version, 1);
    EXPECT_EQ(s.title, "International cyberspace policy, 2001-2025");
    ASSERT_EQ(s.slides.size(), 4u);

    const Slide& a = s.slides[0];
    EXPECT_EQ(a.view.kind, ViewKind::InstrumentStatus);
    EXPECT_EQ(a.view.instrumentA, "budapest");
    EXPECT_EQ(a.view.instrumentB, "");
    EXPECT_EQ(a.view.projection, ProjectionKind::EqualEarth);
    EXPECT_TRUE(a.view.signaturesCount);
    EXPECT_EQ(a.view.theme, Theme::Light);
    ASSERT_TRUE(a.date);
    EXPECT_EQ(ToString(*a.date), "2024-10-31");
    EXPECT_FALSE(a.range);
    EXPECT_FALSE(a.playSeconds);

    const Slide& b = s.slides[1];
    EXPECT_EQ(b.view.regions, std::vector<std::string>{"Europe"});
    EXPECT_EQ(b.view.projection, ProjectionKind::Robinson);
    EXPECT_EQ(b.view.camera, (SlideCamera{15.5, 52.25, 3.75}));
    ASSERT_TRUE(b.range);
    EXPECT_EQ(ToString(b.range->from), "2001-11-23");
    EXPECT_EQ(ToString(b.range->to), "2025-12-31");
    EXPECT_EQ(b.playSeconds, 12.5);
    EXPECT_FALSE(b.date);

    const Slide& c = s.slides[2];
    EXPECT_EQ(c.view.kind, ViewKind::Compare);
    EXPECT_EQ(c.view.instrumentA, "budapest");
    EXPECT_EQ(c.view.instrumentB, "malabo");
    EXPECT_EQ(c.view.kinds, std::vector<std::string>{"treaty"});
    EXPECT_EQ(c.view.camera, (SlideCamera{20, 5, 2.5}));  // integers in the file read as numbers
    EXPECT_FALSE(c.playSeconds);

    const Slide& d = s.slides[3];
    EXPECT_EQ(d.view.kind, ViewKind::Breadth);
    EXPECT_EQ(d.view.instrumentA, "");
    EXPECT_EQ(d.caption, "How many forums and programmes each country takes part in.");
    EXPECT_EQ(d.view.projection, ProjectionKind::WebMercator);
    EXPECT_FALSE(d.date);
    EXPECT_FALSE(d.range);
}

TEST(Storyboard, DefaultsForOptionalFields) {
    StoryboardLoadResult r = ParseStoryboard(
        R"({"format": "engagemap-storyboard", "version": 1, "slides": [{"view": "breadth"}]})", "mem.json");
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    ASSERT_EQ(r.storyboard.slides.size(), 1u);
    Slide expected;
    expected.view.kind = ViewKind::Breadth;
    EXPECT_EQ(r.storyboard.slides[0], expected);
    EXPECT_FALSE(r.storyboard.slides[0].view.camera);  // the whole world
    EXPECT_TRUE(r.storyboard.slides[0].view.signaturesCount);
}

TEST(Storyboard, SaveLoadRoundTripGivesEqualStructs) {
    Storyboard s = Sample();
    // Values that do not print exactly in decimal, and text that needs escaping.
    s.slides[1].view.camera = SlideCamera{-73.123456789012345, 0.1 + 0.2, 4.0 / 3.0};
    s.slides[2].view.signaturesCount = false;  // every view option is saved
    s.slides[3].view.theme = Theme::Dark;
    s.slides[3].notes = "Speaker notes";
    ASSERT_EQ(s.slides[3].view.kind, ViewKind::Breadth);
    s.slides[3].view.instrumentIds = {"budapest", "foc"};  // the breadth checklist is saved too
    s.slides[0].caption = "Quotes \" and backslashes \\, a tab\t, and UTF-8: Côte d'Ivoire, 日本";
    s.slides[2].playSeconds = 7.25;
    ScratchDir dir("roundtrip");
    const std::string path = (dir.Path() / "briefing.story.json").string();
    std::string error;
    ASSERT_TRUE(SaveStoryboard(path, s, &error)) << error;
    StoryboardLoadResult r = LoadStoryboard(path);
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    EXPECT_EQ(r.storyboard, s);
    EXPECT_EQ(dir.Files(), std::set<std::string>{"briefing.story.json"});
    // Writing what was read gives the same text (stable key order).
    EXPECT_EQ(WriteStoryboardJson(r.storyboard), ReadAll(path));
}

TEST(Storyboard, EmptyStoryboardRoundTrips) {
    Storyboard s;
    StoryboardLoadResult r = ParseStoryboard(WriteStoryboardJson(s), "mem.json");
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    EXPECT_EQ(r.storyboard, s);
}

// A failed save at any step leaves the previous file byte for byte, and no temporary file.
TEST(Storyboard, AtomicSaveSurvivesSimulatedFailures) {
    ScratchDir dir("atomic");
    const fs::path path = dir.Path() / "briefing.story.json";
    const Storyboard before = Sample();
    std::string error;
    ASSERT_TRUE(SaveStoryboard(path.string(), before, &error)) << error;
    const std::string original = ReadAll(path);

    Storyboard edited = before;
    edited.title = "Edited";
    edited.slides.clear();
    const struct {
        AtomicWriteFault fault;
        const char* reason;
    } faults[] = {{AtomicWriteFault::CreateTemp, "cannot create a temporary file (simulated)"},
                  {AtomicWriteFault::Write, "write failed (simulated)"},
                  {AtomicWriteFault::Sync, "fsync failed (simulated)"},
                  {AtomicWriteFault::Rename, "rename failed (simulated)"}};
    for (const auto& f : faults) {
        SCOPED_TRACE(f.reason);
        error.clear();
        EXPECT_FALSE(SaveStoryboard(path.string(), edited, &error, AtomicWriteOptions{f.fault}));
        EXPECT_EQ(error, "cannot write " + path.string() + ": " + f.reason);
        EXPECT_EQ(ReadAll(path), original);
        EXPECT_EQ(dir.Files(), std::set<std::string>{"briefing.story.json"});
        StoryboardLoadResult r = LoadStoryboard(path.string());
        ASSERT_TRUE(r.Ok());
        EXPECT_EQ(r.storyboard, before);
    }
    // And without a fault the new content replaces the old.
    ASSERT_TRUE(SaveStoryboard(path.string(), edited, &error)) << error;
    EXPECT_EQ(LoadStoryboard(path.string()).storyboard, edited);
    EXPECT_EQ(dir.Files(), std::set<std::string>{"briefing.story.json"});
}

TEST(Storyboard, AtomicSaveKeepsPermissions) {
    ScratchDir dir("mode");
    const fs::path path = dir.Path() / "s.json";
    WriteAll(path, "old");
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    std::string error;
    ASSERT_TRUE(SaveStoryboard(path.string(), Sample(), &error)) << error;
    EXPECT_EQ(fs::status(path).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

TEST(Storyboard, SaveIntoMissingDirectoryFailsCleanly) {
    ScratchDir dir("missing");
    const std::string path = (dir.Path() / "no-such-dir" / "s.json").string();
    std::string error;
    EXPECT_FALSE(SaveStoryboard(path, Sample(), &error));
    EXPECT_EQ(error.rfind("cannot write " + path + ": cannot create a temporary file in ", 0), 0u) << error;
    EXPECT_NE(error.find("No such file or directory"), std::string::npos) << error;
    EXPECT_TRUE(dir.Files().empty());
}

// Root ignores directory permissions (the test command runs as root): there the failure to create
// the temporary file is injected instead, so the promise is checked either way.
TEST(Storyboard, SaveIntoReadOnlyDirectoryKeepsPreviousFile) {
    const bool root = ::geteuid() == 0;
    ScratchDir dir("readonly");
    const fs::path path = dir.Path() / "s.json";
    std::string error;
    ASSERT_TRUE(SaveStoryboard(path.string(), Sample(), &error)) << error;
    const std::string original = ReadAll(path);
    fs::permissions(dir.Path(), fs::perms::owner_read | fs::perms::owner_exec);
    Storyboard edited;
    AtomicWriteOptions options;
    if (root) options.simulateFault = AtomicWriteFault::CreateTemp;
    EXPECT_FALSE(SaveStoryboard(path.string(), edited, &error, options));
    fs::permissions(dir.Path(), fs::perms::owner_all);
    EXPECT_NE(error.find(root ? "cannot create a temporary file" : "Permission denied"), std::string::npos) << error;
    EXPECT_EQ(ReadAll(path), original);
    EXPECT_EQ(dir.Files(), std::set<std::string>{"s.json"});
}

// An existing target that is a device is refused, not replaced (rename would swap /dev/full).
TEST(Storyboard, SaveOverADeviceIsRefused) {
    std::string error;
    EXPECT_FALSE(SaveStoryboard("/dev/full", Sample(), &error));
    EXPECT_EQ(error, "cannot write /dev/full: not a regular file; refusing to replace it");
}

TEST(Storyboard, SaveOverADirectoryIsRefused) {
    ScratchDir dir("isdir");
    std::string error;
    EXPECT_FALSE(SaveStoryboard(dir.Path().string(), Sample(), &error));
    EXPECT_EQ(error, "cannot write " + dir.Path().string() + ": is a directory");
}

// ---- one bad file per rule -------------------------------------------------------------------

TEST(StoryboardValidation, UnknownField) {
    ExpectOneError("bad_unknown_field.json", 8, 7, "/slides/0/colour", "colour",
                   "unknown field 'colour' (allowed: title, caption, notes, view, instruments, filters, "
                   "signatures_count, projection, theme, camera, date, from, to, play_seconds, legend, text_scale, footnote, hub, central_meridian, labels)");
}

TEST(StoryboardValidation, WrongType) {
    ExpectOneError("bad_wrong_type.json", 6, 16, "/slides/0/title", "title", "wrong type: expected string, got integer");
}

TEST(StoryboardValidation, ImpossibleDate) {
    ExpectOneError("bad_date.json", 8, 15, "/slides/0/date", "date",
                   "not a date: \"2023-02-30\" (expected a real calendar day as YYYY-MM-DD)");
}

TEST(StoryboardValidation, UnknownProjection) {
    ExpectOneError("bad_projection.json", 8, 21, "/slides/0/projection", "projection",
                   "unknown projection \"mollweide\" (expected equal-earth, robinson, natural-earth, equirectangular or "
                   "web-mercator)");
}

TEST(StoryboardValidation, UnknownView) {
    ExpectOneError("bad_view.json", 6, 15, "/slides/0/view", "view",
                   "unknown view \"globe\" (expected instrument, breadth or compare)");
}

TEST(StoryboardValidation, MissingView) {
    ExpectOneError("bad_missing_view.json", 5, 5, "/slides/0", "view", "missing required field 'view'");
}

TEST(StoryboardValidation, RangeOutOfOrder) {
    ExpectOneError("bad_range_order.json", 9, 13, "/slides/0/to", "to",
                   "range ends before it starts: 2010-01-01 is before 2020-01-01");
}

TEST(StoryboardValidation, HalfARange) {
    ExpectOneError("bad_range_half.json", 8, 15, "/slides/0/from", "from", "a date range needs both 'from' and 'to'");
}

TEST(StoryboardValidation, DateAndRange) {
    ExpectOneError("bad_date_and_range.json", 8, 15, "/slides/0/date", "date",
                   "a slide has either 'date' or a range ('from', 'to'), not both");
}

TEST(StoryboardValidation, PlaySecondsWithoutRange) {
    ExpectOneError("bad_play_seconds.json", 9, 23, "/slides/0/play_seconds", "play_seconds",
                   "'play_seconds' needs a range ('from', 'to')");
}

TEST(StoryboardValidation, CameraOutOfRange) {
    ExpectOneError("bad_camera.json", 8, 48, "/slides/0/camera/zoom", "zoom", "must be between 0.5 and 200, got 0");
}

TEST(StoryboardValidation, InstrumentCountForView) {
    ExpectOneError("bad_instrument_count.json", 7, 22, "/slides/0/instruments", "instruments",
                   "a \"compare\" slide names exactly two instruments, got 1");
}

TEST(StoryboardValidation, BreadthNamesNoInstruments) {
    StoryboardLoadResult r = ParseStoryboard(
        R"({"format": "engagemap-storyboard", "version": 1, "slides": [{"view": "breadth", "instruments": ["foc"]}]})",
        "mem.json");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].path, "/slides/0/instruments");
    EXPECT_EQ(r.errors[0].message,
              "a \"breadth\" slide names no instruments (it counts those its pillar and kind filters select), got 1");
}

TEST(StoryboardValidation, UnknownInstrumentKind) {
    ExpectOneError("bad_kind.json", 7, 39, "/slides/0/filters/kinds/1", "kinds",
                   "unknown instrument kind \"alliance\" (expected treaty, forum or program)");
}

TEST(StoryboardValidation, UnsupportedVersion) {
    ExpectOneError("bad_version.json", 3, 14, "/version", "version", "unsupported version 7 (this build reads version 1)");
}

TEST(StoryboardValidation, WrongFormat) {
    ExpectOneError("bad_format.json", 2, 13, "/format", "format",
                   "expected \"engagemap-storyboard\", got \"engagemap-dataset\"");
}

TEST(StoryboardValidation, DuplicateKey) {
    // The JSON reader reports duplicates at the key, by field (it does not build a path for them).
    ExpectOneError("bad_duplicate_key.json", 7, 7, "", "view",
                   "duplicate key 'view' (the first value is kept)");
}

TEST(StoryboardValidation, SyntaxErrorIsLocated) {
    StoryboardLoadResult r = LoadStoryboard(kDir + "bad_syntax.json");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].line, 5);
    EXPECT_GT(r.errors[0].column, 0);
    EXPECT_EQ(r.errors[0].message, "syntax error while parsing object key - unexpected ','; expected string literal");
}

TEST(StoryboardValidation, DepthLimit) {
    StoryboardLoadResult r = LoadStoryboard(kDir + "bad_deep.json");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_NE(r.errors[0].message.find("deeper than 16"), std::string::npos) << r.errors[0].message;
}

TEST(StoryboardValidation, SizeLimit) {
    StoryboardLoadOptions o;
    o.maxBytes = 100;
    StoryboardLoadResult r = LoadStoryboard(kDir + "briefing.story.json", o);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].message.rfind("file is ", 0), 0u) << r.errors[0].message;
    EXPECT_NE(r.errors[0].message.find("more than the limit of 100 bytes"), std::string::npos);
}

TEST(StoryboardValidation, MissingFile) {
    StoryboardLoadResult r = LoadStoryboard(kDir + "no_such_file.json");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].message, "cannot open: no such file or not readable");
}

TEST(StoryboardValidation, AllErrorsTogetherInFileOrder) {
    StoryboardLoadResult r = LoadStoryboard(kDir + "bad_many.json");
    ASSERT_EQ(r.errors.size(), 4u);
    EXPECT_EQ(r.errors[0].path, "/slides/0/projection");
    EXPECT_EQ(r.errors[0].line, 8);
    EXPECT_EQ(r.errors[1].path, "/slides/0/date");
    EXPECT_EQ(r.errors[1].line, 9);
    EXPECT_EQ(r.errors[2].path, "/slides/1/instruments");
    EXPECT_EQ(r.errors[2].line, 13);
    EXPECT_EQ(r.errors[2].message, "wrong type: expected array of strings, got string");
    EXPECT_EQ(r.errors[3].path, "/slides/1/speed");
    EXPECT_EQ(r.errors[3].line, 14);
    EXPECT_TRUE(r.storyboard.slides.empty());
}

TEST(StoryboardValidation, UnknownDatasetReferencesAreLocatedErrors) {
    const std::set<std::string> instruments = {"budapest"}, pillars = {"law-enforcement"}, regions = {"Africa"};
    StoryboardLoadOptions o;
    o.knownInstruments = &instruments;
    o.knownPillars = &pillars;
    o.knownRegions = &regions;
    // A slide that names what the data does not have cannot be shown: the file is refused, each
    // reference located (file:line:column, JSON path, field) like the dataset validator's errors.
    StoryboardLoadResult r = LoadStoryboard(kDir + "briefing.story.json", o);
    EXPECT_FALSE(r.Ok());
    EXPECT_TRUE(r.storyboard.slides.empty());
    ASSERT_EQ(r.errors.size(), 3u);
    EXPECT_EQ(r.errors[0].path, "/slides/1/filters/regions/0");
    EXPECT_EQ(r.errors[0].field, "regions");
    EXPECT_GT(r.errors[0].line, 0);
    EXPECT_GT(r.errors[0].column, 0);
    EXPECT_EQ(r.errors[0].message, "region 'Europe' is not in the current dataset");
    EXPECT_EQ(r.errors[1].path, "/slides/2/instruments/1");
    EXPECT_EQ(r.errors[1].message, "instrument 'malabo' is not in the current dataset");
    EXPECT_EQ(r.errors[2].path, "/slides/3/filters/pillars/0");
    EXPECT_NE(r.errors[0].ToString().find("briefing.story.json:"), std::string::npos) << r.errors[0].ToString();
}

TEST(StoryboardValidation, NeverThrowsOnGarbage) {
    for (const char* text : {"", "null", "[]", "\"x\"", "{\"slides\": {}}", "{\"format\": 1, \"version\": \"1\"}",
                             "{\"format\": \"engagemap-storyboard\", \"version\": 1, \"slides\": [1, [], null]}",
                             "\xff\xfe{}"}) {
        SCOPED_TRACE(text);
        StoryboardLoadResult r;
        EXPECT_NO_THROW(r = ParseStoryboard(text, "mem.json"));
        EXPECT_FALSE(r.Ok());
    }
}

// ---- editing ---------------------------------------------------------------------------------

namespace {
std::vector<std::string> Titles(const Storyboard& s) {
    std::vector<std::string> t;
    for (const auto& slide : s.slides) t.push_back(slide.title);
    return t;
}
Slide Titled(const char* t) {
    Slide s;
    s.title = t;
    return s;
}
}  // namespace

TEST(StoryboardEditing, AddUpdateMoveDelete) {
    Storyboard s;
    EXPECT_EQ(AddSlide(s, Titled("a")), 0u);
    EXPECT_EQ(AddSlide(s, Titled("c")), 1u);
    EXPECT_EQ(AddSlide(s, Titled("b"), 1), 1u);
    EXPECT_EQ(AddSlide(s, Titled("z"), 99), 3u);
    EXPECT_EQ(Titles(s), (std::vector<std::string>{"a", "b", "c", "z"}));

    EXPECT_TRUE(UpdateSlide(s, 3, Titled("d")));
    EXPECT_FALSE(UpdateSlide(s, 4, Titled("x")));
    EXPECT_EQ(Titles(s), (std::vector<std::string>{"a", "b", "c", "d"}));

    EXPECT_TRUE(MoveSlide(s, 0, 2));  // a moves to index 2
    EXPECT_EQ(Titles(s), (std::vector<std::string>{"b", "c", "a", "d"}));
    EXPECT_TRUE(MoveSlide(s, 3, 0));  // d to the front
    EXPECT_EQ(Titles(s), (std::vector<std::string>{"d", "b", "c", "a"}));
    EXPECT_TRUE(MoveSlide(s, 1, 1));
    EXPECT_FALSE(MoveSlide(s, 4, 0));
    EXPECT_FALSE(MoveSlide(s, 0, 4));
    EXPECT_EQ(Titles(s), (std::vector<std::string>{"d", "b", "c", "a"}));

    EXPECT_TRUE(DeleteSlide(s, 0));
    EXPECT_FALSE(DeleteSlide(s, 3));
    EXPECT_EQ(Titles(s), (std::vector<std::string>{"b", "c", "a"}));
}

TEST(Storyboard, ViewOptionsAreReadAndOldFilesKeepDefaults) {
    StoryboardLoadResult r = ParseStoryboard(
        R"({"format": "engagemap-storyboard", "version": 1, "slides": [
             {"view": "compare", "instruments": ["a", "b"], "signatures_count": false, "theme": "dark",
              "notes": "n"},
             {"view": "status", "instruments": ["a"]}]})",
        "mem.json");
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    const ViewState& v = r.storyboard.slides[0].view;
    EXPECT_FALSE(v.signaturesCount);
    EXPECT_EQ(v.theme, Theme::Dark);
    EXPECT_EQ(r.storyboard.slides[0].notes, "n");
    EXPECT_EQ(r.storyboard.slides[1].view.kind, ViewKind::InstrumentStatus);  // "status" reads as "instrument"
    StoryboardLoadResult bad = ParseStoryboard(
        R"({"format": "engagemap-storyboard", "version": 1, "slides": [{"view": "breadth", "theme": "blue",
             "signatures_count": 1}]})",
        "mem.json");
    ASSERT_EQ(bad.errors.size(), 2u);
    EXPECT_EQ(bad.errors[0].field, "theme");  // in file order
    EXPECT_EQ(bad.errors[1].field, "signatures_count");
}

TEST(StoryboardEditing, StillDateIsTheDateOrTheEndOfTheRange) {
    const Storyboard s = Sample();
    EXPECT_EQ(SlideStillDate(s.slides[0]), s.slides[0].date);
    EXPECT_EQ(SlideStillDate(s.slides[1]), s.slides[1].range->to);
    EXPECT_FALSE(SlideStillDate(s.slides[3]));
}

TEST(StoryboardEditing, DefaultPathSitsNextToTheDataset) {
    EXPECT_EQ(DefaultStoryboardPath("datasets/engagemap.json"), "datasets/engagemap.story.json");
    EXPECT_EQ(DefaultStoryboardPath("/data/v1.2/my"), "/data/v1.2/my.story.json");
}

namespace engagemap {
namespace {

// The overlay's options of a slide (legend placement, text scale, footnote) survive a save and load.
TEST(StoryboardOverlayFields, RoundTrip) {
    Storyboard story;
    Slide slide;
    slide.view.instrumentA = "budapest";
    slide.view.legend = LegendPlacement::Outside;
    slide.view.textScale = 1.5;
    slide.view.footnote = false;
    story.slides.push_back(slide);
    const std::string text = WriteStoryboardJson(story);
    EXPECT_NE(text.find("\"legend\": \"outside\""), std::string::npos) << text;
    const StoryboardLoadResult loaded = ParseStoryboard(text, "test.json");
    ASSERT_TRUE(loaded.errors.empty()) << loaded.errors.front().ToString();
    ASSERT_EQ(loaded.storyboard.slides.size(), 1u);
    EXPECT_EQ(loaded.storyboard.slides[0].view.legend, LegendPlacement::Outside);
    EXPECT_DOUBLE_EQ(loaded.storyboard.slides[0].view.textScale, 1.5);
    EXPECT_FALSE(loaded.storyboard.slides[0].view.footnote);
}

// A slide's central meridian is saved as central_meridian and read back; out of range is refused.
TEST(StoryboardCentralMeridian, RoundTripAndRange) {
    Storyboard story;
    Slide slide;
    slide.view.instrumentA = "budapest";
    slide.view.centralMeridian = 170.0;
    story.slides.push_back(slide);
    const std::string text = WriteStoryboardJson(story);
    EXPECT_NE(text.find("\"central_meridian\": 170"), std::string::npos) << text;
    const StoryboardLoadResult loaded = ParseStoryboard(text, "test.json");
    ASSERT_TRUE(loaded.errors.empty()) << loaded.errors.front().ToString();
    EXPECT_EQ(loaded.storyboard.slides[0], slide);
    std::string bad = text;
    bad.replace(bad.find("170"), 3, "190");
    EXPECT_FALSE(ParseStoryboard(bad, "test.json").errors.empty());
}

// A slide's labels: an array of ISO3 codes, "changed" or "all" are read, saved and read back;
// anything else is a located error naming what is expected.
TEST(StoryboardLabels, ReadSaveAndErrors) {
    for (const char* labels : {R"(["TON", "kir", "FJI"])", R"("changed")", R"("all")"}) {
        const std::string text = std::string(R"({"format": "engagemap-storyboard", "version": 1, "slides": [)") +
                                 R"({"view": "instrument", "instruments": ["budapest"], "labels": )" + labels + "}]}";
        const StoryboardLoadResult loaded = ParseStoryboard(text, "labels.json");
        ASSERT_TRUE(loaded.errors.empty()) << labels << ": " << loaded.errors.front().ToString();
        const Slide& slide = loaded.storyboard.slides.at(0);
        EXPECT_FALSE(slide.view.labels.Empty()) << labels;
        const StoryboardLoadResult again = ParseStoryboard(WriteStoryboardJson(loaded.storyboard), "again.json");
        ASSERT_TRUE(again.errors.empty());
        EXPECT_EQ(again.storyboard.slides.at(0), slide) << labels;
    }
    const std::string list = R"({"format": "engagemap-storyboard", "version": 1, "slides": [)"
                             R"({"view": "instrument", "instruments": ["budapest"], "labels": ["TON", "kir"]}]})";
    const LabelSelection read = ParseStoryboard(list, "l.json").storyboard.slides.at(0).view.labels;
    EXPECT_EQ(read.mode, LabelSelection::Mode::Countries);
    EXPECT_EQ(read.countries, (std::vector<std::string>{"TON", "KIR"}));

    const struct {
        const char* labels;
        const char* message;
    } bad[] = {
        {R"("some")", "unknown labels \"some\" (expected \"changed\", \"all\", \"none\" or an array of ISO3 codes)"},
        {R"(["Tonga"])", "labels: 'Tonga' is not an ISO 3166 alpha-3 code (expected e.g. TON,KIR,FJI, changed or all)"},
        {R"(7)", "wrong type: expected array of ISO3 codes, or \"changed\" or \"all\", got integer"},
        {R"(["TON", 3])", "wrong type: expected ISO3 code string, got integer"},
    };
    for (const auto& b : bad) {
        const std::string text = std::string(R"({"format": "engagemap-storyboard", "version": 1, "slides": [)") +
                                 R"({"view": "instrument", "instruments": ["budapest"], "labels": )" + b.labels + "}]}";
        const StoryboardLoadResult loaded = ParseStoryboard(text, "bad.json");
        ASSERT_EQ(loaded.errors.size(), 1u) << b.labels;
        EXPECT_EQ(loaded.errors[0].message, b.message) << b.labels;
    }
}

}  // namespace
}  // namespace engagemap
