// Geodata snapshots: what LoadGeodata makes of one layer of a geodata file (the CountrySet and its
// load warnings) plus that set's mesh (BuildMapMesh), stored in a binary file next to the source,
// "<source>.<layer>.snapshot" (geodata/countries.gpkg.countries_50m.snapshot). A process that
// finds a matching snapshot starts without GDAL, GEOS or GLU: no OGR read, no validity checks, no
// tessellation (about 100 ms of a cold start, and GDAL's ~110 shared libraries need not be loaded
// at all; see src/app/lean/ and docs/performance.md).
//
// A snapshot is valid only for the exact bytes of its source (an XXH3-64 hash of the whole file),
// the same GeodataOptions (fields) and the same format version; anything else is stale and
// ignored, so an edited GeoPackage can never show an old map. Written for the bundled geodata by
// `engagemap_geodata_build --snapshots` (geodata/build).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo/country_geometry.hpp"
#include "core/geo/geodata_loader.hpp"
#include "core/geo/map_mesh.hpp"
#include "core/load_error.hpp"

namespace engagemap {

constexpr uint32_t kSnapshotFormatVersion = 1;

// One layer as loaded: LoadGeodata's countries and warnings, and BuildMapMesh(countries).
struct GeodataSnapshot {
    CountrySet countries;
    std::vector<LoadError> warnings;
    MapMesh mesh;
};

// The snapshot file for `source`'s `layer` ("" when either is empty or `source` is a /vsi… path).
std::string SnapshotPath(const std::string& source, const std::string& layer);

// XXH3-64 of a file's bytes, read in blocks (local files only). False with *error when unreadable.
bool SourceFileHash(const std::string& path, uint64_t* hash, std::string* error);

// The snapshot file's bytes for `snapshot`, loaded from a source whose bytes hash to `sourceHash`
// with `options` (its layer resolved).
std::string EncodeGeodataSnapshot(const GeodataSnapshot& snapshot, const GeodataOptions& options, uint64_t sourceHash);

// Reads a snapshot file; false + *why ("stale: …", "damaged …") unless it was written for a source
// hashing to `sourceHash` with the same options (an empty options.layer matches countries_50m, as
// LoadGeodata's default). `options.path` becomes the countries' source, as LoadGeodata gives it.
bool DecodeGeodataSnapshot(std::string_view bytes, const GeodataOptions& options, uint64_t sourceHash,
                           GeodataSnapshot* snapshot, std::string* why);

// The snapshot next to `options.path` when one matches the file as it is now; nullopt otherwise
// (no snapshot, stale, damaged, or not a local file). *why says which, when given.
std::optional<GeodataSnapshot> LoadGeodataSnapshot(const GeodataOptions& options, std::string* why = nullptr);

}  // namespace engagemap
