// The country profile window: opened by clicking a country (or finding it). Every instrument
// the country is engaged in, one row per event with date, precision and source, sortable by
// any column; above it a short timeline of the country's events.
#pragma once

#include "ui/app_state.hpp"

namespace engagemap {

// Draws the window for app.profileCountry (closing it sets that to -1).
void DrawCountryProfileWindow(AppState& app);

}  // namespace engagemap
