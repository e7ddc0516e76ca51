#include "core/data/country_names.hpp"

#include <algorithm>
#include <array>

namespace engagemap {
namespace {

// Names governments use where sources spell them otherwise (UN Terminology / the states'
// own usage: "Cabo Verde" since 2013, "Côte d'Ivoire" in every language).
struct NameOverride {
    std::string_view iso3;
    std::string_view name;
};
constexpr std::array<NameOverride, 5> kOverrides{{
    {"BIH", "Bosnia and Herzegovina"},
    {"CIV", "Côte d'Ivoire"},
    {"CPV", "Cabo Verde"},
    {"MDA", "Moldova"},
    {"TWN", "Taiwan"},
}};

// Searchable only: ISO 3166 short names, former names, common English forms.
struct AlternateName {
    std::string_view iso3;
    std::string_view name;
};
constexpr std::array<AlternateName, 22> kAlternates{{
    {"BIH", "Bosnia & Herzegovina"},
    {"BIH", "Bosnia"},
    {"CIV", "Ivory Coast"},
    {"CPV", "Cape Verde"},
    {"CZE", "Czech Republic"},
    {"GBR", "United Kingdom of Great Britain and Northern Ireland"},
    {"GBR", "UK"},
    {"GBR", "Great Britain"},
    {"KOR", "Korea, Republic of"},
    {"KOR", "Republic of Korea"},
    {"KOR", "South Korea"},
    {"MDA", "Republic of Moldova"},
    {"MDA", "Moldova, Republic of"},
    {"MKD", "Macedonia"},
    {"NLD", "Holland"},
    {"PRK", "North Korea"},
    {"RUS", "Russian Federation"},
    {"SWZ", "Swaziland"},
    {"TLS", "East Timor"},
    {"TUR", "Türkiye"},
    {"TWN", "Taiwan, Province of China"},
    {"USA", "United States of America"},
}};

using namespace std::string_view_literals;

// ASCII base letter for U+00C0..U+017F (lower case; 0 = keep as is).
constexpr std::string_view kLatin1Base =
    "aaaaaa" "\x01" "ceeeeiiiidnooooo" "\0" "ouuuuy" "\x02" "\x03"   // U+00C0..U+00DF
    "aaaaaa" "\x01" "ceeeeiiiidnooooo" "\0" "ouuuuy" "\x02" "y"sv;   // U+00E0..U+00FF
constexpr std::string_view kLatinExtABase =
    "aaaaaacccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "ii" "jj" "kkk"
    "llllllllll" "nnnnnnn" "nn" "oooooo" "oo" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu"
    "ww" "yyy" "zzzzzz" "s"sv;  // U+0100..U+017F
static_assert(kLatin1Base.size() == 64);
static_assert(kLatinExtABase.size() == 128);

// Decodes one UTF-8 code point at `i` (advancing it); invalid bytes come back as themselves.
char32_t NextCodePoint(std::string_view s, size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
    if (extra && i + extra >= s.size()) extra = 0;
    char32_t cp = extra == 0 ? b : extra == 1 ? (b & 0x1F) : extra == 2 ? (b & 0x0F) : (b & 0x07);
    ++i;
    for (int k = 0; k < extra; ++k) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80) return b;
        cp = (cp << 6) | (c & 0x3F);
        ++i;
    }
    return cp;
}

void AppendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// The fold of one code point, appended to `out`.
void AppendFolded(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
        return;
    }
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) {  // ‘ ’ ʼ
        out += '\'';
        return;
    }
    if (cp >= 0xC0 && cp < 0x100) {
        const char base = kLatin1Base[cp - 0xC0];
        if (base == '\x01') out += "ae";
        else if (base == '\x02') out += "th";
        else if (base == '\x03') out += "ss";
        else if (base != '\0') out += base;
        else AppendUtf8(out, cp);
        return;
    }
    if (cp >= 0x100 && cp < 0x180) {
        out += kLatinExtABase[cp - 0x100];
        return;
    }
    AppendUtf8(out, cp);
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

std::string CountryDisplayName(std::string_view iso3, std::string_view geodataName) {
    for (const NameOverride& o : kOverrides)
        if (o.iso3 == iso3) return std::string(o.name);
    return std::string(geodataName.empty() ? iso3 : geodataName);
}

std::vector<std::string_view> AlternateCountryNames(std::string_view iso3) {
    std::vector<std::string_view> out;
    for (const AlternateName& a : kAlternates)
        if (a.iso3 == iso3) out.push_back(a.name);
    return out;
}

std::string FoldForSearch(std::string_view text) {
    std::string folded;
    folded.reserve(text.size());
    for (size_t i = 0; i < text.size();) AppendFolded(folded, NextCodePoint(text, i));
    std::string out;
    out.reserve(folded.size());
    for (char c : folded) {
        if (c == ' ' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::vector<CountryMatch> RankCountryMatches(const std::vector<CountryNameEntry>& entries,
                                             std::string_view query, size_t limit) {
    const std::string needle = FoldForSearch(query);
    std::vector<CountryMatch> matches;
    if (needle.empty() || limit == 0) return matches;
    for (size_t i = 0; i < entries.size(); ++i) {
        const CountryNameEntry& e = entries[i];
        std::vector<std::string> names{FoldForSearch(e.displayName)};
        for (std::string_view alt : AlternateCountryNames(e.iso3)) names.push_back(FoldForSearch(alt));
        bool exact = FoldForSearch(e.iso3) == needle, prefix = false, substring = false;
        for (const std::string& n : names) {
            exact = exact || n == needle;
            prefix = prefix || StartsWith(n, needle);
            substring = substring || n.find(needle) != std::string::npos;
        }
        if (exact) matches.push_back({i, NameMatchKind::Exact});
        else if (prefix) matches.push_back({i, NameMatchKind::Prefix});
        else if (substring) matches.push_back({i, NameMatchKind::Substring});
    }
    std::stable_sort(matches.begin(), matches.end(), [&](const CountryMatch& a, const CountryMatch& b) {
        if (a.kind != b.kind) return a.kind < b.kind;
        return FoldForSearch(entries[a.index].displayName) < FoldForSearch(entries[b.index].displayName);
    });
    if (matches.size() > limit) matches.resize(limit);
    return matches;
}

}  // namespace engagemap
