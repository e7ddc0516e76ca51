// Checks an OGR VRT file (<OGRVRTDataSource>) before GDAL opens it: a VRT names other data sources
// (SrcDataSource elements, also inside OGRVRTUnionLayer / OGRVRTWarpedLayer), which GDAL would open
// with any driver, local or remote. Each one must be a regular file under the VRT's own directory
// (after resolving relativeToVRT, `..` and symlinks), opened by one of the given file drivers; an
// archive path (/vsizip/, /vsitar/, /vsigzip/) only when the archive itself is such a file; a
// network path only when network access is allowed (--allow-network).
#pragma once

#include <string>
#include <vector>

namespace engagemap {

// True when `path` is to be read as an OGR VRT (its name ends in ".vrt", any case).
bool IsOgrVrtPath(const std::string& path);

// Reads the VRT at `vrtPath` (a local file, through the safe input reader) and checks every data
// source it names. `fileDrivers`: GDAL short names a referenced file may be read with. Returns
// false with *error, e.g. "VRT data source '../x.geojson' (line 3) is outside the VRT's directory".
bool CheckOgrVrtReferences(const std::string& vrtPath, const std::vector<std::string>& fileDrivers,
                           std::string* error);

}  // namespace engagemap
