// Display width of UTF-8 text for fixed-width (terminal, plain-text) columns.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace engagemap {

// Columns `text` takes in a terminal: one per code point (continuation bytes not counted).
// Combining marks and wide (CJK) characters are not special-cased: names in the project's
// data are Latin-script.
size_t DisplayWidth(std::string_view text);

// `text` followed by spaces up to `width` columns (unchanged when already as wide or wider).
std::string PadRight(std::string_view text, size_t width);

}  // namespace engagemap
