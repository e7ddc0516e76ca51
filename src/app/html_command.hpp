// `engagemap --export F.html [--story S.json | view options]`: the briefing as one self-contained,
// offline HTML page (export/html_export.hpp).
#pragma once

#include "app/cli_options.hpp"
#include "core/data/dataset.hpp"
#include "core/document/map_document.hpp"
#include "core/data/civil_date.hpp"

namespace engagemap {

// Writes the page: the storyboard of --story (validated against the dataset; only slide N with
// --slide N), or one slide of the command line's view at `date`. Returns the exit status (0, or 1 with a message on stderr).
int RunHtmlExport(const CliOptions& cli, const MapDocument& document, const Dataset& dataset, const CivilDate& date);

}  // namespace engagemap
