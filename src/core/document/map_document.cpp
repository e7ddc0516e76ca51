// The GDAL-free half of map_document.hpp: a document from its parts or from a geodata snapshot,
// and layer names. Loading through GDAL and recentring (GEOS, GLU) are in map_document_loader.cpp.
#include "core/document/map_document.hpp"

#include "core/geo/geodata_snapshot.hpp"
#include "core/style/map_style.hpp"

namespace engagemap {

std::unique_ptr<MapDocument> AssembleMapDocument(const GeodataOptions& options, CountrySet countries,
                                                 std::vector<LoadError> warnings, MapMesh mesh) {
    auto doc = std::make_unique<MapDocument>();
    doc->geodata = options;
    doc->countries = std::move(countries);
    doc->warnings = std::move(warnings);
    doc->mesh = std::move(mesh);
    for (const std::string& w : doc->mesh.warnings)
        doc->warnings.push_back(LoadError{options.path, 0, 0, "", "", "triangulation failed: " + w});
    doc->colours = RegionColours(doc->countries, MapStyle{});
    return doc;
}

std::unique_ptr<MapDocument> LoadMapDocumentFromSnapshot(const GeodataOptions& options) {
    std::optional<GeodataSnapshot> snapshot = LoadGeodataSnapshot(options);
    if (!snapshot) return nullptr;
    return AssembleMapDocument(options, std::move(snapshot->countries), std::move(snapshot->warnings),
                               std::move(snapshot->mesh));
}

std::string LayerForScale(const std::string& scale) {
    if (scale == "110m" || scale == "50m" || scale == "10m") return "countries_" + scale;
    return {};
}

}  // namespace engagemap
