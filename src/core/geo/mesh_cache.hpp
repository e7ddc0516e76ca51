// Prebuilt and cached meshes: BuildMapMesh (GLU tessellation of every ring, ~80 % of a cold start
// at 1:50m) done once per source geometry and stored in a small binary file.
//
// A mesh file holds the mesh in indexed form (unique lon/lat vertices, fill triangles as vertex
// indices with one country per triangle, border segments as vertex index pairs, warnings) under a
// header with a format version and the content hash of the rings it was built from
// (MeshSourceHash: every country's key and ring coordinates, the central meridian and the
// densification step). A file whose version or hash does not match is stale and ignored, so
// editing the geodata can never show an old mesh. Files are little-endian (as every machine
// engagemap is built for).
//
// Where they are looked for (CachedMapMesh):
//   1. next to the geodata: "<source>.<layer>.mesh" (geodata/countries.gpkg.countries_50m.mesh),
//      written for the bundled geodata by `engagemap_geodata_build --meshes` (geodata/build);
//   2. the user's cache: $ENGAGEMAP_MESH_CACHE, else $XDG_CACHE_HOME/engagemap/meshes, else
//      ~/.cache/engagemap/meshes, as "<hash>.mesh"; written atomically after a build of geodata
//      as loaded (not of recentred maps: one file per central meridian would pile up).
//      ENGAGEMAP_MESH_CACHE=off turns the user cache off.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/geo/map_mesh.hpp"
#include "core/geo/mesh_codec.hpp"

namespace engagemap {

// The prebuilt mesh file that belongs next to `countries`' source ("" when it has none).
std::string SidecarMeshPath(const CountrySet& countries);
// The user cache directory for meshes ("" when turned off or no home directory).
std::string MeshCacheDirectory();

// Where CachedMapMesh found its mesh.
enum class MeshOrigin { Sidecar, UserCache, Built };

// BuildMapMesh(countries), from the sidecar or the user cache when one matches; else built and
// stored in the user cache (a failure to store is ignored: the mesh is still returned).
MapMesh CachedMapMesh(const CountrySet& countries, MeshOrigin* origin = nullptr);

}  // namespace engagemap
