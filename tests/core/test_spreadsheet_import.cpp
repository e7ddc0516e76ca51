// The importer on spreadsheets with typed cells (tests/data/dataset/spreadsheet/, made with GDAL's
// writers from the CSVs there; see its README): workbooks give the same dataset as the CSVs.
#include <string>

#include <gtest/gtest.h>

#include "core/data/dataset_writer.hpp"
#include "core/data/importer.hpp"
#include "core/data/table_cells.hpp"

using namespace engagemap;

namespace {

const std::string kDir = std::string(ENGAGEMAP_TEST_DATA_DIR) + "/dataset/spreadsheet/";

// The dataset imported from instruments_<variant>.json, as JSON; fails the test on errors.
std::string ImportedJson(const std::string& variant) {
    ImportOptions o;
    o.metadataPath = kDir + "instruments_" + variant + ".json";
    o.generatedBy = "test";
    ImportResult r = ImportDataset(o);
    for (const LoadError& e : r.errors) ADD_FAILURE() << variant << ": " << e.ToString();
    return r.Ok() ? WriteDatasetJson(r.dataset) : std::string();
}

bool HasError(const std::vector<LoadError>& errors, const std::string& file, int line, const std::string& field) {
    for (const LoadError& e : errors)
        if (e.file == file && e.line == line && e.field == field) return true;
    return false;
}

}  // namespace

TEST(SpreadsheetImport, ExcelSerialDays) {
    EXPECT_EQ(ToString(*ExcelSerialDay(37218)), "2001-11-23");
    EXPECT_EQ(ToString(*ExcelSerialDay(41093.75)), "2012-07-03");  // time of day dropped
    EXPECT_EQ(ToString(*ExcelSerialDay(10000)), "1927-05-18");
    EXPECT_FALSE(ExcelSerialDay(2011));  // a year, not a serial day
    EXPECT_FALSE(ExcelSerialDay(-5));
    EXPECT_FALSE(ExcelSerialDay(3e6));
}

TEST(SpreadsheetImport, XlsxWithDateCellsEqualsCsv) {
    const std::string csv = ImportedJson("csv");
    ASSERT_FALSE(csv.empty());
    EXPECT_NE(csv.find("\"2003-12-04\""), std::string::npos);  // a day from a date cell
    EXPECT_NE(csv.find("\"2019-04\""), std::string::npos);     // month precision kept
    EXPECT_EQ(ImportedJson("xlsx"), csv);
}

TEST(SpreadsheetImport, OdsWithDateCellsEqualsCsv) { EXPECT_EQ(ImportedJson("ods"), ImportedJson("csv")); }

TEST(SpreadsheetImport, SerialNumbersInDateColumnsEqualCsv) {
    EXPECT_EQ(ImportedJson("serial"), ImportedJson("csv"));
}

TEST(SpreadsheetImport, BadCellsNameSheetRowAndColumn) {
    TableSpec spec;
    spec.path = kDir + "bad.ods";
    spec.instrument = "budapest";
    spec.format = TableFormat::Treaty;
    Instrument in;
    in.id = "budapest";
    in.kind = InstrumentKind::Treaty;
    SourceRegistry sources;
    std::vector<LoadError> errors, warnings;
    EXPECT_FALSE(ImportTable(spec, &in, &sources, &errors, &warnings));
    const std::string where = spec.path + ", sheet budapest";
    EXPECT_TRUE(HasError(errors, where, 3, "ratified"));  // "2007-13": spreadsheet row 3
    EXPECT_TRUE(HasError(errors, where, 4, "status"));    // "sleeping"
    EXPECT_EQ(errors.size(), 2u);
    EXPECT_TRUE(HasError(warnings, where, 1, "comment"));  // a column the format does not know
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors[0].ToString(), where + ":3: field 'ratified': impossible date '2007-13': month 13");
}

TEST(SpreadsheetImport, InstrumentColumnPicksRows) {
    TableSpec spec;
    spec.path = kDir + "multi.csv";
    spec.instrument = "budapest";
    spec.format = TableFormat::Treaty;
    Instrument in;
    in.id = "budapest";
    in.kind = InstrumentKind::Treaty;
    SourceRegistry sources;
    std::vector<LoadError> errors, warnings;
    ASSERT_TRUE(ImportTable(spec, &in, &sources, &errors, &warnings));
    EXPECT_GE(in.FindParticipant("HUN"), 0);
    EXPECT_GE(in.FindParticipant("JPN"), 0);  // an empty instrument cell: the sheet's own rows
    EXPECT_LT(in.FindParticipant("FRA"), 0);  // another instrument's row
    EXPECT_TRUE(warnings.empty());
}

// The template workbook (datasets/templates/, rebuilt by make-template) imports: a real example row
// per instrument kind, the treaty's dates as date cells.
TEST(SpreadsheetImport, TemplateWorkbookImports) {
    ImportOptions o;
    o.metadataPath = std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/templates/instruments.json";
    ImportResult r = ImportDataset(o);
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    EXPECT_TRUE(r.warnings.empty()) << r.warnings[0].ToString();
    ASSERT_EQ(r.dataset.instruments.size(), 4u);
    for (const Instrument& in : r.dataset.instruments) EXPECT_EQ(in.participants.size(), 1u) << in.id;
    const Participation& hun = r.dataset.instruments[0].participants[0];
    ASSERT_EQ(hun.country, "HUN");
    ASSERT_EQ(hun.events.size(), 3u);
    EXPECT_EQ(hun.events[1].date, FuzzyDate::Exact(*ParsePartialDate("2003-12-04")));
}

// A header row below title rows is found by its names; rows keep the spreadsheet's numbers.
TEST(SpreadsheetImport, HeaderRowFoundByName) {
    TableSpec spec;
    spec.path = kDir + "titled.ods";
    spec.instrument = "budapest";
    spec.format = TableFormat::Treaty;
    Instrument in;
    in.id = "budapest";
    in.kind = InstrumentKind::Treaty;
    SourceRegistry sources;
    std::vector<LoadError> errors, warnings;
    EXPECT_FALSE(ImportTable(spec, &in, &sources, &errors, &warnings));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_TRUE(HasError(errors, spec.path + ", sheet budapest", 5, "ratified")) << errors[0].ToString();
    ASSERT_GE(in.FindParticipant("HUN"), 0);
    const Participation& hun = in.participants[in.FindParticipant("HUN")];
    ASSERT_EQ(hun.events.size(), 3u);
    EXPECT_EQ(hun.events[1].date, FuzzyDate::Exact(*ParsePartialDate("2003-12-04")));
}

// Date flags name a workbook's instrument by its id and match date cells by their day.
TEST(SpreadsheetImport, DateFlagsApplyToDateCells) {
    for (const char* variant : {"csv", "xlsx", "ods", "serial"}) {
        ImportOptions o;
        o.metadataPath = kDir + "instruments_" + variant + ".json";
        ImportResult r = ImportDataset(o);
        ASSERT_TRUE(r.Ok()) << variant;
        EXPECT_TRUE(r.warnings.empty()) << variant << ": " << r.warnings[0].ToString();
        const Instrument& budapest = r.dataset.instruments[r.dataset.FindInstrument("budapest")];
        const Participation& jpn = budapest.participants[budapest.FindParticipant("JPN")];
        bool flagged = false;
        for (const Event& e : jpn.events)
            if (e.type == EventType::Accepted || e.type == EventType::Ratified) flagged = e.date.uncertain;
        EXPECT_TRUE(flagged) << variant;
        const Instrument& club = r.dataset.instruments[r.dataset.FindInstrument("club")];
        const Participation& mar = club.participants[club.FindParticipant("MAR")];
        EXPECT_TRUE(mar.events[0].date.derived) << variant;  // the 1963 spell sorts first
    }
}

// A workbook of several sheets without the instrument's sheet is refused, never read from another's.
TEST(SpreadsheetImport, MissingSheetIsRefused) {
    TableSpec spec;
    spec.path = kDir + "book.xlsx";
    spec.instrument = "osce";
    spec.format = TableFormat::Forum;
    Instrument in;
    in.id = "osce";
    in.kind = InstrumentKind::Forum;
    SourceRegistry sources;
    std::vector<LoadError> errors, warnings;
    EXPECT_FALSE(ImportTable(spec, &in, &sources, &errors, &warnings));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].message.find("no sheet named 'osce' (sheets: budapest, club)"), std::string::npos)
        << errors[0].message;
    EXPECT_TRUE(in.participants.empty());
}
