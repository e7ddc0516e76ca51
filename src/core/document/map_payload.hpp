// MapPayload: what an HTML export carries into the browser, where GDAL is not available — the
// countries as resolved by the desktop app (rings, names, regions, label points), their
// triangulated mesh, the default colours, the dataset's JSON text and a storyboard's JSON text.
// Serialised to one compact little-endian binary blob (coordinates as float32 degrees); the
// HTML writer compresses it and the web module parses it back. GDAL-free (browser build).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/document/map_document.hpp"

namespace engagemap {

struct MapPayload {
    CountrySet countries;     // polygons cut at the antimeridian, as the desktop loaded them
    MapMesh mesh;             // fill triangles and border segments (degrees)
    std::vector<Rgba8> colours;  // one per country (the region colours of MapDocument)
    std::string datasetJson;  // the dataset's text, validated again in the browser
    std::string storyJson;    // a storyboard (engagemap-storyboard JSON); one slide for a plain view
};

// Bytes of `payload` ("EMPL" magic, format version, then each part with its length).
std::string SerializeMapPayload(const MapPayload& payload);

// Parses bytes written by SerializeMapPayload. False with *error on truncation, a wrong magic or
// version, or counts that do not fit the data (never reads past `bytes`).
bool ParseMapPayload(std::string_view bytes, MapPayload* payload, std::string* error);

// The MapDocument part of a payload (countries, mesh, colours), as the renderer takes it.
MapDocument DocumentFromPayload(MapPayload payload);

}  // namespace engagemap
