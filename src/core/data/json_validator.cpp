#include "core/data/json_validator.hpp"

#include <algorithm>

namespace engagemap {

void JsonValidatorBase::Error(std::string ptr, std::string field, std::string msg, JsonAnchor anchor) {
    issues.push_back(JsonIssue{std::move(ptr), std::move(field), std::move(msg), anchor, false});
}

void JsonValidatorBase::Warning(std::string ptr, std::string field, std::string msg) {
    issues.push_back(JsonIssue{std::move(ptr), std::move(field), std::move(msg), JsonAnchor::Value, true});
}

void JsonValidatorBase::TypeError(const json& v, const std::string& ptr, const std::string& field, const char* expected) {
    std::string msg = "wrong type: expected ";
    msg.append(expected).append(", got ").append(JsonTypeName(v));
    Error(ptr, field, msg);
}

void JsonValidatorBase::Unknown(const json& obj, const std::string& ptr, std::initializer_list<std::string_view> allowed) {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) != allowed.end()) continue;
        std::string msg = "unknown field '";
        msg.append(it.key()).append("' (allowed: ");
        bool first = true;
        for (auto a : allowed) {
            if (!first) msg.append(", ");
            msg.append(a);
            first = false;
        }
        msg.append(")");
        Error(JoinPointer(ptr, it.key()), it.key(), msg, JsonAnchor::Key);
    }
}

const JsonValidatorBase::json* JsonValidatorBase::Get(const json& obj, const std::string& ptr, const char* key,
                                                      bool required) {
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required) {
            std::string msg = "missing required field '";
            msg.append(key).append("'");
            Error(ptr, key, msg, JsonAnchor::Object);
        }
        return nullptr;
    }
    return &*it;
}

bool JsonValidatorBase::String(const json& obj, const std::string& ptr, const char* key, std::string* out,
                               bool required, bool nonEmpty) {
    const json* v = Get(obj, ptr, key, required);
    if (!v) return false;
    if (!v->is_string()) {
        TypeError(*v, JoinPointer(ptr, key), key, "string");
        return false;
    }
    *out = v->get<std::string>();
    if (nonEmpty && out->empty()) {
        Error(JoinPointer(ptr, key), key, "must not be empty");
        return false;
    }
    return true;
}

}  // namespace engagemap
