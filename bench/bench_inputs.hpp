// What several bench groups share: the bundled 1:50m countries and dataset loaded as the app loads
// them, the machine's load average (figures depend on it), and number formatting for notes.
#pragma once

#include <memory>
#include <string>

#include "core/data/dataset_loader.hpp"
#include "core/document/map_document.hpp"

namespace engagemap::bench {

struct BundledInputs {
    std::unique_ptr<MapDocument> doc;  // geodata/countries.gpkg, countries_50m
    DatasetLoadResult dataset;         // datasets/engagemap.json, checked against those countries
    bool Ok() const { return doc && dataset.Ok(); }
};
BundledInputs LoadBundledInputs();

// The 1-minute load average (/proc/loadavg); -1 when unknown.
double LoadAverage();

// One number formatted with a printf format ("%.1f ms").
std::string Fmt(const char* format, double v);

}  // namespace engagemap::bench
