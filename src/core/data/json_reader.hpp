// JSON text -> nlohmann::json with limits, and JSON pointers -> line/column.
// Uses nlohmann's SAX parser, which is iterative: a depth counter stops deep nesting (10,000
// nested arrays) before any recursive code sees it. Byte offsets of keys and values are recovered
// through an input iterator that records how far the parser has read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/load_error.hpp"

namespace engagemap {

// 1-based line and column of a byte offset; column counts UTF-8 characters.
struct TextLocation {
    int line = 0;
    int column = 0;
};

// A problem found while reading JSON text, at a byte offset.
struct JsonProblem {
    std::size_t offset = 0;
    std::string pointer;  // JSON pointer of the offending key/value where known
    std::string field;    // key name where relevant (duplicate keys)
    std::string message;
};

// Result of ReadJson: `value` is meaningful only when `fatal` is empty.
struct JsonReadResult {
    nlohmann::json value;
    std::vector<JsonProblem> fatal;       // syntax error or depth limit: nothing usable
    std::vector<JsonProblem> duplicates;  // duplicate keys (first value kept); reading continued
};

// Parses `text`. Containers nested deeper than maxDepth are refused (fatal) without recursion, and
// so is a NUL byte anywhere (nlohmann would stop reading there).
JsonReadResult ReadJson(std::string_view text, int maxDepth);

// Where a JSON value sits in the text: its key (object members only) and the start of its value.
struct JsonSpan {
    std::size_t keyOffset = std::string::npos;  // npos for array elements and the root
    std::size_t valueOffset = std::string::npos;
};

// Byte offsets for the given JSON pointers ("" is the root, "/instruments/0/kind"); pointers not
// present in the text are absent from the result. One SAX pass; meant for the error path.
std::unordered_map<std::string, JsonSpan> LocatePointers(std::string_view text,
                                                          const std::unordered_set<std::string>& pointers);

// Maps byte offsets to line/column in one pass over the text: line starts (after LF, CRLF or a
// lone CR) and, every kBlock bytes, the number of UTF-8 code points before that byte. A lookup is
// a binary search plus a scan of at most kBlock bytes, so locating many errors on one long
// (minified) line stays linear. Columns count code points, from 1.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    TextLocation Locate(std::size_t offset) const;

private:
    static constexpr std::size_t kBlock = 256;  // bytes between code point checkpoints
    std::size_t CodePointsBefore(std::size_t offset) const;

    std::string_view text_;
    std::vector<std::size_t> starts_;
    std::vector<std::size_t> codePoints_;  // code points before byte i * kBlock
};

// Appends one reference token to a JSON pointer, escaping '~' and '/' (RFC 6901).
std::string JoinPointer(const std::string& parent, std::string_view token);

// ---- validation findings, shared by the dataset and storyboard loaders ---------------------

// Which part of a located value a finding points at: its value, its key, or (for a missing
// member) the object that lacks it.
enum class JsonAnchor { Value, Key, Object };

// One validation finding, located by JSON pointer (turned into line/column by LocateIssues).
struct JsonIssue {
    std::string pointer;
    std::string field;
    std::string message;
    JsonAnchor anchor = JsonAnchor::Value;
    bool warning = false;
};

// "object", "array", "string", "integer", "number", "boolean", "null": for "expected X, got Y".
const char* JsonTypeName(const nlohmann::json& value);

// True when `value` is an integer equal to `expected`, whichever of nlohmann's signed or unsigned
// kinds holds it (a huge unsigned value read as signed would wrap to a negative number).
bool SameInteger(const nlohmann::json& value, long long expected);

// The first step of a loader: refuses text over `maxBytes`, parses it with ReadJson, and turns
// syntax/depth problems and duplicate keys into located LoadErrors of `fileName`. Returns false
// when nothing usable was read (*value is then meaningless); duplicate keys still return true.
bool ReadJsonForLoader(std::string_view text, const std::string& fileName, std::uint64_t maxBytes, int maxDepth,
                       nlohmann::json* value, std::vector<LoadError>* errors);

// Turns issues into LoadErrors of `fileName` with line and column from `text`, appending them to
// `errors` or `warnings`; then sorts both lists into file order.
void AppendLocatedIssues(std::string_view text, const std::string& fileName, const std::vector<JsonIssue>& issues,
                         std::vector<LoadError>* errors, std::vector<LoadError>* warnings);

}  // namespace engagemap
