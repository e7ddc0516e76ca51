// MapStyle: the look of the base map (not of the data): ocean, land default, borders.
// Sizes are in logical pixels; the renderer multiplies them by the content scale.
#pragma once

#include <string>
#include <vector>

#include "core/geo/country_geometry.hpp"
#include "core/style/colour.hpp"

namespace engagemap {

// The colour theme of the map, the panels and the text drawn on the map (both legible on a
// projector). Part of a ViewState; ui/theme.hpp has the ImGui and text colours of each.
enum class Theme { Light, Dark };

struct MapStyle {
    Rgba8 background = RgbHex(0xF4F1EA);   // outside the globe
    Rgba8 ocean = RgbHex(0xCFE3EE);        // inside the globe outline
    Rgba8 land = RgbHex(0xE3DED3);         // countries with no data colour
    Rgba8 border = RgbHex(0x5E6670);       // country borders
    Rgba8 frame = RgbHex(0x8A9AA8);        // the globe outline
    float borderWidthPx = 1.0f;            // >= 1 keeps borders crisp on 4K screens
    float frameWidthPx = 1.5f;
    float markerRadiusPx = 3.5f;           // disc for countries smaller than markerMinExtentPx
    float markerMinExtentPx = 4.0f;        // below this projected size a country gets a marker
    bool operator==(const MapStyle&) const = default;
};

// Base-map colours for a theme (border widths and marker sizes are kept from `current`).
MapStyle MapStyleFor(Theme theme, const MapStyle& current);

// One muted colour per UN M49 region (Africa, Americas, Asia, Europe, Oceania; land colour for
// none), the base map's default colouring before a dataset view is chosen.
std::vector<Rgba8> RegionColours(const CountrySet& countries, const MapStyle& style);

}  // namespace engagemap
