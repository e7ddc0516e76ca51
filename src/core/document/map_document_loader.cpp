// The GDAL half of map_document.hpp: loading geodata through OGR (when no snapshot matches) and
// recentring (GEOS cuts, GLU tessellation).
#include "core/document/map_document.hpp"

#include "core/geo/mesh_cache.hpp"
#include "core/geo/recentre.hpp"

namespace engagemap {

std::unique_ptr<MapDocument> LoadMapDocument(const GeodataOptions& options, std::vector<LoadError>* errors) {
    if (auto snapshot = LoadMapDocumentFromSnapshot(options)) return snapshot;
    GeodataResult result = LoadGeodata(options);
    if (!result.Ok()) {
        if (errors) *errors = result.errors;
        return nullptr;
    }
    MapMesh mesh = CachedMapMesh(result.countries);  // prebuilt or cached by content hash; else built
    return AssembleMapDocument(options, std::move(result.countries), std::move(result.warnings), std::move(mesh));
}

std::shared_ptr<const MapDocument> RecentredDocument(std::shared_ptr<const MapDocument> document, double centralMeridian) {
    if (!document || document->countries.centralMeridian == centralMeridian) return document;
    auto doc = std::make_shared<MapDocument>();
    doc->geodata = document->geodata;
    doc->countries = RecentreCountries(document->countries, centralMeridian);
    doc->mesh = CachedMapMesh(doc->countries);
    doc->colours = document->colours;
    doc->warnings = document->warnings;
    return doc;
}

}  // namespace engagemap
