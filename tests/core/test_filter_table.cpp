// The table behind the view as CSV (RFC 4180 quoting, one row per ISO country in the filter),
// source short texts, and hover descriptions.
#include <gtest/gtest.h>

#include "core/filter/view_table.hpp"
#include "test_filter_fixture.hpp"

namespace engagemap {
namespace {

using namespace filter_test;

TEST(ViewTableCsv, FieldQuotingFollowsRfc4180) {
    EXPECT_EQ(CsvField("plain"), "plain");
    EXPECT_EQ(CsvField(""), "");
    EXPECT_EQ(CsvField("Korea, Republic of"), "\"Korea, Republic of\"");
    EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(CsvField("cr\rhere"), "\"cr\rhere\"");
    EXPECT_EQ(CsvField(" padded"), "\" padded\"");
    EXPECT_EQ(CsvField("Côte d'Ivoire"), "Côte d'Ivoire");  // UTF-8 and apostrophes need no quotes
    ViewTable t;
    t.header = {"a", "b"};
    t.rows = {{"1", "x,y"}, {"", "\"q\""}};
    EXPECT_EQ(ToCsv(t), "a,b\r\n1,\"x,y\"\r\n,\"\"\"q\"\"\"\r\n");
}

TEST(ViewTableCsv, SourceShortText) {
    Source s;
    s.id = "src-1";
    s.title = "https://www.coe.int/en/web/conventions (CoE chart, status 03/12/2015)";
    EXPECT_EQ(SourceShortText(s), "CoE chart, status 03/12/2015");
    s.title = "https://www.coe.int/en/web/conventions";
    EXPECT_EQ(SourceShortText(s), "coe.int");
    s.title = "Council of Europe Treaty Office";
    EXPECT_EQ(SourceShortText(s), "Council of Europe Treaty Office");
    s.title = "MFA \"Freedom Online\" page, with a title that goes on well beyond sixty characters";
    EXPECT_EQ(SourceShortText(s), "MFA \"Freedom Online\" page, with a title that goes on well...");
    EXPECT_LE(SourceShortText(s).size(), 60u);
    s.title = "";
    s.url = "http://example.org/page";
    EXPECT_EQ(SourceShortText(s), "example.org");
    s.url = "";
    EXPECT_EQ(SourceShortText(s), "src-1");
    // Never cuts inside a UTF-8 character.
    s.title = std::string(56, 'x') + "\xC3\xA9\xC3\xA9\xC3\xA9";  // 56 + 3 two-byte characters
    const std::string shortened = SourceShortText(s, 60);
    EXPECT_EQ(shortened, std::string(56, 'x') + "...");  // byte 57 would split the first character
}

TEST(ViewTableCsv, StatusViewRows) {
    FilterFixture f;
    ViewRequest r;
    r.kind = ViewKind::InstrumentStatus;
    r.instrument = 0;
    r.date = D("2010-01-01");
    const ViewResult v = BuildView(f.dataset, f.countries, r);
    const ViewTable t = BuildViewTable(f.dataset, f.countries, r, v);
    EXPECT_EQ(t.header, (std::vector<std::string>{"iso3", "name", "region", "subregion", "in_filter", "as_of",
                                                  "instrument", "status", "status_text", "uncertain", "date",
                                                  "sources"}));
    ASSERT_EQ(t.rows.size(), 9u);  // every ISO country; NE-somaliland never joins data
    const std::string csv = ToCsv(t);
    EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
              "iso3,name,region,subregion,in_filter,as_of,instrument,status,status_text,uncertain,date,sources");
    EXPECT_NE(csv.find("\r\nALB,Albania,Europe,Southern Europe,yes,2010-01-01,budapest,in_force,in_force,no,"
                       "2004-07-01,\"CoE chart, status 03/12/2015\"\r\n"),
              std::string::npos)
        << csv;
    EXPECT_NE(csv.find("\r\nFRA,France,Europe,Western Europe,yes,2010-01-01,budapest,party,\"party, date unknown\","
                       "yes,unknown,\"CoE chart, status 03/12/2015\"\r\n"),
              std::string::npos)
        << csv;
    EXPECT_NE(csv.find("\r\nUSA,United States,Americas,Northern America,yes,2010-01-01,budapest,party,party,no,"
                       "by 2006-12-31,\"CoE chart, status 03/12/2015\"\r\n"),
              std::string::npos)
        << csv;
    EXPECT_NE(csv.find("\r\nATA,Antarctica,,,yes,2010-01-01,budapest,none,none,no,,\r\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("\r\nKOR,\"Korea, Republic of\",Asia,Eastern Asia,yes,"), std::string::npos) << csv;

    ViewTableOptions engagedOnly;
    engagedOnly.includeUnengaged = false;
    EXPECT_EQ(BuildViewTable(f.dataset, f.countries, r, v, engagedOnly).rows.size(), 4u);  // ALB DEU FRA USA
}

TEST(ViewTableCsv, RowsFollowTheRegionFilter) {
    FilterFixture f;
    ViewRequest r;
    r.kind = ViewKind::Compare;
    r.instrument = 0;
    r.instrumentB = 1;
    r.date = D("2014-12-01");
    r.region.regions = {"Asia"};
    const ViewResult v = BuildView(f.dataset, f.countries, r);
    const std::string csv = ViewTableCsv(f.dataset, f.countries, r, v);
    EXPECT_EQ(csv,
              "iso3,name,region,subregion,in_filter,as_of,class,uncertain,status_a,date_a,status_b,date_b,sources\r\n"
              "KOR,\"Korea, Republic of\",Asia,Eastern Asia,yes,2014-12-01,b_only,no,none,,member,2011-12-09,"
              "\"MFA \"\"Freedom Online\"\" page, with a title that goes on well...\"\r\n");
    ViewTableOptions all;
    all.includedOnly = false;
    const ViewTable t = BuildViewTable(f.dataset, f.countries, r, v, all);
    ASSERT_EQ(t.rows.size(), 9u);
    EXPECT_EQ(t.rows[0][0], "ALB");
    EXPECT_EQ(t.rows[0][4], "no");
}

TEST(ViewTableCsv, BreadthRowsListInstrumentsDatesAndSources) {
    FilterFixture f;
    ViewRequest r;
    r.kind = ViewKind::Breadth;
    r.date = D("2014-12-01");
    r.region.subregions = {"Western Europe"};
    const ViewResult v = BuildView(f.dataset, f.countries, r);
    const ViewTable t = BuildViewTable(f.dataset, f.countries, r, v);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.header, (std::vector<std::string>{"iso3", "name", "region", "subregion", "in_filter", "as_of",
                                                  "engaged", "engaged_uncertain", "instruments", "dates",
                                                  "sources"}));
    EXPECT_EQ(t.rows[1], (std::vector<std::string>{
                             "FRA", "France", "Europe", "Western Europe", "yes", "2014-12-01", "1", "1",
                             "Budapest (uncertain); FOC", "Budapest: unknown; FOC: 2011-12-09",
                             "CoE chart, status 03/12/2015; MFA \"Freedom Online\" page, with a title that goes on well..."}));
}

TEST(ViewTableCsv, HoverDescriptions) {
    FilterFixture f;
    ViewRequest r;
    r.kind = ViewKind::InstrumentStatus;
    r.instrument = 0;
    r.date = D("2010-01-01");
    r.region.regions = {"Americas"};
    ViewResult v = BuildView(f.dataset, f.countries, r);
    EXPECT_EQ(DescribeCountryInView(f.dataset, f.countries, r, v, f.Idx("ALB")),
              (std::vector<std::string>{"Albania", "Budapest: Party, in force (2004-07-01) [CoE chart, status 03/12/2015]",
                                        "Outside the region filter"}));
    EXPECT_EQ(DescribeCountryInView(f.dataset, f.countries, r, v, f.Idx("FRA"))[1],
              "Budapest: Party (deposited, not yet in force), date unknown [CoE chart, status 03/12/2015]");
    EXPECT_EQ(DescribeCountryInView(f.dataset, f.countries, r, v, f.Idx("KEN"))[1], "Budapest: no engagement recorded");
    EXPECT_EQ(DescribeCountryInView(f.dataset, f.countries, r, v, f.Idx("NE-somaliland")),
              (std::vector<std::string>{"Somaliland", "No data: not an ISO 3166 country"}));
    EXPECT_TRUE(DescribeCountryInView(f.dataset, f.countries, r, v, -1).empty());

    r.kind = ViewKind::Breadth;
    r.date = D("2012-06-01");
    v = BuildView(f.dataset, f.countries, r);
    EXPECT_EQ(DescribeCountryInView(f.dataset, f.countries, r, v, f.Idx("NZL")),
              (std::vector<std::string>{"New Zealand", "Engaged in 0 instruments (+1 uncertain)",
                                        "FOC: Member (between 2012-01-01 and 2012-12-31); uncertain, certain: none "
                                        "[MFA \"Freedom Online\" page, with a title that goes on well...]",
                                        "Outside the region filter"}));
}

}  // namespace
}  // namespace engagemap
