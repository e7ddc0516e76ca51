#include "bench_inputs.hpp"

#include <cstdio>
#include <fstream>
#include <set>
#include <vector>

namespace engagemap::bench {

BundledInputs LoadBundledInputs() {
    BundledInputs in;
    GeodataOptions geo;
    geo.path = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";
    geo.layer = "countries_50m";
    std::vector<LoadError> errors;
    in.doc = LoadMapDocument(geo, &errors);
    if (!in.doc) return in;
    std::set<std::string> known;
    for (const auto& c : in.doc->countries.countries) known.insert(c.key);
    DatasetLoadOptions options;
    options.knownCountries = &known;
    in.dataset = LoadDataset(std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/engagemap.json", options);
    return in;
}

double LoadAverage() {
    std::ifstream in("/proc/loadavg");
    double one = -1;
    in >> one;
    return one;
}

std::string Fmt(const char* format, double v) {
    char buf[96];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

}  // namespace engagemap::bench
