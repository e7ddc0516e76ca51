// The land under each part of a view, coarsely (LandMask, core/style/overlay_scene.hpp): what
// LegendPlacement::Auto reads to put the legend on open ocean and never on the countries the
// view is about.
#pragma once

#include <vector>

#include "core/filter/engagement_views.hpp"
#include "core/geo/hit_test.hpp"
#include "core/geo/map_view.hpp"
#include "core/style/overlay_scene.hpp"

namespace engagemap {

// Cells of `cellPx` over the view's viewport; a cell is Land when a sample point in it (its
// centre and four points halfway to its corners) lies in a country, InstrumentLand when that
// country has `instrumentLand[i]` set (one flag per country of `projected`; missing = false).
LandMask BuildLandMask(const ProjectedCountries& projected, const MapView& view, const std::vector<bool>& instrumentLand,
                       float cellPx);

// The countries a view is about, one flag per country: inside the region filter and in a class
// other than "none" (status view: any status; breadth: engaged in at least one counted
// instrument, possibly; compare: engaged in A or B).
std::vector<bool> ViewSubjectCountries(const ViewResult& view);

// The cell size for an output `heightPx` tall: about 1/90 of the height, at least 4 px.
float LandMaskCellFor(float heightPx);

}  // namespace engagemap
