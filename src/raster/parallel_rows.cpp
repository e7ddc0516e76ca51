#include "raster/parallel_rows.hpp"

#include <algorithm>
#include <cstdlib>

namespace engagemap::raster {

int RasterThreads() {
    static const int threads = [] {
#ifdef __EMSCRIPTEN__
        return 1;  // the web module is built without pthreads
#endif
        if (const char* env = std::getenv("ENGAGEMAP_RASTER_THREADS")) {
            const int n = std::atoi(env);
            if (n >= 1) return std::min(n, 64);
        }
        return static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
    }();
    return threads;
}

}  // namespace engagemap::raster
