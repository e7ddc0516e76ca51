// User preferences: round trip, per-field validation, corrupt files replaced by defaults (with a
// message and a backup, never a crash), atomic save, and the XDG location.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "core/prefs/user_prefs.hpp"
#include "scratch_dir.hpp"

using namespace engagemap;
using engagemap::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

std::string ReadAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void WriteText(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

UserPrefs Sample() {
    UserPrefs p;
    p.theme = "dark";
    p.textScale = 1.25f;
    p.lastDataset = "/data/briefing/engagemap.json";
    p.recentStoryboards = {"/home/a/osce.story.json", "/home/a/budapest.story.json"};
    p.lastMonitor = "HDMI-1";
    p.windows["HDMI-1"] = WindowPlacement{1920, 40, 1280, 720, true};
    p.windows["eDP-1"] = WindowPlacement{-10, 0, 1600, 900, false};
    return p;
}

bool Contains(const std::vector<std::string>& lines, const std::string& part) {
    for (const auto& l : lines)
        if (l.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST(UserPrefs, SaveLoadRoundTrip) {
    ScratchDir dir("prefs-roundtrip");
    const std::string path = (dir.Path() / "engagemap/prefs.json").string();  // directory created on save
    std::string error;
    ASSERT_TRUE(SaveUserPrefs(path, Sample(), &error)) << error;
    const UserPrefsLoad r = LoadUserPrefs(path);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front();
    EXPECT_FALSE(r.corrupt);
    EXPECT_EQ(r.prefs, Sample());
    EXPECT_NE(ReadAll(path).find("\"text_scale\": 1.25"), std::string::npos) << ReadAll(path);
}

TEST(UserPrefs, MissingFileGivesDefaultsSilently) {
    ScratchDir dir("prefs-missing");
    const UserPrefsLoad r = LoadUserPrefs((dir.Path() / "prefs.json").string());
    EXPECT_TRUE(r.problems.empty());
    EXPECT_EQ(r.prefs, UserPrefs{});
    EXPECT_TRUE(dir.Files().empty()) << "reading must not create files";
}

// Each kind of unusable file: reported, moved aside byte for byte, defaults written in its place.
TEST(UserPrefs, CorruptFileIsReportedKeptAsideAndReplacedWithDefaults) {
    const struct {
        const char* text;
        const char* message;
    } cases[] = {
        {"{\"format\": \"engagemap-prefs\", \"version\": 1, \"theme\": ", "not valid JSON (at byte "},
        {"", "not valid JSON"},
        {"\x89PNG\r\n\x1a\n", "not valid JSON"},
        {"[1, 2, 3]", "not a preferences file (expected a JSON object)"},
        {"{\"theme\": \"dark\"}", "not a preferences file (\"format\" is not \"engagemap-prefs\")"},
        {"{\"format\": \"engagemap-prefs\", \"version\": 99}", "unsupported preferences version"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.message);
        ScratchDir dir("prefs-corrupt");
        const fs::path path = dir.Path() / "prefs.json";
        WriteText(path, c.text);
        const UserPrefsLoad r = LoadUserPrefs(path.string());
        EXPECT_TRUE(r.corrupt);
        EXPECT_EQ(r.prefs, UserPrefs{});
        ASSERT_EQ(r.problems.size(), 1u);
        EXPECT_NE(r.problems[0].find(path.string() + ": " + c.message), std::string::npos) << r.problems[0];
        EXPECT_NE(r.problems[0].find("replaced with default preferences (the old file is " + path.string() + ".corrupt)"),
                  std::string::npos)
            << r.problems[0];
        EXPECT_EQ(ReadAll(path.string() + ".corrupt"), c.text);
        EXPECT_EQ(dir.Files(), (std::set<std::string>{"prefs.json", "prefs.json.corrupt"}));
        // The replacement is valid and loads cleanly the next time.
        const UserPrefsLoad again = LoadUserPrefs(path.string());
        EXPECT_TRUE(again.problems.empty());
        EXPECT_EQ(again.prefs, UserPrefs{});
    }
}

// A bad value costs only itself: the rest of the file is kept, each problem is named.
TEST(UserPrefs, BadFieldsFallBackOneByOne) {
    const std::string text = R"({"format": "engagemap-prefs", "version": 1,
        "theme": "neon", "text_scale": 9, "last_dataset": 42,
        "recent_storyboards": ["/a.json", "/b.json", "/a.json"],
        "last_monitor": "DP-2",
        "windows": {"DP-2": {"x": 10, "y": 20, "width": 800, "height": 600},
                    "bad": {"x": 1, "y": 2, "width": 0, "height": 600},
                    "worse": "left"},
        "future_setting": true})";
    const UserPrefsLoad r = ParseUserPrefs(text, "prefs.json");
    EXPECT_FALSE(r.corrupt);
    EXPECT_EQ(r.prefs.theme, "light");
    EXPECT_EQ(r.prefs.textScale, 1.0f);
    EXPECT_EQ(r.prefs.lastDataset, "");
    EXPECT_EQ(r.prefs.recentStoryboards, (std::vector<std::string>{"/a.json", "/b.json"}));
    EXPECT_EQ(r.prefs.lastMonitor, "DP-2");
    ASSERT_EQ(r.prefs.windows.size(), 1u);
    EXPECT_EQ(r.prefs.windows.at("DP-2"), (WindowPlacement{10, 20, 800, 600, false}));
    EXPECT_EQ(r.problems.size(), 5u);
    EXPECT_TRUE(Contains(r.problems, "prefs.json: theme: must be \"light\" or \"dark\"; using the default"));
    EXPECT_TRUE(Contains(r.problems, "prefs.json: text_scale: must be a number from 0.75 to 3"));
    EXPECT_TRUE(Contains(r.problems, "prefs.json: last_dataset: must be a string"));
    EXPECT_TRUE(Contains(r.problems, "prefs.json: windows.bad: "));
    EXPECT_TRUE(Contains(r.problems, "prefs.json: windows.worse: "));
}

TEST(UserPrefs, NotARegularFileIsReportedAndLeftAlone) {
    ScratchDir dir("prefs-dir");
    const fs::path path = dir.Path() / "prefs.json";
    fs::create_directory(path);
    const UserPrefsLoad r = LoadUserPrefs(path.string());
    EXPECT_EQ(r.prefs, UserPrefs{});
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_NE(r.problems[0].find("not a regular file"), std::string::npos) << r.problems[0];
    EXPECT_TRUE(fs::is_directory(path));
    // A FIFO must not block the start of the app.
    const fs::path fifo = dir.Path() / "fifo.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const UserPrefsLoad f = LoadUserPrefs(fifo.string());
    EXPECT_EQ(f.prefs, UserPrefs{});
    EXPECT_EQ(f.problems.size(), 1u);
}

// A failed save at any step leaves the previous file byte for byte and no temporary file.
TEST(UserPrefs, SaveIsAtomic) {
    ScratchDir dir("prefs-atomic");
    const std::string path = (dir.Path() / "prefs.json").string();
    std::string error;
    ASSERT_TRUE(SaveUserPrefs(path, Sample(), &error)) << error;
    const std::string before = ReadAll(path);
    UserPrefs edited = Sample();
    edited.theme = "light";
    edited.windows.clear();
    for (AtomicWriteFault fault : {AtomicWriteFault::CreateTemp, AtomicWriteFault::Write, AtomicWriteFault::Sync,
                                   AtomicWriteFault::Rename}) {
        error.clear();
        EXPECT_FALSE(SaveUserPrefs(path, edited, &error, AtomicWriteOptions{fault}));
        EXPECT_NE(error.find("cannot write " + path), std::string::npos) << error;
        EXPECT_EQ(ReadAll(path), before);
        EXPECT_EQ(dir.Files(), std::set<std::string>{"prefs.json"});
    }
    ASSERT_TRUE(SaveUserPrefs(path, edited, &error)) << error;
    EXPECT_EQ(LoadUserPrefs(path).prefs, edited);
    EXPECT_EQ(dir.Files(), std::set<std::string>{"prefs.json"});
}

TEST(UserPrefs, SaveWhereNoDirectoryCanBeMadeFails) {
    ScratchDir dir("prefs-nodir");
    WriteText(dir.Path() / "file", "x");
    std::string error;
    EXPECT_FALSE(SaveUserPrefs((dir.Path() / "file/engagemap/prefs.json").string(), Sample(), &error));
    EXPECT_NE(error.find("cannot create"), std::string::npos) << error;
}

TEST(UserPrefs, LocationFollowsXdgConfigHome) {
    EXPECT_EQ(UserPrefsPath("/x/config", "/home/a"), "/x/config/engagemap/prefs.json");
    EXPECT_EQ(UserPrefsPath(nullptr, "/home/a"), "/home/a/.config/engagemap/prefs.json");
    EXPECT_EQ(UserPrefsPath("", "/home/a"), "/home/a/.config/engagemap/prefs.json");
    EXPECT_EQ(UserPrefsPath("relative/dir", "/home/a"), "/home/a/.config/engagemap/prefs.json");
    EXPECT_EQ(UserPrefsPath(nullptr, nullptr), "");
}

TEST(UserPrefs, RecentStoryboardsMostRecentFirstWithoutDuplicates) {
    UserPrefs p;
    for (int i = 0; i < 12; ++i) AddRecentStoryboard(p, "/s" + std::to_string(i) + ".json");
    ASSERT_EQ(p.recentStoryboards.size(), kMaxRecentStoryboards);
    EXPECT_EQ(p.recentStoryboards.front(), "/s11.json");
    EXPECT_EQ(p.recentStoryboards.back(), "/s2.json");
    AddRecentStoryboard(p, "/s5.json");
    EXPECT_EQ(p.recentStoryboards.front(), "/s5.json");
    EXPECT_EQ(std::count(p.recentStoryboards.begin(), p.recentStoryboards.end(), "/s5.json"), 1);
    AddRecentStoryboard(p, "");
    EXPECT_EQ(p.recentStoryboards.front(), "/s5.json");
}
