// engagemap/common.hpp — small value types shared by the public API: a calendar date and a
// located problem. Part of engagemap::core. Everything public lives in namespace engagemap::embed.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace engagemap::embed {

// One calendar day (proleptic Gregorian, no time zone): the unit of every date in the API.
// Valid dates have 1 <= month <= 12 and 1 <= day <= days in that month.
struct Date {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31

    // Parses exactly "YYYY-MM-DD" (ISO 8601 calendar date); nullopt for anything else, including
    // impossible days such as "2023-02-29".
    static std::optional<Date> FromIso(std::string_view text);
    // "YYYY-MM-DD".
    std::string ToIso() const;

    auto operator<=>(const Date&) const = default;
};

// A problem found while reading an input (geodata, dataset, slide JSON): where it is and what is
// wrong. Loaders return lists of these; nothing in the API throws.
struct Problem {
    std::string file;     // the path as given
    int line = 0;         // 1-based; 0 when not applicable
    int column = 0;       // 1-based; 0 when not applicable
    std::string path;     // JSON path ("/instruments/3/kind") or feature id; may be empty
    std::string message;  // what is wrong, in plain words

    // "file:line:column: path: message", with the parts that are known.
    std::string ToString() const;
};

}  // namespace engagemap::embed
