// Short, human names for cited sources, for tooltips and the map's source line.
#pragma once

#include <string>

#include "core/data/dataset.hpp"

namespace engagemap {

// "CoE Treaty Office chart, status 03/12/2015" for a title "https://... (CoE Treaty Office
// chart, status 03/12/2015)"; the host ("www.coe.int") for a bare URL; otherwise the title,
// cut to `maxChars` with "..." at the end.
std::string ShortSourceName(const Source& source, size_t maxChars = 70);

}  // namespace engagemap
