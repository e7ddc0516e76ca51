// The mesh file format (see mesh_cache.hpp for where mesh files live): a MapMesh in indexed form
// under a header with a format version and the content hash of the rings it was built from.
// Plain C++ (no GDAL, no GLU): a process that only reads prebuilt meshes links without either.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/geo/map_mesh.hpp"

namespace engagemap {

constexpr uint32_t kMeshFormatVersion = 1;

// Content hash of what BuildMapMesh(countries, maxEdgeDeg) depends on.
uint64_t MeshSourceHash(const CountrySet& countries, double maxEdgeDeg = 1.0);

// The mesh file's bytes.
std::string EncodeMesh(const MapMesh& mesh, uint64_t sourceHash);
// Reads a mesh file; false + *why ("stale: built from other geometry", "not a mesh file", ...)
// when it is not for `expectedHash` or is damaged.
bool DecodeMesh(std::string_view bytes, uint64_t expectedHash, MapMesh* mesh, std::string* why);

}  // namespace engagemap
