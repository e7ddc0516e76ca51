#include "core/io/file_watcher.hpp"

#include <cpl_vsi.h>

namespace engagemap {

FileWatcher::State FileWatcher::Stat() const {
    State s;
    VSIStatBufL st;
    if (!path_.empty() && VSIStatExL(path_.c_str(), &st, VSI_STAT_EXISTS_FLAG | VSI_STAT_SIZE_FLAG) == 0) {
        s.exists = true;
        s.mtime = static_cast<std::int64_t>(st.st_mtime);
        s.size = static_cast<std::int64_t>(st.st_size);
    }
    return s;
}

void FileWatcher::Watch(const std::string& path, double nowSeconds) {
    path_ = path;
    reported_ = pending_ = Stat();
    pendingSince_ = nowSeconds;
    lastPoll_ = nowSeconds;
}

bool FileWatcher::Poll(double nowSeconds) {
    if (path_.empty() || nowSeconds - lastPoll_ < pollSeconds) return false;
    lastPoll_ = nowSeconds;
    const State now = Stat();
    if (!(now == pending_)) {
        pending_ = now;
        pendingSince_ = nowSeconds;
        return false;
    }
    if (pending_ == reported_ || nowSeconds - pendingSince_ < settleSeconds) return false;
    reported_ = pending_;
    return reported_.exists;  // a deleted file is not "changed" into nothing: keep the data
}

}  // namespace engagemap
