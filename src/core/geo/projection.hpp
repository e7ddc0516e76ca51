// Map projections, computed on the CPU.
//
// Every projection maps lon/lat degrees on the unit sphere (radius 1) to planar x/y in
// "projected units" (radians-scale: equirectangular maps lon 180° to x = pi). The renderer
// projects vertices once per projection change and pans/zooms with a uniform transform, so
// these functions are the only projection code in the project (no duplicate in GLSL).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo/geo_types.hpp"

namespace engagemap {

enum class ProjectionKind {
    EqualEarth,        // Šavrič, Patterson & Jenny 2018 (EPSG method 1078); default
    Robinson,          // Robinson 1963, PROJ's table and interpolation
    NaturalEarth,      // Natural Earth I (Šavrič et al. 2011), polynomial form as in PROJ "natearth"
    Equirectangular,   // plate carrée, x = lon, y = lat (radians)
    WebMercator,       // spherical Mercator (EPSG:3857 on the unit sphere), lat clamped to ±85.0511°
};

inline constexpr ProjectionKind kAllProjections[] = {
    ProjectionKind::EqualEarth, ProjectionKind::Robinson, ProjectionKind::NaturalEarth,
    ProjectionKind::Equirectangular, ProjectionKind::WebMercator};

// Human-readable name ("Equal Earth") and CLI id ("equal-earth").
const char* ProjectionName(ProjectionKind kind);
const char* ProjectionId(ProjectionKind kind);
// Parses a CLI id ("equal-earth", "robinson", "natural-earth", "equirectangular", "web-mercator").
std::optional<ProjectionKind> ParseProjectionId(std::string_view id);

// Web Mercator's latitude limit in degrees (85.05112878°).
inline constexpr double kWebMercatorMaxLat = 85.0511287798066;

// Forward projection on the unit sphere. Input degrees; output projected units (y up).
Vec2 Project(ProjectionKind kind, LonLat p);

// Projected bounding box of the whole world for this projection (for fitting the view).
struct ProjectedBox {
    double minX, minY, maxX, maxY;
};
ProjectedBox WorldBounds(ProjectionKind kind);

// The outline of the whole globe (the map's frame) as a ring in lon/lat, densified so that it
// projects to a smooth curve (for projections with curved meridians at ±180).
Ring WorldOutline(double stepDeg = 1.0);

}  // namespace engagemap
