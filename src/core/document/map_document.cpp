#include "core/document/map_document.hpp"

#include "core/geo/mesh_cache.hpp"
#include "core/geo/recentre.hpp"
#include "core/style/map_style.hpp"

namespace engagemap {

std::unique_ptr<MapDocument> LoadMapDocument(const GeodataOptions& options, std::vector<LoadError>* errors) {
    GeodataResult result = LoadGeodata(options);
    if (!result.Ok()) {
        if (errors) *errors = result.errors;
        return nullptr;
    }
    auto doc = std::make_unique<MapDocument>();
    doc->geodata = options;
    doc->countries = std::move(result.countries);
    doc->warnings = std::move(result.warnings);
    doc->mesh = CachedMapMesh(doc->countries);  // prebuilt or cached by content hash; else built
    for (const std::string& w : doc->mesh.warnings)
        doc->warnings.push_back(LoadError{options.path, 0, 0, "", "", "triangulation failed: " + w});
    doc->colours = RegionColours(doc->countries, MapStyle{});
    return doc;
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

std::string LayerForScale(const std::string& scale) {
    if (scale == "110m" || scale == "50m" || scale == "10m") return "countries_" + scale;
    return {};
}

}  // namespace engagemap
