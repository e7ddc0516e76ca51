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

// Loads geodata and builds the mesh: from the geodata snapshot next to the file when one matches
// it (no GDAL; see core/geo/geodata_snapshot.hpp), else through GDAL/OGR with the mesh prebuilt,
// cached or built. On failure returns nullptr and fills `errors`; the caller keeps whatever
// document it had. (map_document_loader.cpp)
std::unique_ptr<MapDocument> LoadMapDocument(const GeodataOptions& options, std::vector<LoadError>* errors);

// Only the snapshot half of LoadMapDocument: nullptr when no snapshot matches the file as it is.
// Needs no GDAL (map_document.cpp).
std::unique_ptr<MapDocument> LoadMapDocumentFromSnapshot(const GeodataOptions& options);

// A document from loaded parts: the mesh's triangulation warnings joined to `warnings`, region
// colours computed. What both halves of LoadMapDocument return.
std::unique_ptr<MapDocument> AssembleMapDocument(const GeodataOptions& options, CountrySet countries,
                                                 std::vector<LoadError> warnings, MapMesh mesh);

// `document` centred on `centralMeridian` (degrees): its countries recentred (RecentreCountries:
// longitudes relative to that meridian, rings re-cut at the one opposite) and the mesh rebuilt
// from them; the colours are kept. `document` itself when it is already centred there, so the
// common case costs nothing. Build it once per meridian change, not per frame (tens of ms).
// Recentre from the as-loaded document (meridian 0): a document already recentred elsewhere keeps
// that earlier cut as an extra seam (drawn as a border line). (map_document_loader.cpp: GEOS, GLU)
std::shared_ptr<const MapDocument> RecentredDocument(std::shared_ptr<const MapDocument> document, double centralMeridian);

// Layer name for a Natural Earth scale: "110m" -> "countries_110m"; empty if unknown.
std::string LayerForScale(const std::string& scale);

}  // namespace engagemap
