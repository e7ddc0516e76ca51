// Atomic file replacement for files the user edits in the app (storyboards): the new content goes to
// a temporary file in the same directory, is flushed to disk (fsync), then renamed over the target,
// and the directory is synced. A crash or failure at any step leaves either the old file or the new
// one, never a mix, and no temporary file behind. POSIX paths only (not GDAL VSI).
#pragma once

#include <string>
#include <string_view>

namespace engagemap {

// A step of WriteFileAtomically at which a test can make it fail (as a full disk or I/O error would).
enum class AtomicWriteFault {
    None,
    CreateTemp,  // the temporary file cannot be created (e.g. directory not writable)
    Write,       // writing fails half-way (e.g. disk full)
    Sync,        // fsync fails
    Rename,      // the final rename fails
};

struct AtomicWriteOptions {
    AtomicWriteFault simulateFault = AtomicWriteFault::None;  // tests only
};

// Replaces `path` with `contents` atomically. An existing file keeps its permission bits (a new one
// gets 0644). Returns false with *error ("cannot write FILE: reason") when any step fails; then
// `path` is exactly as before and the temporary file has been removed.
bool WriteFileAtomically(const std::string& path, std::string_view contents, std::string* error,
                         const AtomicWriteOptions& options = {});

}  // namespace engagemap
