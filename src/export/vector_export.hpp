// Vector export: a view, or a storyboard's slides, as SVG or PDF through cairo — the map as vector
// paths of the projected country geometry (same colours, hatching, borders and small-country
// markers as the PNG) and the overlay's layout (core OverlayScene: title, date, legend, caption,
// source line) drawn with DejaVu fonts. PDF text is real text; cairo 1.16's SVG surface writes
// glyphs as outlines (<symbol> paths), so the SVG looks the same everywhere but its text is not
// selectable. A slide deck is one PDF page per slide (a handout).
//
//   engagemap --export map.svg --instrument budapest --date 2012-06-30
//   engagemap --export deck.pdf --story datasets/budapest-briefing.story.json
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/document/map_document.hpp"
#include "export/timeline_export.hpp"

namespace engagemap {

enum class VectorFormat { Svg, Pdf };

// ".svg" or ".pdf" (any case) at the end of `path`; nullopt for anything else.
std::optional<VectorFormat> VectorFormatForPath(const std::string& path);

// Writes `pages` (each a still, as ExportTimelinePng draws it, at its own size) to `path`: an SVG
// takes exactly one page, a PDF one page per entry. The file is written atomically (temporary file,
// then rename); false + *error (unknown instrument, an unresolvable view, cairo, the file) with any
// previous file untouched. Needs no GL context.
bool ExportTimelineVector(const MapDocument& document, const Dataset& dataset,
                          const std::vector<TimelineExportOptions>& pages, const std::string& path, std::string* error);

}  // namespace engagemap
