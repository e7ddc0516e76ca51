// MapDocument: the loaded base map — countries from geodata and their fill/border mesh — plus
// default per-country colours (the UN M49 regions). Headless and, once loaded, never changed:
// the window shares it as a const snapshot (an export job keeps its own), and the colours it
// shows are its own (Explorer::colours), handed to the renderer.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/geo/country_geometry.hpp"
#include "core/geo/geodata_loader.hpp"
#include "core/geo/map_mesh.hpp"
#include "core/io/data_paths.hpp"  // FindBundledFile, used by the callers of LoadMapDocument
#include "core/style/colour.hpp"

namespace engagemap {

struct MapDocument {
    GeodataOptions geodata;       // where the countries came from
    CountrySet countries;
    MapMesh mesh;
    std::vector<Rgba8> colours;   // one per country (CountrySet order), the region colours
    std::vector<LoadError> warnings;  // from geodata loading and triangulation
};

// Loads geodata and builds the mesh. On failure returns nullptr and fills `errors`; the caller
// keeps whatever document it had.
std::unique_ptr<MapDocument> LoadMapDocument(const GeodataOptions& options, std::vector<LoadError>* errors);

// Layer name for a Natural Earth scale: "110m" -> "countries_110m"; empty if unknown.
std::string LayerForScale(const std::string& scale);

}  // namespace engagemap
