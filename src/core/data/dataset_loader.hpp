// Loads an engagement dataset (datasets/README.md) from any GDAL VSI path (/vsizip/, /vsigzip/,
// /vsicurl/, plain files), with a size limit and a nesting-depth limit, and validates it strictly.
// Validation is complete in one pass: every problem is reported, each with file:line:column, JSON
// path and field. A dataset with any error is refused as a whole (the result holds no data), so
// the caller keeps what it had. Never throws.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/load_error.hpp"

namespace engagemap {

struct DatasetLoadOptions {
    std::uint64_t maxBytes = 64ull << 20;  // refuse larger inputs (bytes)
    int maxDepth = 64;                     // refuse JSON nested deeper (objects + arrays)
    // Country keys of the geodata (e.g. its iso3 values). Codes that are valid ISO 3166-1 / XKX but
    // absent here give a warning and are kept. Null: no geodata check.
    const std::set<std::string>* knownCountries = nullptr;
    // Give warnings their line and column (a second pass over the text). Errors always get theirs.
    // Exports, which never show dataset warnings, turn it off.
    bool locateWarnings = true;
};

struct DatasetLoadResult {
    Dataset dataset;                   // empty unless Ok()
    std::vector<LoadError> errors;     // any error refuses the whole file
    std::vector<LoadError> warnings;   // e.g. countries absent from the geodata (still kept)
    bool Ok() const { return errors.empty(); }
};

// Reads `path` through GDAL's VSI layer and validates it.
DatasetLoadResult LoadDataset(const std::string& path, const DatasetLoadOptions& options = {});

// Validates JSON text already in memory; `fileName` is used in messages.
DatasetLoadResult ParseDataset(std::string_view text, const std::string& fileName,
                               const DatasetLoadOptions& options = {});

// Reads a whole file into *out, refusing more than maxBytes and anything but a regular file (see
// ReadInputFile in core/io/input_file.hpp). False + *error on failure.
bool ReadFileVsi(const std::string& path, std::uint64_t maxBytes, std::string* out, std::string* error);

}  // namespace engagemap
