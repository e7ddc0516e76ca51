// The bundled geodata (geodata/countries.gpkg, 1:50m) and dataset (datasets/engagemap.json), loaded
// as the app loads them, for the tests that render or export real views (golden images, the sample
// briefing, CPU vs GL, SVG/PDF). Header-only: each test file gets its own copy of the loader.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/data/dataset_loader.hpp"
#include "core/document/map_document.hpp"

namespace engagemap {

struct BundledData {
    std::unique_ptr<MapDocument> doc;  // null when the geodata failed to load
    DatasetLoadResult dataset;         // check dataset.Ok() before use
    BundledData() {
        GeodataOptions geo;
        geo.path = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";
        geo.layer = "countries_50m";
        std::vector<LoadError> errors;
        doc = LoadMapDocument(geo, &errors);
        std::set<std::string> known;
        if (doc)
            for (const auto& c : doc->countries.countries) known.insert(c.key);
        DatasetLoadOptions options;
        options.knownCountries = &known;
        dataset = LoadDataset(std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/engagemap.json", options);
    }
};

// One load shared by all tests of a test binary (loading the 1:50m map takes a while).
inline const BundledData& SharedBundledData() {
    static const BundledData data;
    return data;
}

}  // namespace engagemap
