#include "core/document/map_document.hpp"

#include <filesystem>

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
    doc->mesh = BuildMapMesh(doc->countries);
    for (const std::string& w : doc->mesh.warnings)
        doc->warnings.push_back(LoadError{options.path, 0, 0, "", "", "triangulation failed: " + w});
    doc->colours = RegionColours(doc->countries, MapStyle{});
    return doc;
}

std::string FindBundledFile(const std::string& relativePath) {
    namespace fs = std::filesystem;
    std::vector<fs::path> roots;
#ifdef ENGAGEMAP_SOURCE_DIR
    roots.emplace_back(ENGAGEMAP_SOURCE_DIR);
#endif
    roots.emplace_back(".");
    roots.emplace_back("/usr/local/share/engagemap");
    roots.emplace_back("/usr/share/engagemap");
    std::error_code ec;
    for (const auto& root : roots) {
        fs::path candidate = root / relativePath;
        if (fs::exists(candidate, ec)) return candidate.string();
    }
    return {};
}

std::string LayerForScale(const std::string& scale) {
    if (scale == "110m" || scale == "50m" || scale == "10m") return "countries_" + scale;
    return {};
}

}  // namespace engagemap
