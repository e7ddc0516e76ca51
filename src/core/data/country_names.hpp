// One display name per country, and the search over names that the explorer's search box uses.
// The geodata's name is the default; a short override table holds the names governments use
// where the geodata (or a dataset's source) spells them otherwise ("Taiwan", "Moldova",
// "Bosnia and Herzegovina", "Cabo Verde", "Côte d'Ivoire"). Alternate names (older or
// ISO-style spellings, ASCII forms) are known to the search but never shown.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace engagemap {

// The name to show for `iso3`: the override when there is one, else `geodataName`, else `iso3`.
std::string CountryDisplayName(std::string_view iso3, std::string_view geodataName);

// Other names a user may type for `iso3` ("Ivory Coast", "Korea, Republic of"); may be empty.
std::vector<std::string_view> AlternateCountryNames(std::string_view iso3);

// `text` folded for comparison: ASCII lower case, Latin-1/Latin Extended-A accents removed
// ("Côte" → "cote"), typographic apostrophes as "'", runs of spaces as one, trimmed.
std::string FoldForSearch(std::string_view text);

// One country as the search sees it.
struct CountryNameEntry {
    std::string iso3;
    std::string displayName;
};

// How well a country matched a query; lower ranks first.
enum class NameMatchKind { Exact = 0, Prefix = 1, Substring = 2 };

// One search result: `index` into the entries given to RankCountryMatches.
struct CountryMatch {
    size_t index = 0;
    NameMatchKind kind = NameMatchKind::Substring;
};

// The countries matching `query`, best first: exact display name, alternate name or ISO3 code,
// then a name (or alternate name) starting with the query, then a name containing it; ties by
// display name. Accent- and case-insensitive. At most `limit` results; empty query → none.
std::vector<CountryMatch> RankCountryMatches(const std::vector<CountryNameEntry>& entries,
                                             std::string_view query, size_t limit = 8);

}  // namespace engagemap
