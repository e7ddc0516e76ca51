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

// One part's share of an image's rows when work is not uniform over them: the rows cut into
// blocks of kRows, block k belonging to part k % count. Each part's rows then spread over the whole
// image, so a map whose detail sits in one half (Europe's borders at the top of a world map) is
// still shared evenly; contiguous halves left one thread with ~85 % of a 4K map's triangles.
struct RowBlocks {
    static constexpr int kRows = 32;
    int part = 0, count = 1;
    int height = 0;  // rows of the image

    // Calls fn(y0, y1) for each block [y0, y1) of this part that meets rows [from, to), clipped to
    // them and to the image, top to bottom.
    template <class Fn>
    void ForEach(int from, int to, Fn&& fn) const {
        from = from < 0 ? 0 : from;
        to = to > height ? height : to;
        for (int block = from / kRows; block * kRows < to; ++block) {
            if (count > 1 && block % count != part) continue;
            const int y0 = block * kRows > from ? block * kRows : from;
            const int y1 = (block + 1) * kRows < to ? (block + 1) * kRows : to;
            fn(y0, y1);
        }
    }
    // The same for the rows a shape spans from yMin to yMax (pixels, y down), with `margin` rows
    // either side; a NaN or unbounded extent gives every row (the shape's own clipping decides).
    template <class Fn>
    void ForEachOver(double yMin, double yMax, Fn&& fn) const {
        const bool bounded = yMin >= -1e9 && yMax <= 1e9;  // false for NaN too
        const int from = bounded ? static_cast<int>(yMin < 0 ? 0 : (yMin > height ? height : yMin)) - 1 : 0;
        const int to = bounded ? static_cast<int>(yMax < 0 ? 0 : (yMax > height ? height : yMax)) + 2 : height;
        ForEach(from, to, fn);
    }
};

}  // namespace engagemap::raster
