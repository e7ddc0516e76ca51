// LoadError: a located, human-readable problem found while reading an input file.
// Loaders return lists of these (they never throw across a layer boundary).
#pragma once

#include <string>

namespace engagemap {

struct LoadError {
    std::string file;     // path as given by the user
    int line = 0;         // 1-based; 0 when not applicable
    int column = 0;       // 1-based; 0 when not applicable
    std::string path;     // JSON path ("/instruments/3/kind") or feature id; may be empty
    std::string field;    // offending field name; may be empty
    std::string message;  // what is wrong, in plain words

    // "file:line:column: path: message" with the parts that are known.
    std::string ToString() const;
};

}  // namespace engagemap
