// The country profile, docked beside the map: opened by clicking a country (or finding it). Every
// instrument the country is engaged in, one row per event with date, precision and source,
// sortable by any column; above it a short timeline of the country's events in the instruments
// the current view shows (InstrumentsShownInView), so its span fits the view.
#pragma once

#include <vector>

#include "core/data/dataset.hpp"
#include "core/geo/country_geometry.hpp"

namespace engagemap {

// Draws the panel for country `profileCountry` (an index into `countries`; -1 = none) from
// `dataset` into a child region `width` x `height` logical pixels at the cursor; `shown` are the
// view's instruments (sorted dataset indices) that scope the timeline. Edits only
// `profileCountry`: the close button (or an index out of range) sets -1.
void DrawCountryProfilePanel(int& profileCountry, const Dataset* dataset, const CountrySet* countries,
                             const std::vector<int>& shown, float width, float height);

}  // namespace engagemap
