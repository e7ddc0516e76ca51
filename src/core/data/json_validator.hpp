// JsonValidatorBase: the reporting and field-reading helpers that the dataset and storyboard
// validators share. A validator derives from it, walks the parsed JSON and records JsonIssues
// by JSON pointer; AppendLocatedIssues (json_reader.hpp) later adds line and column.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/data/json_reader.hpp"

namespace engagemap {

class JsonValidatorBase {
public:
    std::vector<JsonIssue> issues;  // everything found, in walk order

protected:
    using json = nlohmann::json;

    void Error(std::string ptr, std::string field, std::string msg, JsonAnchor anchor = JsonAnchor::Value);
    void Warning(std::string ptr, std::string field, std::string msg);
    // "wrong type: expected <expected>, got <type of v>".
    void TypeError(const json& v, const std::string& ptr, const std::string& field, const char* expected);
    // One error per member of `obj` not in `allowed`: "unknown field 'x' (allowed: a, b)".
    void Unknown(const json& obj, const std::string& ptr, std::initializer_list<std::string_view> allowed);
    // The member `key` of `obj`, or null (with "missing required field 'key'" when required).
    const json* Get(const json& obj, const std::string& ptr, const char* key, bool required);
    // A string member into *out; false when absent, of another type, or empty with nonEmpty.
    bool String(const json& obj, const std::string& ptr, const char* key, std::string* out, bool required,
                bool nonEmpty = false);
};

}  // namespace engagemap
