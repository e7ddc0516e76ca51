// Writes a Dataset as JSON in the documented format (datasets/README.md), with a stable key order
// so that rebuilt files diff cleanly. ParseDataset(WriteDatasetJson(d)) gives d back.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/data/dataset.hpp"

namespace engagemap {

// The JSON form of a date: "2011-06-01" / "2011-06" / "2011" / "unknown", or an object
// {on | not_before, known_by; derived; uncertain; basis} when bounded or flagged.
nlohmann::ordered_json DateToJson(const FuzzyDate& d);

// The whole dataset as a JSON value.
nlohmann::ordered_json DatasetToJson(const Dataset& d);

// JSON text with a trailing newline: `indent` spaces per level (2 = pretty, the default),
// or -1 for compact one-line output.
std::string WriteDatasetJson(const Dataset& d, int indent = 2);

}  // namespace engagemap
