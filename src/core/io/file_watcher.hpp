// FileWatcher: notices when a file changes on disk (for hot reload of the dataset), by polling
// its modification time and size through GDAL's VSI layer. A change is reported once the file
// has stayed the same for a settle time, so a file still being written is not loaded half-way.
// The caller passes the clock (seconds), so tests need no sleeping.
#pragma once

#include <cstdint>
#include <string>

namespace engagemap {

class FileWatcher {
public:
    // Starts watching `path`; its current state is the baseline (no change reported for it).
    void Watch(const std::string& path, double nowSeconds);
    const std::string& Path() const { return path_; }

    // Checks the file (at most every `pollSeconds`). Returns true once per settled change,
    // including the file disappearing and coming back.
    bool Poll(double nowSeconds);

    double pollSeconds = 0.5;    // how often to stat the file
    double settleSeconds = 0.3;  // how long a new state must hold before it is reported

private:
    struct State {
        bool exists = false;
        std::int64_t mtime = 0;
        std::int64_t size = 0;
        bool operator==(const State&) const = default;
    };
    State Stat() const;

    std::string path_;
    State reported_;        // last state reported (or the baseline)
    State pending_;         // newest state seen
    double pendingSince_ = 0;
    double lastPoll_ = -1e300;
};

}  // namespace engagemap
