#include "core/prefs/user_prefs.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

namespace engagemap {
namespace {

using nlohmann::json;

constexpr const char* kFormat = "engagemap-prefs";
constexpr int kVersion = 1;
constexpr std::size_t kMaxPrefsBytes = 1u << 20;  // a prefs file is a few KB; refuse anything huge

// Field readers: a wrong type or value is a problem about that field, which keeps its default.
struct FieldReader {
    const json& object;
    const std::string& name;
    std::vector<std::string>& problems;

    void Problem(const std::string& key, const std::string& what) const {
        problems.push_back(name + ": " + key + ": " + what + "; using the default");
    }
    const json* Find(const char* key) const {
        auto it = object.find(key);
        return it == object.end() ? nullptr : &*it;
    }
    void String(const char* key, std::string& out) const {
        if (const json* v = Find(key)) {
            if (v->is_string()) out = v->get<std::string>();
            else Problem(key, "must be a string");
        }
    }
};

bool ReadInt(const json& v, int& out) {
    if (!v.is_number_integer()) return false;
    const auto n = v.get<std::int64_t>();
    if (n < -1000000 || n > 1000000) return false;  // no screen is that far away
    out = static_cast<int>(n);
    return true;
}

// One monitor's placement; false when any field is wrong (the entry is dropped).
bool ReadPlacement(const json& v, WindowPlacement& out) {
    if (!v.is_object()) return false;
    WindowPlacement p;
    const std::pair<const char*, int*> fields[] = {{"x", &p.x}, {"y", &p.y}, {"width", &p.width}, {"height", &p.height}};
    for (const auto& [key, dst] : fields) {
        auto it = v.find(key);
        if (it == v.end() || !ReadInt(*it, *dst)) return false;
    }
    if (p.width < 1 || p.height < 1) return false;
    if (auto it = v.find("fullscreen"); it != v.end()) {
        if (!it->is_boolean()) return false;
        p.fullscreen = it->get<bool>();
    }
    out = p;
    return true;
}

UserPrefsLoad Corrupt(const std::string& name, const std::string& why) {
    UserPrefsLoad r;
    r.corrupt = true;
    r.problems.push_back(name + ": " + why);
    return r;
}

// Reads at most kMaxPrefsBytes of a regular file without blocking on FIFOs or devices.
bool ReadPrefsFile(const std::string& path, std::string* text, std::string* why, bool* missing) {
    *missing = false;
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *missing = errno == ENOENT;
        *why = std::strerror(errno);
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *why = "not a regular file";
        return false;
    }
    if (static_cast<std::uint64_t>(st.st_size) > kMaxPrefsBytes) {
        ::close(fd);
        *why = "larger than " + std::to_string(kMaxPrefsBytes) + " bytes";
        return false;
    }
    text->resize(static_cast<std::size_t>(st.st_size));
    std::size_t done = 0;
    while (done < text->size()) {
        const ssize_t n = ::read(fd, text->data() + done, text->size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    text->resize(done);
    return true;
}

}  // namespace

UserPrefsLoad ParseUserPrefs(std::string_view text, const std::string& name) {
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        return Corrupt(name, "not valid JSON (at byte " + std::to_string(e.byte) + ")");
    }
    if (!doc.is_object()) return Corrupt(name, "not a preferences file (expected a JSON object)");
    auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() || format->get<std::string>() != kFormat)
        return Corrupt(name, std::string("not a preferences file (\"format\" is not \"") + kFormat + "\")");
    auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer() || version->get<std::int64_t>() != kVersion)
        return Corrupt(name, "unsupported preferences version (this engagemap reads version " +
                                 std::to_string(kVersion) + ")");

    UserPrefsLoad r;
    const FieldReader read{doc, name, r.problems};
    UserPrefs& p = r.prefs;
    if (const json* v = read.Find("theme")) {
        if (v->is_string() && (*v == "light" || *v == "dark")) p.theme = v->get<std::string>();
        else read.Problem("theme", "must be \"light\" or \"dark\"");
    }
    if (const json* v = read.Find("text_scale")) {
        const double s = v->is_number() ? v->get<double>() : NAN;
        if (std::isfinite(s) && s >= kMinTextScale && s <= kMaxTextScale) p.textScale = static_cast<float>(s);
        else read.Problem("text_scale", "must be a number from 0.75 to 3");
    }
    read.String("last_dataset", p.lastDataset);
    if (const json* v = read.Find("recent_storyboards")) {
        const bool ok = v->is_array() && std::all_of(v->begin(), v->end(), [](const json& e) { return e.is_string(); });
        if (ok) {
            // Oldest first, so the most recent (first) ends up first; duplicates and overflow drop out.
            for (auto it = v->rbegin(); it != v->rend(); ++it) AddRecentStoryboard(p, it->get<std::string>());
        } else {
            read.Problem("recent_storyboards", "must be a list of file names");
        }
    }
    read.String("last_monitor", p.lastMonitor);
    if (const json* v = read.Find("windows")) {
        if (!v->is_object()) {
            read.Problem("windows", "must map monitor names to placements");
        } else {
            for (auto it = v->begin(); it != v->end(); ++it) {
                WindowPlacement placement;
                if (ReadPlacement(it.value(), placement)) p.windows[it.key()] = placement;
                else read.Problem("windows." + it.key(), "must be {x, y, width, height, fullscreen} with a positive size");
            }
        }
    }
    return r;
}

std::string SerializeUserPrefs(const UserPrefs& p) {
    json windows = json::object();
    for (const auto& [monitor, w] : p.windows)
        windows[monitor] = {{"x", w.x}, {"y", w.y}, {"width", w.width}, {"height", w.height}, {"fullscreen", w.fullscreen}};
    // Text scale rounded to 1/1000 so the file reads "1.1", not "1.100000023841858".
    const double scale = std::round(static_cast<double>(p.textScale) * 1000.0) / 1000.0;
    json doc = {{"format", kFormat},
                {"version", kVersion},
                {"theme", p.theme},
                {"text_scale", scale},
                {"last_dataset", p.lastDataset},
                {"recent_storyboards", p.recentStoryboards},
                {"last_monitor", p.lastMonitor},
                {"windows", windows}};
    return doc.dump(2) + "\n";
}

UserPrefsLoad LoadUserPrefs(const std::string& path) {
    std::string text, why;
    bool missing = false;
    if (!ReadPrefsFile(path, &text, &why, &missing)) {
        if (missing) return {};
        UserPrefsLoad r;
        r.problems.push_back(path + ": cannot read (" + why + "); using default preferences");
        return r;
    }
    UserPrefsLoad r = ParseUserPrefs(text, path);
    if (!r.corrupt) return r;
    // Keep the unreadable file for the user to look at, and put defaults in its place.
    const std::string backup = path + ".corrupt";
    std::error_code ec;
    std::filesystem::rename(path, backup, ec);
    std::string error;
    if (ec) r.problems.push_back(path + ": cannot move it aside: " + ec.message());
    else if (!SaveUserPrefs(path, r.prefs, &error)) r.problems.push_back(error);
    else r.problems.back() += "; replaced with default preferences (the old file is " + backup + ")";
    return r;
}

bool SaveUserPrefs(const std::string& path, const UserPrefs& prefs, std::string* error,
                   const AtomicWriteOptions& options) {
    const std::filesystem::path dir = std::filesystem::path(path).parent_path();
    std::error_code ec;
    if (!dir.empty()) std::filesystem::create_directories(dir, ec);
    if (ec) {
        if (error) *error = "cannot write " + path + ": cannot create " + dir.string() + ": " + ec.message();
        return false;
    }
    return WriteFileAtomically(path, SerializeUserPrefs(prefs), error, options);
}

std::string UserPrefsPath(const char* xdgConfigHome, const char* home) {
    // The XDG base directory spec: a relative XDG_CONFIG_HOME is invalid and is ignored.
    if (xdgConfigHome && xdgConfigHome[0] == '/') return std::string(xdgConfigHome) + "/engagemap/prefs.json";
    if (home && home[0] == '/') return std::string(home) + "/.config/engagemap/prefs.json";
    return {};
}

std::string UserPrefsPath() { return UserPrefsPath(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME")); }

void AddRecentStoryboard(UserPrefs& prefs, const std::string& path) {
    if (path.empty()) return;
    auto& list = prefs.recentStoryboards;
    list.erase(std::remove(list.begin(), list.end(), path), list.end());
    list.insert(list.begin(), path);
    if (list.size() > kMaxRecentStoryboards) list.resize(kMaxRecentStoryboards);
}

}  // namespace engagemap
