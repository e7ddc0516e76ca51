#include "raster/parallel_rows.hpp"

#include <algorithm>
#include <cstdlib>

namespace engagemap::raster {

int RasterThreads() {
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
    return 1;  // a WebAssembly module built without threads cannot start one
#else
    static const int threads = [] {
        if (const char* env = std::getenv("ENGAGEMAP_RASTER_THREADS")) {
            const int n = std::atoi(env);
            if (n >= 1) return std::min(n, 64);
        }
        return static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
    }();
    return threads;
#endif
}

}  // namespace engagemap::raster
