// Safe input opening, the one home for reading files the user names (dataset, geodata, storyboard,
// query file, import metadata and tables). Only regular files are read, or GDAL `/vsi…` paths the
// user wrote; a FIFO, device, socket or directory is refused up front with a message (opening one
// could block forever, e.g. the UI thread in hot reload). Network paths (/vsicurl/, http://, …) are
// refused unless network access was allowed (--allow-network).
#pragma once

#include <cstdint>
#include <string>

namespace engagemap {

// Process-wide: whether GDAL may reach the network. Off by default; SetNetworkAllowed(false) also
// sets GDAL/PROJ options so that nothing named inside a file can fetch a URL.
void SetNetworkAllowed(bool allowed);
bool NetworkAllowed();

// True when `path` names a network resource for GDAL (/vsicurl/, /vsis3/, …, or a URL), also when
// nested inside an archive path such as /vsizip//vsicurl/….
bool IsNetworkPath(const std::string& path);

// Checks that `path` may be opened for reading without blocking: a regular file (after symlinks),
// or a /vsi… path (a network one only when allowed). Returns false with *error ("cannot open: is a
// FIFO (named pipe); only regular files are read", …) otherwise. Does not open the file.
bool CheckInputPath(const std::string& path, std::string* error);

// Opens a local file for reading without blocking (O_NONBLOCK: a FIFO put in its place since a
// check is not waited on) and checks that it is a regular file. Returns the descriptor (the caller
// closes it) and sets *size, or returns -1 with *error ("cannot open: …").
int OpenRegularFile(const std::string& path, std::uint64_t* size, std::string* error);

// Reads a whole file of at most `maxBytes` bytes: local files with a non-blocking open and fstat
// (no race between the check and the open), /vsi… paths through GDAL's VSI layer. Returns false
// with *error (without the path) on failure.
bool ReadInputFile(const std::string& path, std::uint64_t maxBytes, std::string* out, std::string* error);

}  // namespace engagemap
