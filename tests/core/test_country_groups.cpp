// Country groups as data (Dataset::groups): loading, strict validation with located errors,
// writing, and resolving a group to its members at a date with honest dates
// (core/data/country_groups.hpp). Fixtures: tests/data/dataset/groups.json and bad_group_*.json;
// the default dataset's groups are checked against their sourced tables.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/data/country_groups.hpp"
#include "core/data/dataset_loader.hpp"
#include "core/data/dataset_writer.hpp"
#include "core/data/importer.hpp"

using namespace engagemap;

namespace {

const std::string kDir = std::string(ENGAGEMAP_TEST_DATA_DIR) + "/dataset/";

Dataset LoadOk(const std::string& path) {
    DatasetLoadResult r = LoadDataset(path);
    EXPECT_TRUE(r.Ok()) << (r.errors.empty() ? "" : r.errors[0].ToString());
    return r.dataset;
}

using Codes = std::vector<std::string>;

bool Has(const Codes& v, const std::string& c) { return std::find(v.begin(), v.end(), c) != v.end(); }

void ExpectOneError(const std::string& name, int line, int column, const std::string& path, const std::string& field,
                    const std::string& message) {
    SCOPED_TRACE(name);
    DatasetLoadResult r = LoadDataset(kDir + name);
    EXPECT_FALSE(r.Ok());
    EXPECT_TRUE(r.dataset.groups.empty()) << "a refused file must yield no data";
    ASSERT_EQ(r.errors.size(), 1u) << (r.errors.empty() ? "" : r.errors[0].ToString());
    const LoadError& e = r.errors[0];
    EXPECT_EQ(e.file, kDir + name);
    EXPECT_EQ(e.line, line);
    EXPECT_EQ(e.column, column);
    EXPECT_EQ(e.path, path);
    EXPECT_EQ(e.field, field);
    EXPECT_EQ(e.message, message);
}

}  // namespace

TEST(CountryGroups, LoadAndFindByIdOrShortNameAnyCase) {
    const Dataset d = LoadOk(kDir + "groups.json");
    ASSERT_EQ(d.groups.size(), 2u);
    const CountryGroup* g = d.FindGroup("ECOWAS");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->id, "ecowas");
    EXPECT_EQ(d.FindGroup("ecowas"), g);
    EXPECT_EQ(d.FindGroup("Eu"), &d.groups[1]);
    EXPECT_EQ(d.FindGroup("nato"), nullptr);
    EXPECT_EQ(d.FindGroup(""), nullptr);
    EXPECT_EQ(GroupLabel(*g), "ECOWAS");
    EXPECT_EQ(g->members.size(), 5u);
    EXPECT_EQ(g->FindMember("MLI"), 1);
    EXPECT_EQ(g->members[1].events[1].sources, (Codes{"s1", "s2"}));
}

TEST(CountryGroups, MembersAtADayFollowJoinAndLeaveDates) {
    const Dataset d = LoadOk(kDir + "groups.json");
    const CountryGroup& ecowas = *d.FindGroup("ecowas");
    // 1976: NGA, MLI certain; CPV joined in 1977 (year precision) is not a member yet; GHA (known
    // by 2010-06-30) and SEN (unknown date) may be members: uncertain, never certain.
    GroupMembers m = GroupMembershipAt(ecowas, CivilDate{1976, 6, 1});
    EXPECT_EQ(m.certain, (Codes{"MLI", "NGA"}));
    EXPECT_EQ(m.uncertain, (Codes{"GHA", "SEN"}));
    // During 1977 CPV's join may or may not have happened.
    m = GroupMembershipAt(ecowas, CivilDate{1977, 6, 1});
    EXPECT_TRUE(Has(m.uncertain, "CPV"));
    // 2024-10-31: GHA's bound has passed (certain); SEN stays uncertain (unknown stays unknown).
    m = GroupMembershipAt(ecowas, CivilDate{2024, 10, 31});
    EXPECT_EQ(m.certain, (Codes{"CPV", "GHA", "MLI", "NGA"}));
    EXPECT_EQ(m.uncertain, (Codes{"SEN"}));
    EXPECT_EQ(GroupMembersAt(ecowas, CivilDate{2024, 10, 31}), m.certain);
    // Mali left on 2025-01-29: a member the day before, not at the end of that day.
    EXPECT_TRUE(Has(GroupMembersAt(ecowas, CivilDate{2025, 1, 28}), "MLI"));
    EXPECT_FALSE(Has(GroupMembersAt(ecowas, CivilDate{2025, 1, 29}), "MLI"));
    EXPECT_EQ(GroupMembersEver(ecowas), (Codes{"CPV", "GHA", "MLI", "NGA", "SEN"}));
    const CountryGroup& eu = *d.FindGroup("eu");
    EXPECT_EQ(GroupMembersAt(eu, CivilDate{2019, 12, 31}), (Codes{"FRA", "GBR"}));
    EXPECT_EQ(GroupMembersAt(eu, CivilDate{2020, 2, 1}), (Codes{"FRA"}));
    EXPECT_EQ(GroupMemberStatusAt(eu, eu.members[1], CivilDate{2020, 2, 1}).status, MembershipStatus::Former);
}

TEST(CountryGroups, WrittenAndReadBackUnchanged) {
    const Dataset d = LoadOk(kDir + "groups.json");
    DatasetLoadResult again = ParseDataset(WriteDatasetJson(d), "(written)");
    ASSERT_TRUE(again.Ok()) << again.errors[0].ToString();
    ASSERT_EQ(again.dataset.groups.size(), 2u);
    EXPECT_EQ(again.dataset.groups[0].shortName, "ECOWAS");
    EXPECT_EQ(again.dataset.groups[0].keyDates.size(), 1u);
    EXPECT_EQ(again.dataset.groups[0].members.size(), 5u);
    EXPECT_EQ(again.dataset.groups[0].members[3].events[0].date, d.groups[0].members[3].events[0].date);
    EXPECT_EQ(WriteDatasetJson(again.dataset), WriteDatasetJson(d));
}

TEST(CountryGroups, ValidationNamesFileLineColumnAndField) {
    ExpectOneError("bad_group_event_type.json", 35, 20, "/groups/1/members/1/events/1/type", "type",
                   "status 'signed' does not fit a forum (allowed: joined, left)");
    ExpectOneError("bad_group_duplicate_member.json", 33, 21, "/groups/1/members/1/country", "country",
                   "duplicate member 'FRA' in group 'eu' (first at /groups/1/members/0; put all its events in one entry)");
    ExpectOneError("bad_group_duplicate_id.json", 28, 13, "/groups/1/id", "id",
                   "duplicate group id 'ecowas' (first at /groups/0)");
    ExpectOneError("bad_group_unknown_source.json", 18, 92, "/groups/0/members/0/events/0/sources/0", "sources",
                   "source 'nope' is not defined in /sources");
}

TEST(CountryGroups, NoMemberBeforeTheGroupWasFounded) {
    DatasetLoadResult r = LoadDataset(kDir + "bad_group_before_founding.json");
    ASSERT_FALSE(r.Ok());
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].path, "/groups/0/members/2/events/0/date");
    EXPECT_EQ(r.errors[0].field, "date");
    EXPECT_EQ(r.errors[0].line, 22);
}

// The default dataset's groups, against their sourced tables (datasets/sources/groups/).
TEST(CountryGroups, DefaultDatasetGroups) {
    const Dataset d = LoadOk(std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/engagemap.json");
    for (const char* id : {"eu", "nato", "asean", "ecowas", "g7", "g20", "OAS", "AU"})
        EXPECT_NE(d.FindGroup(id), nullptr) << id;
    const CountryGroup& ecowas = *d.FindGroup("ecowas");
    const Codes before = GroupMembersAt(ecowas, CivilDate{2024, 10, 31});
    EXPECT_EQ(before.size(), 15u);
    EXPECT_TRUE(Has(before, "BFA"));
    const Codes after = GroupMembersAt(ecowas, CivilDate{2025, 6, 1});
    EXPECT_EQ(after.size(), 12u);
    EXPECT_FALSE(Has(after, "NER"));
    EXPECT_FALSE(Has(after, "MRT"));
    // Every membership event cites a source.
    for (const CountryGroup& g : d.groups)
        for (const Participation& p : g.members)
            for (const Event& e : p.events) EXPECT_FALSE(e.sources.empty()) << g.id << " " << p.country;
    const CountryGroup& eu = *d.FindGroup("EU");
    EXPECT_EQ(GroupMembersAt(eu, CivilDate{2019, 12, 31}).size(), 28u);
    EXPECT_EQ(GroupMembersAt(eu, CivilDate{2024, 10, 31}).size(), 27u);
    EXPECT_EQ(GroupMembersAt(*d.FindGroup("nato"), CivilDate{2024, 10, 31}).size(), 32u);
    EXPECT_EQ(GroupMembersAt(*d.FindGroup("asean"), CivilDate{2024, 10, 31}).size(), 10u);
    EXPECT_EQ(GroupMembersAt(*d.FindGroup("asean"), CivilDate{2025, 10, 26}).size(), 11u);
    EXPECT_EQ(GroupMembersAt(*d.FindGroup("g7"), CivilDate{2024, 10, 31}).size(), 7u);
    // G20 join dates are not sourced: certain only from the 2020 listing, uncertain before.
    const CountryGroup& g20 = *d.FindGroup("g20");
    EXPECT_EQ(GroupMembersAt(g20, CivilDate{2021, 1, 1}).size(), 19u);
    const GroupMembers g20in2010 = GroupMembershipAt(g20, CivilDate{2010, 1, 1});
    EXPECT_TRUE(g20in2010.certain.empty());
    EXPECT_EQ(g20in2010.uncertain.size(), 19u);
}

// The importer reads a group's member table as a forum's: citations become sources, known_by=
// notes become bounds, the founding day bounds unknown join dates, and a bad cell names its file,
// row and column.
TEST(CountryGroupsImport, MemberTableIsReadAsAForumTable) {
    ImportOptions o;
    o.metadataPath = kDir + "import_groups/instruments.json";
    const ImportResult r = ImportDataset(o);
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    ASSERT_EQ(r.dataset.groups.size(), 1u);
    const CountryGroup& g = r.dataset.groups[0];
    EXPECT_EQ(r.dataset.FindGroup("wafg"), &r.dataset.groups[0]);
    ASSERT_EQ(g.members.size(), 3u);
    const Participation& mli = g.members[static_cast<std::size_t>(g.FindMember("MLI"))];
    ASSERT_EQ(mli.events.size(), 2u);
    EXPECT_EQ(mli.events[1].type, EventType::Left);
    EXPECT_EQ(mli.events[1].sources.size(), 2u);
    const int src = r.dataset.FindSource(mli.events[0].sources[0]);
    ASSERT_GE(src, 0);
    EXPECT_EQ(r.dataset.sources[static_cast<std::size_t>(src)].url, "https://example.org/list");
    const Participation& gha = g.members[static_cast<std::size_t>(g.FindMember("GHA"))];
    EXPECT_EQ(gha.events[0].sources, (Codes{"meta"}));
    EXPECT_EQ(gha.events[0].date.kind, DateKind::Bounded);
    EXPECT_EQ(gha.events[0].date.Earliest(), (CivilDate{1975, 5, 28}));
    EXPECT_EQ(gha.events[0].date.Latest(), (CivilDate{2010, 6, 30}));
    const GroupMembers at2000 = GroupMembershipAt(g, CivilDate{2000, 1, 1});
    EXPECT_EQ(at2000.certain, (Codes{"MLI", "NGA"}));
    EXPECT_EQ(at2000.uncertain, (Codes{"GHA"}));
}

TEST(CountryGroupsImport, BadCellNamesFileRowAndColumn) {
    ImportOptions o;
    o.metadataPath = kDir + "import_groups/bad_instruments.json";
    const ImportResult r = ImportDataset(o);
    ASSERT_FALSE(r.Ok());
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].file, kDir + "import_groups/bad_members.csv");
    EXPECT_EQ(r.errors[0].line, 4);
    EXPECT_EQ(r.errors[0].field, "joined");
}
