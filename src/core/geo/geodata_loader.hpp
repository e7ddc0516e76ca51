// Loads country boundaries through GDAL/OGR from any vector source (GeoPackage, GeoJSON,
// Shapefile, FlatGeobuf, /vsizip/..., ...). Geometry is reprojected to WGS84 lon/lat degrees
// when the source has another CRS, and cut at the antimeridian when it crosses.
#pragma once

#include <string>
#include <vector>

#include "core/geo/country_geometry.hpp"
#include "core/load_error.hpp"

namespace engagemap {

struct GeodataOptions {
    std::string path;                      // file or GDAL path, e.g. "geodata/countries.gpkg"
    std::string layer;                     // layer name; empty = "countries_50m" if present, else first layer
    std::string isoField = "iso3";         // attribute holding the join key
    std::string nameField = "name";        // optional; missing -> key used as name
    std::string regionField = "region";    // optional
    std::string subregionField = "subregion";  // optional
    std::string labelLonField = "label_lon";   // optional; missing -> computed point on surface
    std::string labelLatField = "label_lat";
};

struct GeodataResult {
    CountrySet countries;                 // valid only when errors is empty
    std::vector<LoadError> errors;        // fatal problems: nothing usable was loaded
    std::vector<LoadError> warnings;      // features skipped (empty geometry, missing key, ...)
    bool Ok() const { return errors.empty(); }
};

// Loads one layer. Never throws; every problem names the file (and feature/field where known).
// - CRS: reprojected to WGS84 lon/lat; a layer without CRS is taken as lon/lat if its extent fits
//   [-180, 180] x [-90, 90], else it is an error. Longitudes of 0..360 sources are wrapped.
// - Features: Polygon/MultiPolygon (curves linearized, Z/M dropped). Features with no key, empty
//   or non-polygon geometry, or coordinates that are not lon/lat are skipped with a warning.
//   Rings lose their closing point; rings with < 3 distinct points are dropped.
// - Polygons crossing the antimeridian are cut (CutAtAntimeridian).
// - Features sharing a key are merged into one CountryGeometry; name/region/subregion/label come
//   from the largest feature (by planar area); a missing label is computed as a point on the
//   surface of the largest polygon. Countries are sorted by key.
GeodataResult LoadGeodata(const GeodataOptions& options);

// Layer names of an OGR source (empty on failure; `error` set).
std::vector<std::string> ListGeodataLayers(const std::string& path, std::string* error = nullptr);

// Reads only the key attribute `isoField` of a layer (no geometry is read), e.g. for a dataset
// validator. `layer` empty = same default as LoadGeodata. Returns the distinct non-empty keys
// (whitespace-trimmed), sorted. On failure returns {} and sets `error` to the same message
// LoadGeodata would give ("path: layer 'x' has no field 'iso3' (fields: ...); ...").
std::vector<std::string> LoadCountryKeys(const std::string& path, const std::string& layer,
                                         const std::string& isoField, std::string* error);

}  // namespace engagemap
