// The Table tab's model (core/query/table_model.hpp): rows filtered by text and sorted by any
// column, export of exactly what is shown, and the change over a range. The answers must equal the
// commands' outputs in the README on the same fixture (tests/data/queries/analyst.json and the
// .expected files that tests/app/scripts/query_answers_test.sh compares the commands against).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/data/dataset_loader.hpp"
#include "core/geo/un_m49.hpp"
#include "core/io/atomic_file.hpp"
#include "core/io/output_name.hpp"
#include "core/query/event_durations.hpp"
#include "core/query/event_range.hpp"
#include "core/query/membership_compare.hpp"
#include "core/query/table_model.hpp"
#include "scratch_dir.hpp"
#include "test_filter_fixture.hpp"

namespace engagemap {
namespace {

using Codes = std::vector<std::string>;
using filter_test::D;

std::string ReadExpected(const std::string& name) {
    std::ifstream in(std::string(ENGAGEMAP_TEST_DATA_DIR) + "/queries/" + name + ".expected", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.push_back(line);
    }
    return out;
}

// The ISO3 codes the command lists under `heading` ("only frm:") in compare.expected, in order.
Codes CommandClassMembers(const std::string& heading) {
    Codes out;
    bool in = false;
    for (const std::string& line : Lines(ReadExpected("compare"))) {
        if (line.rfind(heading, 0) == 0) { in = true; continue; }
        if (in && line.rfind("  ", 0) != 0) break;
        if (in) out.push_back(line.substr(2, 3));
    }
    return out;
}

Codes Column(const ViewTable& t, const std::string& name) {
    std::size_t col = t.header.size();
    for (std::size_t i = 0; i < t.header.size(); ++i)
        if (t.header[i] == name) col = i;
    Codes out;
    if (col == t.header.size()) return out;
    for (const auto& row : t.rows) out.push_back(row[col]);
    return out;
}

int ColumnIndex(const ViewTable& t, const std::string& name) {
    for (std::size_t i = 0; i < t.header.size(); ++i)
        if (t.header[i] == name) return static_cast<int>(i);
    return -1;
}

class TableModelAnswers : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        static DatasetLoadResult r = LoadDataset(std::string(ENGAGEMAP_TEST_DATA_DIR) + "/queries/analyst.json");
        ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
        dataset = &r.dataset;
    }
    static const Instrument& Inst(const char* id) {
        return dataset->instruments[static_cast<std::size_t>(dataset->FindInstrument(id))];
    }
    static const Dataset* dataset;
};
const Dataset* TableModelAnswers::dataset = nullptr;

TEST(TableModel, FiltersCaseInsensitivelyAndSortsNumbersAsNumbers) {
    TableModel m;
    m.SetTable({{"iso3", "days"}, {{"AAA", "100"}, {"BBB", "9"}, {"CCC", "abc"}, {"DDD", "9"}}});
    EXPECT_EQ(m.ShownRows(), (std::vector<std::size_t>{0, 1, 2, 3}));
    m.SetSort(1, false);
    EXPECT_EQ(Column(m.Shown(), "iso3"), (Codes{"BBB", "DDD", "AAA", "CCC"}));  // 9, 9 (stable), 100, text
    m.SetSort(1, true);
    EXPECT_EQ(Column(m.Shown(), "iso3"), (Codes{"CCC", "AAA", "BBB", "DDD"}));
    m.SetFilter("bb");
    EXPECT_EQ(Column(m.Shown(), "iso3"), (Codes{"BBB"}));
    m.SetFilter("");
    m.SetSort(-1, false);
    EXPECT_EQ(Column(m.Shown(), "iso3"), (Codes{"AAA", "BBB", "CCC", "DDD"}));
    // Sort and filter survive new rows; a sort column the new table lacks falls back to source order.
    m.SetSort(1, false);
    m.SetFilter("d");
    m.SetTable({{"iso3", "days"}, {{"DDA", "5"}, {"DDB", "1"}, {"XXX", "0"}}});
    EXPECT_EQ(Column(m.Shown(), "iso3"), (Codes{"DDB", "DDA"}));
    m.SetTable({{"iso3"}, {{"DZ"}, {"AD"}}});
    EXPECT_EQ(m.SortColumn(), -1);
    EXPECT_EQ(Column(m.Shown(), "iso3"), (Codes{"DZ", "AD"}));
}

// "Which countries deposited between 2015 and 2020?": the Table in range mode shows the command's
// rows, and its export equals `query list ... --format csv` byte for byte (line ends aside).
TEST_F(TableModelAnswers, DepositsBetween2015And2020AsTheCommand) {
    TableModel m;
    m.SetTable(RangeEventsTable(EventsInRange(Inst("tre"), EventSelector::Deposit, {D("2015-01-01"), D("2020-12-31")})));
    EXPECT_EQ(Lines(ToCsv(m.Shown())), Lines(ReadExpected("list_range_csv")));
    Codes commandRows;
    for (const std::string& line : Lines(ReadExpected("list_range")))
        if (line.size() > 5 && line[3] == ' ' && line[4] == ' ') commandRows.push_back(line.substr(0, 3));
    EXPECT_EQ(Column(m.Shown(), "iso3"), commandRows);
    // Sorted by deposit date, newest first; filtered to the possible one; the export follows.
    m.SetSort(ColumnIndex(m.Source(), "deposit_date"), true);
    EXPECT_EQ(Column(m.Shown(), "iso3"), (Codes{"SEN", "NGA", "GHA"}));  // "between ..." sorts after digits
    m.SetSort(ColumnIndex(m.Source(), "iso3"), true);
    m.SetFilter("POSSIBLE");
    const std::vector<std::string> csv = Lines(ToCsv(m.Shown()));
    ASSERT_EQ(csv.size(), 2u);
    EXPECT_EQ(csv[1].substr(0, 12), "SEN,Senegal,");
    // The change over the range, as `query timeline` counts it at the ends.
    const RangeChange change = CountChangeOverRange(*dataset, dataset->FindInstrument("tre"), D("2014-12-31"), D("2020-12-31"));
    const std::vector<std::string> timeline = Lines(ReadExpected("timeline"));
    EXPECT_EQ(timeline[1], "2014-12-31," + std::to_string(change.atFrom.certain) + "," + std::to_string(change.atFrom.uncertain));
    EXPECT_EQ(timeline[7], "2020-12-31," + std::to_string(change.atTo.certain) + "," + std::to_string(change.atTo.uncertain));
    EXPECT_EQ(change.CertainChange(), 3);
    EXPECT_EQ(FormatRangeChange(change), "2 (+1 uncertain) -> 5 (+3)");
}

// "Who is in frm but not a tre party?": filtering the compare table by class gives the command's lists.
TEST_F(TableModelAnswers, CompareClassesAsTheCommand) {
    TableModel m;
    m.SetTable(CompareTable(CompareMembership(Inst("tre"), Inst("frm"), D("2016-06-30"), M49CountryCodes())));
    const int uncertainCol = ColumnIndex(m.Source(), "uncertain");
    ASSERT_GE(uncertainCol, 0);
    // The command lists certain members first, then the uncertain ones; the Table sorts by "uncertain" to match.
    m.SetSort(uncertainCol, false);
    for (const char* cls : {"both", "only tre", "only frm"}) {
        SCOPED_TRACE(cls);
        m.SetFilter(cls);
        EXPECT_EQ(Column(m.Shown(), "iso3"), CommandClassMembers(std::string(cls) + ":"));
    }
    EXPECT_EQ(CommandClassMembers("only frm:"), (Codes{"KEN", "MEX", "DNK"}));  // the parser reads the file
}

// "Median time from signature to deposit": the durations table sorted by days has the command's
// median in its middle row.
TEST_F(TableModelAnswers, DurationsMedianAsTheCommand) {
    TableModel m;
    m.SetTable(DurationsTable(ComputeDurations(Inst("tre"), EventSelector::Signed, EventSelector::Deposit)));
    m.SetSort(ColumnIndex(m.Source(), "days"), true);
    const Codes days = Column(m.Shown(), "days");
    ASSERT_EQ(days.size(), 3u);
    EXPECT_EQ(days, (Codes{"1771", "1509", "1451"}));
    bool found = false;
    for (const std::string& line : Lines(ReadExpected("durations")))
        if (line == "  median  " + days[1] + " days (4.1 years)") found = true;
    EXPECT_TRUE(found) << "durations.expected has no median of " << days[1];
}

// Export of the shown rows never replaces an earlier export: the next free name is taken.
TEST(TableExportName, NeverAnExistingFile) {
    test::ScratchDir dir("table-export-name");
    const std::string wanted = (dir.Path() / "engagemap-table-tre.csv").string();
    EXPECT_EQ(UnusedOutputPath(wanted), wanted);
    std::string error;
    ASSERT_TRUE(WriteOutputFile(wanted, "first", &error)) << error;
    const std::string second = UnusedOutputPath(wanted);
    EXPECT_EQ(second, (dir.Path() / "engagemap-table-tre-2.csv").string());
    ASSERT_TRUE(WriteOutputFile(second, "second", &error)) << error;
    EXPECT_EQ(UnusedOutputPath(wanted), (dir.Path() / "engagemap-table-tre-3.csv").string());
    EXPECT_EQ(dir.Files(), (std::set<std::string>{"engagemap-table-tre.csv", "engagemap-table-tre-2.csv"}));
    EXPECT_EQ(FileNameSafe("tre 2015/01"), "tre_2015_01");
}

}  // namespace
}  // namespace engagemap
