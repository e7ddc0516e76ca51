// The GDAL side of core/io: reading and writing GDAL virtual paths (/vsi…) and GDAL's network
// options. Kept apart from input_file.cpp and atomic_file.cpp so that code reading and writing
// only local files links without GDAL: the lean export program (src/app/lean/) defines these
// three functions itself and hands any /vsi… path to the full program (see docs/performance.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace engagemap {

// Reads a /vsi… path (or a URL GDAL understands) of at most `maxBytes` bytes through GDAL's VSI
// layer. False with *error (without the path) on failure.
bool ReadVsiFile(const std::string& path, std::uint64_t maxBytes, std::string* out, std::string* error);

// Writes `contents` to a /vsimem/ path (tests and in-memory pipelines). False with *error
// ("cannot write PATH: …") on failure; nothing is left behind.
bool WriteVsiMemFile(const std::string& path, std::string_view contents, std::string* error);

// Tells GDAL and PROJ whether they may reach the network (an unreachable proxy, no retries, no
// PROJ grid CDN when not allowed).
void ApplyNetworkPolicyToGdal(bool allowed);

}  // namespace engagemap
