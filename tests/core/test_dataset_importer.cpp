// The importer on a small CSV fixture (tests/data/dataset/import/), and the default dataset.
#include <algorithm>
#include <cstdio>

#include <gtest/gtest.h>

#include "core/data/dataset_loader.hpp"
#include "core/data/dataset_writer.hpp"
#include "core/data/importer.hpp"
#include "core/data/participation_query.hpp"
#include "core/filter/country_profile.hpp"

using namespace engagemap;

namespace {

const Participation& Find(const Instrument& in, const char* c) {
    int i = in.FindParticipant(c);
    EXPECT_GE(i, 0) << c;
    return in.participants[i];
}

class DatasetImporter : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ImportOptions o;
        o.metadataPath = std::string(ENGAGEMAP_TEST_DATA_DIR) + "/dataset/import/instruments.json";
        static ImportResult r = ImportDataset(o);
        result = &r;
    }
    static const ImportResult* result;
};
const ImportResult* DatasetImporter::result = nullptr;

}  // namespace

TEST_F(DatasetImporter, ImportsAndValidates) {
    ASSERT_TRUE(result->Ok()) << result->errors[0].ToString();
    const Dataset& d = result->dataset;
    ASSERT_EQ(d.instruments.size(), 2u);
    EXPECT_EQ(d.instruments[0].participants.size(), 8u);
    EXPECT_EQ(d.instruments[1].participants.size(), 4u);  // Morocco's two rows merge
    // What is imported loads again with the loader's rules.
    DatasetLoadResult again = ParseDataset(WriteDatasetJson(d), "imported.json");
    EXPECT_TRUE(again.Ok()) << again.errors[0].ToString();
}

TEST_F(DatasetImporter, TreatyDates) {
    const Instrument& t = result->dataset.instruments[0];
    const Participation& hun = Find(t, "HUN");
    ASSERT_EQ(hun.events.size(), 3u);
    EXPECT_EQ(hun.events[1].type, EventType::Ratified);
    EXPECT_TRUE(hun.events[1].date.IsExactDay());
    // ISL: no deposit date; EIF 2007-05-01 gives January 2007 (derived), tighter than known_by 2008-04-26.
    const Event& isl = Find(t, "ISL").events[1];
    EXPECT_EQ(isl.date.Describe(), "between 2007-01-01 and 2007-01-31 (derived)");
    EXPECT_EQ(isl.sources.size(), 2u);
    // SRB: only a known_by bound, kept as a bound.
    EXPECT_EQ(Find(t, "SRB").events[0].date.Describe(), "by 2011-06-01");
    // The flags table makes the deposit uncertain; the sourced EIF still makes it a party for certain later.
    const Participation& pan = Find(t, "PAN");
    EXPECT_TRUE(pan.events[0].date.uncertain);
    EXPECT_EQ(pan.events[0].date.basis, "header says 04/03: VERIFY");
    EXPECT_EQ(pan.events[0].type, EventType::Acceded);
    EXPECT_FALSE(StatusAt(t, pan, {2014, 6, 1}).certain);
    EXPECT_TRUE(StatusAt(t, pan, {2014, 7, 1}).certain);
    EXPECT_EQ(Find(t, "JPN").events[1].type, EventType::Accepted);
    // Invitation date from the notes; an empty source cell cites the table's compilation.
    const Participation& mex = Find(t, "MEX");
    ASSERT_EQ(mex.events.size(), 1u);
    EXPECT_EQ(mex.events[0].type, EventType::Invited);
    EXPECT_EQ(mex.events[0].date.Describe(), "2022-10-06");
    EXPECT_EQ(mex.events[0].sources, std::vector<std::string>{"compilation"});
    EXPECT_EQ(Find(t, "IRL").events.size(), 1u);
}

TEST_F(DatasetImporter, ForumDates) {
    const Instrument& f = result->dataset.instruments[1];
    const Participation& mar = Find(f, "MAR");
    ASSERT_EQ(mar.events.size(), 3u);  // sorted by date across rows
    EXPECT_EQ(mar.events[0].date.Describe(), "1963-05-25 (derived)");  // flagged in the fixture
    EXPECT_EQ(mar.events[1].type, EventType::Left);
    EXPECT_EQ(mar.events[2].date.Describe(), "2017-01-31");
    EXPECT_EQ(StatusAt(f, mar, {2000, 1, 1}).status, MembershipStatus::Former);
    EXPECT_EQ(Find(f, "ALB").events[0].date.Describe(), "between 2018-11-12 and 2019-09-16");
    EXPECT_EQ(Find(f, "BEN").events[0].date.Describe(), "by 2022-01");
    const Participation& ven = Find(f, "VEN");
    EXPECT_FALSE(ven.events[0].date.uncertain);
    EXPECT_TRUE(ven.events[1].date.uncertain);  // the contested exit (flags table)
    // A flag picks its row by the cell's value: only Morocco's first spell is marked.
    EXPECT_TRUE(mar.events[0].date.derived);
    EXPECT_FALSE(mar.events[2].date.derived);
}

// Words in notes are not flags: Sweden's note says VERIFY and "inferred" about another matter.
TEST_F(DatasetImporter, WordsInNotesAreNotFlags) {
    const Participation& swe = Find(result->dataset.instruments[0], "SWE");
    for (const Event& e : swe.events) EXPECT_FALSE(e.date.uncertain) << ToString(e.type);
    EXPECT_TRUE(StatusAt(result->dataset.instruments[0], swe, {2021, 4, 28}).certain);
}

TEST_F(DatasetImporter, FlagMatchingNoCellIsAWarning) {
    bool found = false;
    for (const LoadError& w : result->warnings)
        found = found || w.message.find("ZZZ: flag 'derived' matches no cell") != std::string::npos;
    EXPECT_TRUE(found);
}

TEST_F(DatasetImporter, SourcesFromCitations) {
    const Dataset& d = result->dataset;
    const Source* chart = nullptr;
    for (auto& s : d.sources)
        if (s.title == "https://example.org/chart (chart, status 18/06/2004)") chart = &s;
    ASSERT_NE(chart, nullptr);
    EXPECT_EQ(chart->url, "https://example.org/chart");
    EXPECT_EQ(chart->asOf.Describe(), "2004-06-18");
    EXPECT_EQ(chart->id.rfind("src-", 0), 0u);
}

// Issue 16: a 45 KB URL and an 85 KB note cell crashed std::regex (stack overflow). The scanners are
// hand-written now; such a row imports and the URL is found whole.
TEST(DatasetImporterErrors, VeryLongCellsImport) {
    const std::string dir = ::testing::TempDir();
    const std::string path = dir + "/engagemap_long_cells.csv";
    const std::string url = "https://example.org/" + std::string(45 * 1024, 'a');
    std::string note(85 * 1024, 'x');
    note += " known_by=2011-06-01";
    {
        FILE* f = std::fopen(path.c_str(), "wb");
        ASSERT_NE(f, nullptr);
        std::fprintf(f, "iso3,name,signed,ratified,in_force,status,source,notes\nSRB,Serbia,,,,ratified,%s (status 01/06/2011),%s\n",
                     url.c_str(), note.c_str());
        std::fclose(f);
    }
    TableSpec spec;
    spec.path = path;
    spec.format = TableFormat::Treaty;
    Instrument in;
    in.kind = InstrumentKind::Treaty;
    SourceRegistry reg;
    std::vector<LoadError> errors, warnings;
    ASSERT_TRUE(ImportTable(spec, &in, &reg, &errors, &warnings)) << errors[0].ToString();
    ASSERT_EQ(in.participants.size(), 1u);
    EXPECT_EQ(in.participants[0].events[0].date.Describe(), "by 2011-06-01");
    ASSERT_EQ(reg.Sources().size(), 1u);
    EXPECT_EQ(reg.Sources()[0].url, url);
    EXPECT_EQ(reg.Sources()[0].asOf.Describe(), "2011-06-01");
    std::remove(path.c_str());
}

TEST(DatasetImporterErrors, MissingTableIsReported) {
    TableSpec spec;
    spec.path = std::string(ENGAGEMAP_TEST_DATA_DIR) + "/dataset/import/missing.csv";
    Instrument in;
    SourceRegistry reg;
    std::vector<LoadError> errors, warnings;
    EXPECT_FALSE(ImportTable(spec, &in, &reg, &errors, &warnings));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message, "cannot open: no such file or not readable");
}

// The shipped default dataset validates (CI runs this) and answers the Budapest samples.
TEST(DatasetDefault, ValidatesAndAnswersBudapestCounts) {
    DatasetLoadResult r = LoadDataset(std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/engagemap.json");
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    const Dataset& d = r.dataset;
    for (const char* id : {"budapest", "budapest-protocol-1", "budapest-protocol-2", "foc", "un-gge", "paris-call", "cri",
                           "malabo", "un-cybercrime", "osce", "arf", "oas", "au", "apec", "gfce", "g7-247", "glacy",
                           "glacy-plus", "glacy-e", "cybercrime-eap", "cybereast", "cybersouth", "cybersouth-plus",
                           "us-workshops", "a4ai", "gcscc-cmm", "itu-gci", "arab-convention", "sco-agreement"})
        EXPECT_GE(d.FindInstrument(id), 0) << id;
    const int b = d.FindInstrument("budapest");
    // 35 parties at the end of June 2012 and 76 in Oct 2024 match the CoE's own running totals.
    EXPECT_EQ(CountWithStatus(d, b, StatusFilter::Parties, {2012, 6, 30}).certain, 35);
    EXPECT_EQ(CountWithStatus(d, b, StatusFilter::Parties, {2024, 10, 31}).certain, 76);
    EXPECT_EQ(CountWithStatus(d, b, StatusFilter::InForce, {2004, 7, 1}).certain, 5);
    for (const Milestone& m : d.milestones) EXPECT_FALSE(m.sources.empty()) << m.id;
}

// UN GGE rounds carry their own dates: in the middle of the 2014-15 round every member is certain.
TEST(DatasetDefault, UnGgeRoundsMakeMidRoundQueriesCertain) {
    DatasetLoadResult r = LoadDataset(std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/engagemap.json");
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    const Dataset& d = r.dataset;
    const int g = d.FindInstrument("un-gge");
    ASSERT_GE(g, 0);
    const Instrument& gge = d.instruments[g];
    EXPECT_EQ(FormatCount(CountWithStatus(d, g, StatusFilter::Members, {2015, 6, 1})), "20");
    const int round = gge.FindRound("gge_2014_2015");
    ASSERT_GE(round, 0);
    EXPECT_EQ(gge.rounds[round].End().Describe(), "2015-07-22");
    EXPECT_EQ(RoundsInProgress(gge, {2015, 6, 1}), std::vector<int>{round});
    const Participation& bra = gge.participants[gge.FindParticipant("BRA")];
    EXPECT_TRUE(InCurrentRound(gge, bra, {2015, 6, 1}));
    const std::vector<std::string> taken = RoundsTakenPart(bra);
    EXPECT_NE(std::find(taken.begin(), taken.end(), "gge_2014_2015"), taken.end());
    bool profileNamesRound = false;
    for (const ProfileRow& row : BuildCountryProfile(d, "BRA"))
        profileNamesRound = profileNamesRound || (row.instrument == g && row.round == "GGE 2014-2015");
    EXPECT_TRUE(profileNamesRound);
    // Assessments are their own kind.
    EXPECT_EQ(d.instruments[d.FindInstrument("itu-gci")].kind, InstrumentKind::Assessment);
    EXPECT_EQ(d.instruments[d.FindInstrument("gcscc-cmm")].kind, InstrumentKind::Assessment);
}
