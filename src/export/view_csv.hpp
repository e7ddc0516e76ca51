// The table behind a view as a CSV file (country, region, status or class, dates, sources): the
// one writer used by File > Export table and `engagemap --export FILE.csv`.
#pragma once

#include <cstddef>
#include <string>

#include "core/data/civil_date.hpp"
#include "core/data/dataset.hpp"
#include "core/geo/country_geometry.hpp"
#include "core/view/view_state.hpp"

namespace engagemap {

// Resolves `view` for `day`, builds the table and writes it to `path` (any GDAL VSI path).
// False + *error naming the problem (a view that does not resolve, a file that cannot be
// written). *bytes (may be null) receives the size written.
bool WriteViewCsv(const Dataset& dataset, const CountrySet& countries, const ViewState& view, const CivilDate& day,
                  const std::string& path, std::string* error, std::size_t* bytes = nullptr);

}  // namespace engagemap
