// How current a dataset is: the latest date its information refers to (the as-of dates of its
// sources and membership counts). The dataset format has no single as-of field, so this is derived
// from what the sources say, never from file times.
#pragma once

#include <optional>

#include "core/data/dataset.hpp"

namespace engagemap {

// The latest as-of date among the dataset's sources and instruments' coverage counts, at the
// precision it was written in ("2026-01"); nullopt when none is known. A bounded date counts by
// its upper bound ("by 2025-03" -> 2025-03).
std::optional<PartialDate> DatasetAsOf(const Dataset& dataset);

}  // namespace engagemap
