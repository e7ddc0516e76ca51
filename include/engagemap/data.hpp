// engagemap/data.hpp — loading the two inputs every map needs: country boundaries (geodata) and
// the engagement dataset. Part of engagemap::core (no GL, no ImGui).
//
// Both are read through GDAL, exactly as the engagemap app reads them: geodata from any OGR
// source (GeoPackage, GeoJSON, Shapefile, FlatGeobuf, /vsizip/...), the dataset (JSON, see the
// installed share/engagemap/datasets/README.md) from any GDAL VSI path. Problems come back as
// values with file:line:column; nothing throws.
//
//     auto loaded = engagemap::embed::LoadData(engagemap::embed::BundledDataPaths());
//     if (!loaded.Ok()) for (auto& p : loaded.errors) std::fprintf(stderr, "%s\n", p.ToString().c_str());
#pragma once

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "engagemap/common.hpp"

namespace engagemap::embed {

// Where the data comes from. Paths are GDAL paths: a local file or /vsizip/, /vsigzip/, ...
struct DataPaths {
    std::string geodata;       // country boundaries, keyed by ISO 3166-1 alpha-3 ("iso3" field)
    std::string geodataLayer;  // layer to read; empty: "countries_50m" when present, else the first
    std::string dataset;       // the engagement dataset (JSON)
};

// The directory of the geodata and datasets installed with the package:
// <install prefix>/share/engagemap (computed by the CMake package from where it is installed, so
// a moved prefix still works; in engagemap's own build tree, the source tree). The environment
// variable ENGAGEMAP_DATA_DIR, when set, replaces it (as it does for the app).
inline std::string BundledDataDir() {
    if (const char* env = std::getenv("ENGAGEMAP_DATA_DIR"); env && *env) return env;
#ifdef ENGAGEMAP_BUNDLED_DATA_DIR
    return ENGAGEMAP_BUNDLED_DATA_DIR;
#else
    return {};  // not built through the engagemap CMake package: pass your own paths
#endif
}

// The bundled inputs: BundledDataDir()/geodata/countries.gpkg (Natural Earth boundaries, layer
// countries_50m) and BundledDataDir()/datasets/engagemap.json.
inline DataPaths BundledDataPaths() {
    const std::string dir = BundledDataDir();
    return DataPaths{dir + "/geodata/countries.gpkg", "", dir + "/datasets/engagemap.json"};
}

// One instrument of the dataset (a treaty, forum, programme, assessment or bilateral dialogue).
struct InstrumentInfo {
    std::string id;         // stable id used by views and slides: "budapest", "foc", ...
    std::string name;       // "Convention on Cybercrime (Budapest Convention)"
    std::string shortName;  // "Budapest Convention"
    std::string kind;       // "treaty" | "forum" | "program" | "assessment" | "bilateral"
    Date first;             // the instrument's timeline: first key date or event
    Date last;              // ... to the last date the dataset mentions
};

// One country (feature) of the geodata.
struct CountryInfo {
    std::string iso3;  // ISO 3166-1 alpha-3 (or the geodata's own key for non-ISO features)
    std::string name;  // English short name from the geodata
};

// The loaded inputs: an immutable, shared snapshot. Copying a MapData copies a handle (cheap);
// every copy, widget and renderer that holds it keeps it alive. Load it once, share it.
class MapData {
public:
    MapData() = default;  // empty: Ok() is false

    bool Empty() const { return impl_ == nullptr; }
    std::vector<InstrumentInfo> Instruments() const;  // dataset order
    std::vector<CountryInfo> Countries() const;       // geodata order (sorted by key)
    // The dataset's latest date (its "today": the latest event, key date or milestone).
    Date LatestDate() const;

    // engagemap's own internals (declared in its sources, not installed). Hosts do not need them.
    struct Impl;
    const Impl& Internals() const { return *impl_; }
    explicit MapData(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

private:
    std::shared_ptr<const Impl> impl_;
};

// What LoadData gives: the data, or the reasons it could not be loaded.
struct LoadResult {
    MapData data;                   // empty unless Ok()
    std::vector<Problem> errors;    // any error: nothing was loaded
    std::vector<Problem> warnings;  // e.g. features skipped, countries the geodata lacks (still loaded)
    bool Ok() const { return errors.empty() && !data.Empty(); }
};

// Loads the geodata (reprojected to lon/lat degrees, cut at the antimeridian, triangulated) and
// the dataset (validated strictly against the geodata's countries). Takes ~0.1-1 s depending on
// the boundaries' scale. Thread-safe (no shared state); needs no GL context.
LoadResult LoadData(const DataPaths& paths);

}  // namespace engagemap::embed
