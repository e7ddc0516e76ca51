// The country profile window: opened by clicking a country (or finding it). Every instrument
// the country is engaged in, one row per event with date, precision and source, sortable by
// any column; above it a short timeline of the country's events.
#pragma once

#include "core/data/dataset.hpp"
#include "core/geo/country_geometry.hpp"

namespace engagemap {

// Draws the window for country `profileCountry` (an index into `countries`; -1 = none) from
// `dataset`. Edits only `profileCountry`: closing the window (or an index out of range) sets -1.
void DrawCountryProfileWindow(int& profileCountry, const Dataset* dataset, const CountrySet* countries);

}  // namespace engagemap
