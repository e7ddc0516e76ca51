// Child processes for whole-process benchmarks: the built engagemap binary (or mapnik through
// python) run to completion, timed from spawn to exit, with the child's own peak RSS.
#pragma once

#include <string>
#include <vector>

namespace engagemap::bench {

// The app binary: $ENGAGEMAP_BIN, else ../engagemap relative to this executable ("" if unknown).
std::string AppBinary();

struct ChildRun {
    bool ok = false;
    double ms = 0;         // wall time from spawn to exit
    double maxRssMiB = 0;  // the child's peak resident set (VmHWM of its own address space)
};

// Runs `args` (args[0] a path) to completion with stdout/stderr sent to /dev/null. The peak RSS is
// sampled from /proc every 2 ms by a second thread: wait4()'s ru_maxrss cannot be used, because
// Linux carries the spawning process's (this bench's) high-water mark across the child's exec.
ChildRun RunChild(const std::vector<std::string>& args);

// Median time over `runs` child runs; the peak RSS is the largest seen.
ChildRun MedianChild(int runs, const std::vector<std::string>& args);

}  // namespace engagemap::bench
