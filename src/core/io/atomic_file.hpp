// The one home for writing output files (PNG, CSV, dataset, storyboard, imported dataset): the new
// content goes to a temporary file created exclusively (O_EXCL, random name) in the target's
// directory, is written, fsynced and closed with every step checked, then renamed over the target,
// and the directory is synced. A crash or failure at any step leaves either the old file or the new
// one, never a mix, and no temporary file behind. A symlink planted at a temporary name is never
// followed; an existing target that is not a regular file (a device such as /dev/full, a FIFO) is
// refused. WriteOutputFile also takes GDAL /vsimem/ paths (tests, in-memory pipelines).
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
    // Tests only. When None, the environment variable ENGAGEMAP_INJECT_WRITE_FAULT (create, write,
    // sync or rename) injects the fault instead, so that tests of the command-line tool can make an
    // export fail even when they run as root (who may write into read-only directories).
    AtomicWriteFault simulateFault = AtomicWriteFault::None;
};

// Replaces `path` with `contents` atomically. An existing file keeps its permission bits (a new one
// gets 0644). Returns false with *error ("cannot write FILE: reason") when any step fails; then
// `path` is exactly as before and the temporary file has been removed.
bool WriteFileAtomically(const std::string& path, std::string_view contents, std::string* error,
                         const AtomicWriteOptions& options = {});

// WriteFileAtomically for local paths; a /vsimem/ path is written through GDAL's VSI layer with
// the write and close checked. Other /vsi… paths are refused (outputs go to local files).
bool WriteOutputFile(const std::string& path, std::string_view contents, std::string* error,
                     const AtomicWriteOptions& options = {});

}  // namespace engagemap
