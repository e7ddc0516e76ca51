// Loading and strict validation: one bad file per rule (tests/data/dataset/bad_*.json), each error
// asserted with file, line, column, JSON path and field; limits; VSI paths.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include <cpl_vsi.h>

#include "core/data/dataset_loader.hpp"
#include "core/data/dataset_writer.hpp"

using namespace engagemap;

namespace {

const std::string kDir = std::string(ENGAGEMAP_TEST_DATA_DIR) + "/dataset/";

DatasetLoadResult Load(const std::string& name) {
    static const std::set<std::string> keys = {"HUN", "GBR", "ISL", "SRB", "USA", "XKX", "MUS"};
    DatasetLoadOptions o;
    o.knownCountries = &keys;
    return LoadDataset(kDir + name, o);
}

// Checks that `name` is refused with exactly one error, located and worded as expected.
void ExpectOneError(const std::string& name, int line, int column, const std::string& path, const std::string& field,
                    const std::string& message) {
    SCOPED_TRACE(name);
    DatasetLoadResult r = Load(name);
    EXPECT_FALSE(r.Ok());
    EXPECT_TRUE(r.dataset.instruments.empty()) << "a refused file must yield no data";
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

TEST(DatasetLoader, ValidFileLoadsWithGeodataWarning) {
    DatasetLoadResult r = Load("valid_small.json");
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    const Dataset& d = r.dataset;
    ASSERT_EQ(d.instruments.size(), 3u);
    EXPECT_EQ(d.instruments[0].id, "budapest");
    EXPECT_EQ(d.instruments[0].kind, InstrumentKind::Treaty);
    EXPECT_EQ(d.instruments[0].participants.size(), 5u);
    EXPECT_EQ(*d.instruments[0].coverage.membersTotal, 4);
    EXPECT_EQ(d.instruments[1].participants[0].events[0].role, "founding member");
    const FuzzyDate& isl = d.instruments[0].participants[2].events[0].date;
    EXPECT_EQ(isl.kind, DateKind::Bounded);
    EXPECT_TRUE(isl.derived);
    EXPECT_EQ(isl.basis, "EIF rule");
    EXPECT_EQ(d.instruments[0].participants[3].events[0].date.kind, DateKind::Unknown);
    EXPECT_EQ(d.sources[1].asOf.Describe(), "by 2012");
    ASSERT_EQ(d.milestones.size(), 1u);
    // TUV is a valid ISO code missing from the (test) geodata keys: a warning, and it is kept.
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].ToString(),
              kDir + "valid_small.json:42:21: /instruments/0/participants/4/country: country 'TUV' is not in the "
                     "geodata; kept (listed, but not drawn on the map)");
    EXPECT_EQ(d.instruments[0].participants[4].country, "TUV");
}

// Exports turn off locating warnings (a second pass over the text): the same warnings, unlocated;
// errors are located all the same.
TEST(DatasetLoader, UnlocatedWarningsOnRequest) {
    static const std::set<std::string> keys = {"HUN", "GBR", "ISL", "SRB", "USA", "XKX", "MUS"};
    DatasetLoadOptions o;
    o.knownCountries = &keys;
    o.locateWarnings = false;
    DatasetLoadResult r = LoadDataset(kDir + "valid_small.json", o);
    ASSERT_TRUE(r.Ok());
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].line, 0);
    EXPECT_EQ(r.warnings[0].path, "/instruments/0/participants/4/country");
    EXPECT_EQ(r.warnings[0].message, Load("valid_small.json").warnings[0].message);
    const DatasetLoadResult bad = LoadDataset(kDir + "bad_unknown_field.json", o);
    ASSERT_FALSE(bad.Ok());
    EXPECT_GT(bad.errors[0].line, 0);
}

TEST(DatasetLoader, WithoutGeodataKeysNoWarning) {
    DatasetLoadResult r = LoadDataset(kDir + "valid_small.json");
    EXPECT_TRUE(r.Ok());
    EXPECT_TRUE(r.warnings.empty());
}

TEST(DatasetLoader, UnknownField) {
    ExpectOneError("bad_unknown_field.json", 18, 7, "/instruments/0/colour", "colour",
                   "unknown field 'colour' (allowed: id, name, short_name, kind, pillars, description, url, key_dates, "
                   "rounds, rules, coverage, participants, notes, hub, parties)");
}

TEST(DatasetLoader, WrongType) {
    ExpectOneError("bad_wrong_type.json", 24, 37, "/instruments/0/coverage/members_total", "members_total",
                   "wrong type: expected integer, got string");
}

TEST(DatasetLoader, MissingRequiredField) {
    ExpectOneError("bad_missing_field.json", 40, 11, "/instruments/0/participants/3/events/0", "date",
                   "missing required field 'date'");
}

TEST(DatasetLoader, ImpossibleDate) {
    ExpectOneError("bad_impossible_date.json", 28, 40, "/instruments/0/participants/0/events/1/date", "date",
                   "impossible date '2023-02-30': 28 days in that month");
}

TEST(DatasetLoader, BadDateFormat) {
    ExpectOneError("bad_date_format.json", 27, 38, "/instruments/0/participants/0/events/0/date", "date",
                   "not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, got '23 Nov 2001'");
}

TEST(DatasetLoader, BoundsOutOfOrder) {
    ExpectOneError("bad_bounds_order.json", 36, 40, "/instruments/0/participants/2/events/0/date", "date",
                   "bounds out of order: not_before 2007-02-01 is after known_by 2007-01-31");
}

TEST(DatasetLoader, EventsOutOfChronologicalOrder) {
    ExpectOneError("bad_events_order.json", 37, 40, "/instruments/0/participants/2/events/1/date", "date",
                   "events out of chronological order: 'in_force' (2006-05-01) is listed after 'ratified' (between "
                   "2007-01-01 and 2007-01-31 (derived))");
}

TEST(DatasetLoader, StatusNotFittingKind) {
    ExpectOneError("bad_status_kind.json", 43, 20, "/instruments/0/participants/4/events/0/type", "type",
                   "status 'joined' does not fit a treaty (allowed: invited, signed, ratified, accepted, acceded, "
                   "in_force, denounced)");
}

TEST(DatasetLoader, UnknownKind) {
    ExpectOneError("bad_kind.json", 50, 15, "/instruments/1/kind", "kind",
                   "unknown kind 'club' (allowed: treaty, forum, program, assessment, bilateral)");
}

TEST(DatasetLoader, UnknownCountryCode) {
    ExpectOneError("bad_country_code.json", 57, 21, "/instruments/1/participants/1/country", "country",
                   "unknown country code 'XKK' (not ISO 3166-1 alpha-3 or XKX)");
}

TEST(DatasetLoader, DuplicateInstrumentId) {
    ExpectOneError("bad_duplicate_id.json", 61, 13, "/instruments/2/id", "id",
                   "duplicate instrument id 'foc' (first at /instruments/1)");
}

TEST(DatasetLoader, DuplicateParticipant) {
    ExpectOneError("bad_duplicate_participant.json", 39, 21, "/instruments/0/participants/3/country", "country",
                   "duplicate participant 'HUN' in instrument 'budapest' (first at /instruments/0/participants/0; "
                   "put all its events in one entry)");
}

TEST(DatasetLoader, UndefinedSource) {
    ExpectOneError("bad_undefined_source.json", 55, 62, "/instruments/1/participants/0/events/1/sources/0", "sources",
                   "source 's9' is not defined in /sources");
}

TEST(DatasetLoader, UndefinedPillar) {
    ExpectOneError("bad_undefined_pillar.json", 51, 19, "/instruments/1/pillars/0", "pillars",
                   "pillar 'internet-freedon' is not defined in /pillars");
}

TEST(DatasetLoader, EventWithoutSource) {
    ExpectOneError("bad_no_source.json", 68, 60, "/instruments/2/participants/0/events/1/sources", "sources",
                   "must list at least one source");
}

TEST(DatasetLoader, UnsupportedVersion) {
    ExpectOneError("bad_version.json", 3, 14, "/version", "version",
                   "unsupported version 2 (this build reads version 1)");
}

TEST(DatasetLoader, SyntaxErrorHasLineAndColumn) {
    ExpectOneError("bad_syntax.json", 51, 7, "", "",
                   "syntax error while parsing object - unexpected string literal; expected '}'");
}

TEST(DatasetLoader, AllErrorsReportedTogetherInFileOrder) {
    DatasetLoadResult r = Load("bad_multiple.json");
    ASSERT_EQ(r.errors.size(), 4u);
    const std::string f = kDir + "bad_multiple.json";
    EXPECT_EQ(r.errors[0].ToString(), f + ":18:7: /instruments/0/colour: unknown field 'colour' (allowed: id, name, "
                                          "short_name, kind, pillars, description, url, key_dates, rounds, rules, coverage, "
                                          "participants, notes, hub, parties)");
    EXPECT_EQ(r.errors[1].ToString(), f + ":29:40: /instruments/0/participants/0/events/1/date: impossible date "
                                          "'2023-02-30': 28 days in that month");
    EXPECT_EQ(r.errors[2].line, 44);
    EXPECT_EQ(r.errors[2].field, "type");
    EXPECT_EQ(r.errors[3].ToString(), f + ":56:62: /instruments/1/participants/0/events/1/sources/0: source 's9' is "
                                          "not defined in /sources");
}

TEST(DatasetLoader, DuplicateJsonKeyIsAnError) {
    const std::string text = "{\"format\": \"engagemap-dataset\", \"version\": 1, \"version\": 1,\n"
                             " \"pillars\": [], \"sources\": [], \"instruments\": []}";
    DatasetLoadResult r = ParseDataset(text, "dup.json");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].ToString(), "dup.json:1:47: field 'version': duplicate key 'version' (the first value is kept)");
}

TEST(DatasetLoader, DeepNestingIsRefusedWithoutCrashing) {
    std::string text(10000, '[');
    text += std::string(10000, ']');
    DatasetLoadResult r = ParseDataset(text, "deep.json");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].ToString(), "deep.json:1:65: nesting deeper than 64 levels");
    // Unbalanced deep input too.
    r = ParseDataset(std::string(100000, '['), "deep2.json");
    ASSERT_EQ(r.errors.size(), 1u);
}

TEST(DatasetLoader, SizeLimit) {
    DatasetLoadOptions o;
    o.maxBytes = 100;
    DatasetLoadResult r = LoadDataset(kDir + "valid_small.json", o);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_NE(r.errors[0].message.find("more than the limit of 100 bytes"), std::string::npos) << r.errors[0].message;
    r = ParseDataset(std::string(200, ' '), "mem.json", o);
    ASSERT_EQ(r.errors.size(), 1u);
}

TEST(DatasetLoader, MissingFile) {
    DatasetLoadResult r = LoadDataset(kDir + "no_such_file.json");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].ToString(), kDir + "no_such_file.json: cannot open: no such file or not readable");
}

TEST(DatasetLoader, ReadsThroughVsiGzip) {
    // Write a gzip copy into GDAL's in-memory file system and read it back through /vsigzip/.
    std::ifstream in(kDir + "valid_small.json", std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const char* mem = "/vsimem/test_dataset.json.gz";
    VSILFILE* gz = VSIFOpenL((std::string("/vsigzip/") + mem).c_str(), "wb");
    ASSERT_NE(gz, nullptr);
    VSIFWriteL(text.data(), 1, text.size(), gz);
    VSIFCloseL(gz);
    DatasetLoadResult r = LoadDataset(std::string("/vsigzip/") + mem);
    VSIUnlink(mem);
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    EXPECT_EQ(r.dataset.instruments.size(), 3u);
}

TEST(DatasetLoader, WriterRoundTrips) {
    DatasetLoadResult a = LoadDataset(kDir + "valid_small.json");
    ASSERT_TRUE(a.Ok());
    const std::string text = WriteDatasetJson(a.dataset);
    DatasetLoadResult b = ParseDataset(text, "roundtrip.json");
    ASSERT_TRUE(b.Ok()) << b.errors[0].ToString();
    EXPECT_EQ(WriteDatasetJson(b.dataset), text);
    EXPECT_EQ(b.dataset.instruments[0].participants[2].events[0].date,
              a.dataset.instruments[0].participants[2].events[0].date);
}
