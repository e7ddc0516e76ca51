// One display name per country, accent-insensitive ranked search, and display-width padding.
#include <gtest/gtest.h>

#include "core/data/country_names.hpp"
#include "core/data/display_width.hpp"

namespace engagemap {
namespace {

std::vector<CountryNameEntry> Entries() {
    return {{"ASM", "American Samoa"}, {"WSM", "Samoa"},        {"CPV", "Cabo Verde"},
            {"CIV", "Côte d'Ivoire"},  {"KOR", "South Korea"},  {"PRK", "North Korea"},
            {"MDA", "Moldova"},        {"USA", "United States"}, {"UMI", "U.S. Minor Outlying Is."}};
}

std::vector<std::string> Found(std::string_view query) {
    const auto entries = Entries();
    std::vector<std::string> out;
    for (const CountryMatch& m : RankCountryMatches(entries, query)) out.push_back(entries[m.index].iso3);
    return out;
}

TEST(CountryNames, OverridesTheGeodataNameWhereGovernmentsUseAnother) {
    EXPECT_EQ(CountryDisplayName("TWN", "Taiwan, Province of China"), "Taiwan");
    EXPECT_EQ(CountryDisplayName("MDA", "Moldova, Republic of"), "Moldova");
    EXPECT_EQ(CountryDisplayName("BIH", "Bosnia & Herzegovina"), "Bosnia and Herzegovina");
    EXPECT_EQ(CountryDisplayName("CPV", "Cape Verde"), "Cabo Verde");
    EXPECT_EQ(CountryDisplayName("CIV", "Ivory Coast"), "Côte d'Ivoire");
    EXPECT_EQ(CountryDisplayName("FRA", "France"), "France");
    EXPECT_EQ(CountryDisplayName("XKX", ""), "XKX");
}

TEST(CountryNames, FoldsCaseAccentsAndApostrophes) {
    EXPECT_EQ(FoldForSearch("Côte d’Ivoire"), "cote d'ivoire");
    EXPECT_EQ(FoldForSearch("  São   Tomé "), "sao tome");
    EXPECT_EQ(FoldForSearch("Türkiye"), "turkiye");
    EXPECT_EQ(FoldForSearch("Łódź"), "lodz");
    EXPECT_EQ(FoldForSearch("Straße"), "strasse");
}

TEST(CountryNames, ExactNameBeatsSubstring) {
    EXPECT_EQ(Found("Samoa"), (std::vector<std::string>{"WSM", "ASM"}));
    EXPECT_EQ(Found("samoa").front(), "WSM");
}

TEST(CountryNames, IsoCodeIsExact) {
    EXPECT_EQ(Found("usa").front(), "USA");
    EXPECT_EQ(Found("KOR").front(), "KOR");
}

TEST(CountryNames, PrefixBeforeSubstring) {
    // "Korea" is a substring of both names; "Korea, Republic of" makes South Korea a prefix match.
    EXPECT_EQ(Found("Korea"), (std::vector<std::string>{"KOR", "PRK"}));
}

TEST(CountryNames, AlternateAndAccentInsensitiveNamesFindTheCountry) {
    EXPECT_EQ(Found("Cabo Verde"), std::vector<std::string>{"CPV"});
    EXPECT_EQ(Found("Cape Verde"), std::vector<std::string>{"CPV"});
    EXPECT_EQ(Found("Côte"), std::vector<std::string>{"CIV"});
    EXPECT_EQ(Found("cote d'ivoire"), std::vector<std::string>{"CIV"});
    EXPECT_EQ(Found("Ivory Coast"), std::vector<std::string>{"CIV"});
    EXPECT_EQ(Found("Republic of Moldova"), std::vector<std::string>{"MDA"});
    EXPECT_TRUE(Found("").empty());
    EXPECT_TRUE(Found("Atlantis").empty());
}

TEST(CountryNames, LimitsTheSuggestionList) {
    const auto entries = Entries();
    EXPECT_EQ(RankCountryMatches(entries, "a", 3).size(), 3u);
}

TEST(DisplayWidth, CountsCodePointsNotBytes) {
    EXPECT_EQ(DisplayWidth("Chile"), 5u);
    EXPECT_EQ(DisplayWidth("Côte d'Ivoire"), 13u);
    EXPECT_EQ(DisplayWidth("Türkiye"), 7u);
    EXPECT_EQ(PadRight("Côte", 6), "Côte  ");
    EXPECT_EQ(PadRight("Chile", 3), "Chile");
    EXPECT_EQ(DisplayWidth(PadRight("São Tomé", 12)), DisplayWidth(PadRight("Chad", 12)));
}

}  // namespace
}  // namespace engagemap
