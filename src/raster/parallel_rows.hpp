// Splitting a raster's rows over the machine's cores, for the CPU export's per-frame work (the
// palette lookup, the overlay). Every row is written by exactly one thread with the same
// arithmetic as on one thread, so the pixels do not depend on the thread count.
#pragma once

#include <thread>
#include <vector>

namespace engagemap::raster {

// Threads to use: the hardware's (1..8), or ENGAGEMAP_RASTER_THREADS (1..64) when set, e.g. 1
// to measure on one core. Read once.
int RasterThreads();

// Calls fn(part, parts) for part = 0..parts-1, on `parts` threads (the caller runs part 0) and
// returns when all are done. parts <= 1 runs fn(0, 1) on the caller.
template <class Fn>
void RunParts(int parts, Fn&& fn) {
    if (parts <= 1) {
        fn(0, 1);
        return;
    }
    std::vector<std::thread> workers;
    workers.reserve(static_cast<size_t>(parts - 1));
    for (int part = 1; part < parts; ++part) workers.emplace_back([&fn, part, parts] { fn(part, parts); });
    fn(0, parts);
    for (std::thread& t : workers) t.join();
}

}  // namespace engagemap::raster
