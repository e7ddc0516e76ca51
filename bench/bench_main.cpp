#include <algorithm>
#include <cstdio>
#include <cstring>

#include "bench_harness.hpp"

namespace engagemap::bench {
namespace {
struct Case {
    const char* name;
    CaseFn fn;
};
std::vector<Case>& Cases() {
    static std::vector<Case> cases;
    return cases;
}
}  // namespace

bool Register(const char* name, CaseFn fn) {
    Cases().push_back({name, std::move(fn)});
    return true;
}

double TimeMs(const std::function<void()>& fn) {
    auto t0 = std::chrono::steady_clock::now();
    fn();
    auto t1 = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::milli>(t1 - t0).count();
}

double MedianMs(int runs, const std::function<void()>& fn) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) t.push_back(TimeMs(fn));
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

}  // namespace engagemap::bench

int main(int argc, char** argv) {
    using namespace engagemap::bench;
    const char* filter = argc > 1 ? argv[1] : nullptr;
    Reporter reporter;
    for (auto& c : Cases()) {
        if (filter && !std::strstr(c.name, filter)) continue;
        std::fprintf(stderr, "running %s ...\n", c.name);
        c.fn(reporter);
    }
    std::printf("%-52s %14s  %-6s %s\n", "case", "figure", "unit", "note");
    std::printf("%s\n", std::string(110, '-').c_str());
    for (const auto& r : reporter.Rows())
        std::printf("%-52s %14.3f  %-6s %s\n", r.name.c_str(), r.value, r.unit.c_str(), r.note.c_str());
    return 0;
}
