// A tiny benchmark harness: each bench_*.cpp registers cases; `engagemap_bench` runs them all
// (or those whose name contains argv[1]) and prints one table: case, figure, unit, note.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace engagemap::bench {

struct Row {
    std::string name;   // "geodata load+triangulate 1:50m"
    double value = 0;   // the figure
    std::string unit;   // "ms", "fps", "bytes", "MiB"
    std::string note;   // e.g. "median of 5; 94,210 triangles"
};

// Collects rows printed by the harness.
class Reporter {
public:
    void Add(Row row) { rows_.push_back(std::move(row)); }
    const std::vector<Row>& Rows() const { return rows_; }
private:
    std::vector<Row> rows_;
};

using CaseFn = std::function<void(Reporter&)>;

// Registers a case at static-initialisation time: `static bool r = Register("name", fn);`
bool Register(const char* name, CaseFn fn);

// Milliseconds elapsed while running fn once (steady clock).
double TimeMs(const std::function<void()>& fn);

// Median over `runs` runs of TimeMs(fn).
double MedianMs(int runs, const std::function<void()>& fn);

}  // namespace engagemap::bench
