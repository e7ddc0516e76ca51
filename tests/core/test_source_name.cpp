#include <gtest/gtest.h>

#include "core/data/source_name.hpp"

namespace engagemap {
namespace {

Source S(const char* id, const char* title) {
    Source s;
    s.id = id;
    s.title = title;
    return s;
}

TEST(ShortSourceName, PrefersTheDescriptionAfterAUrl) {
    EXPECT_EQ(ShortSourceName(S("a", "https://www.coe.int/x?y=1 (CoE Treaty Office chart, status 03/12/2015)")),
              "CoE Treaty Office chart, status 03/12/2015");
    EXPECT_EQ(ShortSourceName(S("b", "https://netlawgic.com/cyber-crime-conventions/")), "netlawgic.com");
    EXPECT_EQ(ShortSourceName(S("c", "Dutch treaty database, CETS 224 table")), "Dutch treaty database, CETS 224 table");
    EXPECT_EQ(ShortSourceName(S("d", "")), "d");
}

TEST(ShortSourceName, CutsLongTitlesOnACharacterBoundary) {
    EXPECT_EQ(ShortSourceName(S("a", "abcdefghij"), 8), "abcde...");
    // "é" is two bytes: the cut must not split it.
    EXPECT_EQ(ShortSourceName(S("a", "abcdé fghij"), 8), "abcd...");
}

}  // namespace
}  // namespace engagemap
