// Country code checks for dataset validation: ISO 3166-1 alpha-3 plus the user-assigned XKX
// (Kosovo), independent of which countries a geodata file happens to contain.
#pragma once

#include <string_view>

namespace engagemap {

// True for an officially assigned ISO 3166-1 alpha-3 code ("TUV", "ESH", "TWN").
bool IsIso3166Alpha3(std::string_view code);

// IsIso3166Alpha3 or one of the user-assigned codes the project accepts ("XKX").
bool IsKnownCountryCode(std::string_view code);

// Three upper-case ASCII letters.
bool LooksLikeCountryCode(std::string_view code);

}  // namespace engagemap
