// Bilateral instruments: the `bilateral` kind in the loader (hub, parties, dialogues, events and
// their errors), the importer of dialogue tables (rounds, announced meetings, bounds, flags, group
// partners), the pair status over several dialogues, and the default dataset's U.S. dialogues.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "core/data/dataset_loader.hpp"
#include "core/data/dataset_writer.hpp"
#include "core/data/importer.hpp"
#include "core/data/participation_query.hpp"
#include "core/filter/engagement_views.hpp"
#include "core/filter/view_table.hpp"
#include "core/story/storyboard.hpp"
#include "core/style/palettes.hpp"
#include "core/view/view_state.hpp"

using namespace engagemap;

namespace {

CivilDate Day(const char* text) { return *ParseCivilDate(text); }

const Participation& Dialogue(const Instrument& in, const std::string& name) {
    for (const Participation& p : in.participants)
        if (p.dialogue == name) return p;
    ADD_FAILURE() << "no dialogue " << name;
    static const Participation none;
    return none;
}

class BilateralImport : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ImportOptions o;
        o.metadataPath = std::string(ENGAGEMAP_TEST_DATA_DIR) + "/dataset/bilateral/instruments.json";
        static ImportResult r = ImportDataset(o);
        result = &r;
    }
    static const Instrument& Us() { return result->dataset.instruments[0]; }
    static const Instrument& Eu() { return result->dataset.instruments[1]; }
    static const ImportResult* result;
};
const ImportResult* BilateralImport::result = nullptr;

// A minimal dataset with one bilateral instrument whose participant entries are `participants`.
std::string DatasetWith(const std::string& participants, const std::string& extra = "") {
    return R"({"format": "engagemap-dataset", "version": 1,
  "pillars": [{"id": "m", "name": "M"}], "sources": [{"id": "s", "title": "S"}],
  "instruments": [{"id": "d", "name": "D", "kind": "bilateral", "pillars": ["m"], "hub": "USA",
    "parties": [{"id": "ASEAN", "name": "ASEAN", "lon": 106.8, "lat": -6.2}])" +
           extra + R"(,
    "participants": [)" + participants + "]}]}";
}

bool HasError(const DatasetLoadResult& r, const std::string& field, const std::string& words) {
    return std::any_of(r.errors.begin(), r.errors.end(), [&](const LoadError& e) {
        return e.field == field && e.message.find(words) != std::string::npos;
    });
}

}  // namespace

TEST_F(BilateralImport, ImportsBothHubsAndValidates) {
    ASSERT_TRUE(result->Ok()) << result->errors[0].ToString();
    EXPECT_EQ(Us().kind, InstrumentKind::Bilateral);
    EXPECT_EQ(Us().hub, "USA");
    EXPECT_EQ(Us().participants.size(), 8u);  // one per dialogue, Russia and China twice
    ASSERT_EQ(Eu().participants.size(), 1u);  // only the rows of hub "EU"
    EXPECT_EQ(Eu().participants[0].country, "USA");
    EXPECT_EQ(Eu().HubOf(Eu().participants[0]), "EUU");
    for (const Participation& p : Us().participants)
        for (const Event& e : p.events) EXPECT_FALSE(e.sources.empty()) << p.dialogue;
}

TEST_F(BilateralImport, RoundsAreDatedMeetingsOnly) {
    const Participation& jpn = Dialogue(Us(), "Japan dialogue");
    // launched, 1st, 2nd, 6th (month precision); "5th round (date not read)" is no event.
    ASSERT_EQ(jpn.events.size(), 4u);
    EXPECT_EQ(jpn.events[0].type, EventType::Launched);
    EXPECT_EQ(jpn.events[1].type, EventType::Round);
    EXPECT_EQ(jpn.events[1].date.value.ToString(), "2013-05-09");  // "2013-05-09/10": its first day
    EXPECT_EQ(jpn.events[3].date.value.ToString(), "2018-07");
    EXPECT_NE(jpn.notes.find("5th round (date not read)"), std::string::npos);  // kept in the notes
    // A meeting only announced is not a round held.
    const Participation& bra = Dialogue(Us(), "Brazil working group");
    ASSERT_EQ(bra.events.size(), 2u);
    EXPECT_EQ(bra.events[1].type, EventType::Suspended);
    EXPECT_TRUE(bra.events[1].date.uncertain);  // from the flags table, with its basis
    EXPECT_NE(bra.events[1].date.basis.find("weak"), std::string::npos);
}

TEST_F(BilateralImport, DatesStayHonest) {
    // No launch cell: the notes' known_by bound, never a guessed day.
    const Participation& deu = Dialogue(Us(), "Germany meeting");
    EXPECT_EQ(deu.events[0].date.kind, DateKind::Bounded);
    EXPECT_EQ(deu.events[0].date.knownBy->ToString(), "2013-06-10");
    EXPECT_TRUE(Dialogue(Us(), "China working group").events[0].date.derived);
    // "(reported DATE)": held by then, day unknown.
    const Participation& euUs = Eu().participants[0];
    ASSERT_EQ(euUs.events.size(), 3u);
    EXPECT_EQ(euUs.events[2].date.kind, DateKind::Bounded);
    EXPECT_EQ(euUs.events[2].date.knownBy->ToString(), "2026-01-30");
}

TEST_F(BilateralImport, PairStatusFollowsTheLatestDialogue) {
    const Instrument& in = Us();
    // Russia: a 2014 suspension after a 2013 agreement speaks for the pair.
    EXPECT_EQ(BilateralStatusAt(in, "USA", "RUS", Day("2013-12-01")).status, MembershipStatus::Active);
    const StatusAtResult rus = BilateralStatusAt(in, "USA", "RUS", Day("2016-06-01"));
    EXPECT_EQ(rus.status, MembershipStatus::Suspended);
    EXPECT_TRUE(rus.certain);
    EXPECT_EQ(in.participants[static_cast<std::size_t>(rus.participantIndex)].dialogue, "Russia working group");
    // China: suspended in 2014, active again with the cybercrime dialogue of 2015-12-01.
    EXPECT_EQ(BilateralStatusAt(in, "USA", "CHN", Day("2015-06-01")).status, MembershipStatus::Suspended);
    EXPECT_EQ(BilateralStatusAt(in, "USA", "CHN", Day("2016-01-01")).status, MembershipStatus::Active);
    // Brazil: the weak suspension year leaves the answer uncertain, never a confident "suspended".
    const StatusAtResult bra = BilateralStatusAt(in, "USA", "BRA", Day("2016-06-01"));
    EXPECT_EQ(bra.status, MembershipStatus::Suspended);
    EXPECT_FALSE(bra.certain);
    EXPECT_EQ(bra.certainStatus, MembershipStatus::Active);
    // Before any launch: none. The hub is engaged while any dialogue is active.
    EXPECT_EQ(BilateralStatusAt(in, "USA", "ASEAN", Day("2019-10-02")).status, MembershipStatus::None);
    EXPECT_EQ(BilateralStatusAt(in, "USA", "ASEAN", Day("2019-10-03")).status, MembershipStatus::Active);
    EXPECT_EQ(BilateralStatusAt(in, "USA", "USA", Day("2012-08-01")).status, MembershipStatus::Active);
    // Either way round: Japan's standing towards the U.S. is the U.S.'s towards Japan.
    EXPECT_EQ(BilateralStatusAt(in, "JPN", "USA", Day("2014-01-01")).status, MembershipStatus::Active);
    EXPECT_EQ(BilateralStatusAt(in, "JPN", "DEU", Day("2014-01-01")).participantIndex, -1);
}

TEST_F(BilateralImport, MeetingsHeldCountsDatedMeetingsOnce) {
    const Participation& jpn = Dialogue(Us(), "Japan dialogue");
    EXPECT_EQ(MeetingsHeldBy(jpn, Day("2013-05-08")), 0);
    EXPECT_EQ(MeetingsHeldBy(jpn, Day("2013-05-09")), 1);  // launch = 1st round, counted once
    EXPECT_EQ(MeetingsHeldBy(jpn, Day("2014-04-10")), 2);
    EXPECT_EQ(MeetingsHeldBy(jpn, Day("2018-07-15")), 2);  // "2018-07" not certainly held yet
    EXPECT_EQ(MeetingsHeldBy(jpn, Day("2018-08-01")), 3);
    // A launch known only by its earliest round is not a meeting of its own.
    EXPECT_EQ(MeetingsHeldBy(Dialogue(Us(), "Germany meeting"), Day("2015-01-01")), 2);
    // A launch with no round on that day is the first meeting.
    EXPECT_EQ(MeetingsHeldBy(Dialogue(Us(), "China cybercrime dialogue"), Day("2016-07-01")), 2);
}

TEST_F(BilateralImport, CountsPartnersNotDialogues) {
    const int idx = result->dataset.FindInstrument("us-dialogues");
    const StatusCount active = CountWithStatus(result->dataset, idx, StatusFilter::Active, Day("2016-06-01"));
    // JPN, DEU, CHN, ASEAN not yet; BRA uncertain; RUS suspended.
    EXPECT_EQ(active.certain, 3);
    EXPECT_EQ(active.uncertain, 1);
    const StatusCount suspended = CountWithStatus(result->dataset, idx, StatusFilter::SuspendedOnly, Day("2016-06-01"));
    EXPECT_EQ(suspended.certainCountries, std::vector<std::string>{"RUS"});
    EXPECT_EQ(suspended.uncertainCountries, std::vector<std::string>{"BRA"});
}

TEST_F(BilateralImport, WritesAndReadsBack) {
    const std::string text = WriteDatasetJson(result->dataset);
    DatasetLoadResult back = ParseDataset(text, "roundtrip.json");
    ASSERT_TRUE(back.Ok()) << back.errors[0].ToString();
    const Instrument& in = back.dataset.instruments[0];
    EXPECT_EQ(in.hub, "USA");
    ASSERT_NE(in.FindParty("ASEAN"), nullptr);
    EXPECT_DOUBLE_EQ(in.FindParty("ASEAN")->lat, -6.24);
    EXPECT_EQ(in.participants[0].dialogue, "Japan dialogue");
    EXPECT_EQ(back.dataset.instruments[1].participants[0].hub, "");  // the instrument's hub, not repeated
    EXPECT_EQ(back.dataset.instruments[1].HubOf(back.dataset.instruments[1].participants[0]), "EUU");
}

TEST(BilateralLoader, AcceptsPairsAndGroupPartners) {
    DatasetLoadResult r = ParseDataset(DatasetWith(R"(
      {"country": "JPN", "dialogue": "A", "events": [{"type": "launched", "date": "2013-05-09", "sources": ["s"]},
        {"type": "round", "date": "2014-04-10", "sources": ["s"]}, {"type": "round", "date": "2015-07-22", "sources": ["s"]},
        {"type": "suspended", "date": {"known_by": "2016"}, "sources": ["s"]},
        {"type": "resumed", "date": "2017", "sources": ["s"]}, {"type": "ended", "date": "unknown", "sources": ["s"]}]},
      {"country": "JPN", "dialogue": "B", "events": [{"type": "launched", "date": "2019", "sources": ["s"]}]},
      {"country": "ASEAN", "dialogue": "A", "events": [{"type": "launched", "date": "2019-10-03", "sources": ["s"]}]},
      {"country": "USA", "hub": "ASEAN", "dialogue": "A", "events": [{"type": "launched", "date": "2019-10-03", "sources": ["s"]}]})"),
                                       "ok.json");
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    const Instrument& in = r.dataset.instruments[0];
    EXPECT_EQ(in.participants.size(), 4u);
    EXPECT_EQ(in.HubOf(in.participants[3]), "ASEAN");
    EXPECT_EQ(BilateralParties(in), (std::vector<std::string>{"USA", "JPN", "ASEAN"}));
}

TEST(BilateralLoader, RefusesWhatDoesNotFit) {
    const std::string launched = R"("events": [{"type": "launched", "date": "2013", "sources": ["s"]}])";
    // An unknown party, a dialogue with itself, a duplicate dialogue, a forum event, a missing name.
    DatasetLoadResult r = ParseDataset(
        DatasetWith(R"({"country": "EUX", "dialogue": "A", )" + launched + R"(},
          {"country": "USA", "dialogue": "A", )" + launched + R"(},
          {"country": "JPN", "dialogue": "A", )" + launched + R"(}, {"country": "JPN", "dialogue": "A", )" + launched + R"(},
          {"country": "KOR", "dialogue": "A", "events": [{"type": "joined", "date": "2013", "sources": ["s"]}]},
          {"country": "IND", )" + launched + "}"),
        "bad.json");
    EXPECT_FALSE(r.Ok());
    EXPECT_TRUE(HasError(r, "country", "unknown party 'EUX'"));
    EXPECT_TRUE(HasError(r, "country", "also its hub"));
    EXPECT_TRUE(HasError(r, "dialogue", "duplicate dialogue 'A' between USA and JPN"));
    EXPECT_TRUE(HasError(r, "type", "does not fit a bilateral"));
    EXPECT_TRUE(HasError(r, "dialogue", "missing"));
    for (const LoadError& e : r.errors) EXPECT_GT(e.line, 0) << e.ToString();  // located: file, line, column
    // No hub; a party without its anchor; a hub on a forum.
    DatasetLoadResult noHub = ParseDataset(R"({"format": "engagemap-dataset", "version": 1,
      "pillars": [{"id": "m", "name": "M"}], "sources": [{"id": "s", "title": "S"}],
      "instruments": [{"id": "d", "name": "D", "kind": "bilateral", "pillars": ["m"],
        "parties": [{"id": "EUU", "name": "EU", "lat": 95}], "participants": []},
        {"id": "f", "name": "F", "kind": "forum", "pillars": ["m"], "hub": "USA", "participants": []}]})",
                                           "nohub.json");
    EXPECT_TRUE(HasError(noHub, "hub", "missing"));
    EXPECT_TRUE(HasError(noHub, "lon", "missing"));
    EXPECT_TRUE(HasError(noHub, "lat", "between -90 and 90"));
    EXPECT_TRUE(HasError(noHub, "hub", "only for a bilateral instrument"));
}

TEST(BilateralDefaultDataset, UsDialoguesOn20160601) {
    DatasetLoadResult r = LoadDataset(std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/engagemap.json");
    ASSERT_TRUE(r.Ok());
    const int idx = r.dataset.FindInstrument("us-cyber-dialogues");
    ASSERT_GE(idx, 0);
    const Instrument& in = r.dataset.instruments[static_cast<std::size_t>(idx)];
    EXPECT_EQ(in.kind, InstrumentKind::Bilateral);
    EXPECT_EQ(in.hub, "USA");
    const CivilDate day = Day("2016-06-01");
    // Russia suspended after 2014 (the BPC working group; the table says so), Japan active, and the
    // group partners kept as given (EUU, ASEAN; ASEAN not launched until 2019).
    EXPECT_EQ(BilateralStatusAt(in, "USA", "RUS", day).status, MembershipStatus::Suspended);
    EXPECT_EQ(BilateralStatusAt(in, "USA", "JPN", day).status, MembershipStatus::Active);
    EXPECT_EQ(BilateralStatusAt(in, "USA", "EUU", day).status, MembershipStatus::Active);
    EXPECT_EQ(BilateralStatusAt(in, "USA", "ASEAN", day).status, MembershipStatus::None);
    EXPECT_NE(in.FindParty("ASEAN"), nullptr);
    // Rows of the table (datasets/sources/forums/bilateral_cyber_dialogues.csv): 27 with hub USA, each
    // dialogue sourced; the China working group suspended by China on 2014-05-19; the Germany meeting
    // known only by its 2013-06-10 round (possible, not certain, before).
    EXPECT_EQ(in.participants.size(), 27u);
    for (const Participation& p : in.participants) {
        EXPECT_FALSE(p.dialogue.empty());
        for (const Event& e : p.events) EXPECT_FALSE(e.sources.empty()) << p.dialogue;
    }
    const Participation& wg = Dialogue(in, "U.S.-China Cyber Working Group");
    EXPECT_EQ(StatusAt(in, wg, Day("2014-05-18")).status, MembershipStatus::Active);
    EXPECT_EQ(StatusAt(in, wg, Day("2014-05-19")).status, MembershipStatus::Suspended);
    const StatusAtResult deu = StatusAt(in, Dialogue(in, "U.S.-Germany Cyber Bilateral Meeting"), Day("2013-01-01"));
    EXPECT_EQ(deu.status, MembershipStatus::Active);
    EXPECT_EQ(deu.certainStatus, MembershipStatus::None);
    EXPECT_EQ(StatusAt(in, Dialogue(in, "U.S.-Germany Cyber Bilateral Meeting"), Day("2013-06-10")).certainStatus,
              MembershipStatus::Active);
    // The EU partner stands for the dataset's group "eu": its member states on the day are resolved
    // through the country groups and outlined (here DEU and FRA have geometry: one ring each).
    CountrySet set;
    for (const auto& [key, lon] : {std::pair{"USA", -98.0}, std::pair{"DEU", 10.0}, std::pair{"FRA", 2.0}}) {
        CountryGeometry c;
        c.key = key;
        c.label = {lon, 45};
        Polygon square;
        square.rings.push_back(Ring{{lon - 1, 44}, {lon + 1, 44}, {lon + 1, 46}, {lon - 1, 46}});
        c.polygons.push_back(square);
        set.countries.push_back(c);
    }
    const std::vector<ArcView> arcs = BuildBilateralArcs(r.dataset, in, "USA", set, day);
    const auto euArc = std::find_if(arcs.begin(), arcs.end(), [](const ArcView& a) { return a.partner == "EUU"; });
    ASSERT_NE(euArc, arcs.end());
    EXPECT_TRUE(euArc->partnerIsGroup);
    EXPECT_DOUBLE_EQ(euArc->to.lon, 4.35);  // the group anchor, Brussels
    EXPECT_NE(std::find(euArc->members.begin(), euArc->members.end(), "DEU"), euArc->members.end());
    EXPECT_NE(std::find(euArc->members.begin(), euArc->members.end(), "GBR"), euArc->members.end());  // in the EU in 2016
    EXPECT_EQ(euArc->memberOutline.pieces.size(), 2u);
    EXPECT_EQ(ArcStrokes(arcs).size(), arcs.size() + 1);  // the outline, then every arc
    // The EU's own dialogues, with hub EUU.
    const int eu = r.dataset.FindInstrument("eu-cyber-dialogues");
    ASSERT_GE(eu, 0);
    EXPECT_EQ(r.dataset.instruments[static_cast<std::size_t>(eu)].hub, "EUU");
    // With the EU as hub, its member states are outlined (DEU and FRA have geometry here).
    ViewRequest euView;
    euView.instrument = eu;
    euView.date = day;
    const ViewResult ev = BuildView(r.dataset, set, euView);
    EXPECT_EQ(ev.hubOutline.pieces.size(), 2u);
    EXPECT_EQ(ViewStrokes(ev).size(), ev.arcs.size() + 1);
}

namespace {

CountrySet PointCountries() {
    CountrySet set;
    const struct {
        const char* key;
        LonLat label;
    } points[] = {{"BRA", {-53, -10}}, {"CHN", {104, 35}},  {"DEU", {10, 51}},
                  {"JPN", {138, 36}},  {"RUS", {100, 60}},  {"USA", {-98, 39}}};
    for (const auto& p : points) {
        CountryGeometry c;
        c.key = p.key;
        c.name = p.key;
        c.label = p.label;
        set.countries.push_back(c);
    }
    return set;
}

}  // namespace

TEST_F(BilateralImport, ViewDrawsArcsFromTheHub) {
    const CountrySet countries = PointCountries();
    ViewRequest req;
    req.kind = ViewKind::InstrumentStatus;
    req.instrument = result->dataset.FindInstrument("us-dialogues");
    req.date = Day("2016-06-01");
    const ViewResult v = BuildView(result->dataset, countries, req);
    // JPN, DEU, BRA, RUS, CHN (ASEAN not launched yet); all from the U.S. label point.
    ASSERT_EQ(v.arcs.size(), 5u);
    for (const ArcView& a : v.arcs) {
        EXPECT_EQ(a.hub, "USA");
        EXPECT_DOUBLE_EQ(a.from.lon, -98);
        EXPECT_FALSE(a.stroke.pieces.empty());
        EXPECT_DOUBLE_EQ(a.growth, 1.0);
    }
    auto arc = [&](const char* partner) -> const ArcView& {
        for (const ArcView& a : v.arcs)
            if (a.partner == partner) return a;
        ADD_FAILURE() << partner;
        return v.arcs.front();
    };
    EXPECT_TRUE(arc("RUS").stroke.dashed);  // suspended
    EXPECT_EQ(arc("RUS").stroke.colour.a, 255);
    EXPECT_FALSE(arc("JPN").stroke.dashed);
    EXPECT_TRUE(arc("BRA").uncertain);
    EXPECT_LT(arc("BRA").stroke.colour.a, 255);  // lighter while uncertain
    EXPECT_EQ(arc("JPN").meetings, 2);  // 2013-05-09 (= the launch, once), 2014-04-10; 2018-07 is later
    EXPECT_EQ(arc("BRA").meetings, 1);  // the launch
    EXPECT_GT(arc("JPN").stroke.widthPx, arc("BRA").stroke.widthPx);
    EXPECT_EQ(arc("CHN").dialogues.size(), 2u);
    // Colours: partners by status, the hub active; the legend has the three bilateral statuses.
    EXPECT_EQ(v.colours[static_cast<std::size_t>(countries.Find("RUS"))], StatusColour(MembershipStatus::Suspended));
    EXPECT_EQ(v.colours[static_cast<std::size_t>(countries.Find("USA"))], StatusColour(MembershipStatus::Active));
    ASSERT_EQ(v.legend.entries.size(), 3u);
    EXPECT_EQ(v.legend.entries[1].label, "Dialogue suspended");
    EXPECT_EQ(v.legend.entries[1].certain, 1);
    // The CSV of the view: the pair's hub, dialogues and meetings beside the status and its source.
    const ViewTable table = BuildViewTable(result->dataset, countries, req, v, ViewTableOptions{});
    const auto col = [&](const char* name) {
        return static_cast<std::size_t>(std::find(table.header.begin(), table.header.end(), name) - table.header.begin());
    };
    ASSERT_LT(col("dialogues"), table.header.size());
    bool sawChina = false;
    for (const auto& row : table.rows) {
        ASSERT_EQ(row.size(), table.header.size());
        if (row[0] != "CHN") continue;
        sawChina = true;
        EXPECT_EQ(row[col("status")], "active");
        EXPECT_EQ(row[col("hub")], "USA");
        EXPECT_EQ(row[col("dialogues")], "China working group; China cybercrime dialogue");
        EXPECT_EQ(row[col("meetings_held")], "2");  // the working group's launch and the dialogue's
        EXPECT_NE(row[col("sources")].find("example.org"), std::string::npos) << row[col("sources")];
    }
    EXPECT_TRUE(sawChina);
    // A new dialogue grows out from the hub: ASEAN (launched 2019-10-03) is 1/180 drawn on its first day.
    req.date = Day("2019-10-03");
    const ViewResult first = BuildView(result->dataset, countries, req);
    bool asean = false;
    for (const ArcView& a : first.arcs)
        if (a.partner == "ASEAN") {
            asean = true;
            EXPECT_TRUE(a.partnerIsGroup);
            EXPECT_NEAR(a.growth, 1.0 / kArcGrowDays, 1e-12);
            EXPECT_DOUBLE_EQ(a.to.lon, 106.83);  // the group anchor
        }
    EXPECT_TRUE(asean);
    // Breadth: a dialogue engages both parties (the U.S. and Japan count the instrument).
    req.kind = ViewKind::Breadth;
    req.date = Day("2016-06-01");
    const ViewResult breadth = BuildView(result->dataset, countries, req);
    EXPECT_EQ(breadth.countries[static_cast<std::size_t>(countries.Find("USA"))].engagedCertain +
                  breadth.countries[static_cast<std::size_t>(countries.Find("USA"))].engagedUncertain,
              2);  // both bilateral instruments (the EU-U.S. dialogue in the EU's)
    EXPECT_EQ(breadth.countries[static_cast<std::size_t>(countries.Find("JPN"))].engagedCertain, 1);
    EXPECT_EQ(breadth.countries[static_cast<std::size_t>(countries.Find("RUS"))].engagedCertain, 0);  // suspended
    EXPECT_EQ(BilateralStatusAt(Us(), "RUS", "RUS", req.date).status, MembershipStatus::Suspended);
}

// A slide keeps its hub: read from "hub", written back, and the resolved view asks for that hub;
// a hub that holds no dialogue in the instrument is refused with the instrument's parties.
TEST(BilateralSlides, HubRoundTripsAndResolves) {
    const std::string text = R"({"format": "engagemap-storyboard", "version": 1, "slides": [
      {"title": "The EU's view", "view": "instrument", "instruments": ["us-cyber-dialogues"], "hub": "EUU",
       "projection": "robinson", "date": "2016-06-01"}]})";
    StoryboardLoadResult r = ParseStoryboard(text, "hub.story.json");
    ASSERT_TRUE(r.Ok()) << r.errors[0].ToString();
    ASSERT_EQ(r.storyboard.slides.size(), 1u);
    EXPECT_EQ(r.storyboard.slides[0].view.hub, "EUU");
    StoryboardLoadResult back = ParseStoryboard(WriteStoryboardJson(r.storyboard), "back.story.json");
    ASSERT_TRUE(back.Ok());
    EXPECT_EQ(back.storyboard, r.storyboard);

    DatasetLoadResult d = LoadDataset(std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/engagemap.json");
    ASSERT_TRUE(d.Ok());
    CountrySet none;
    ViewRequest req;
    std::string error;
    ASSERT_TRUE(ResolveViewState(r.storyboard.slides[0].view, d.dataset, none, Day("2016-06-01"), &req, &error)) << error;
    EXPECT_EQ(req.hub, "EUU");
    ViewState bad = r.storyboard.slides[0].view;
    bad.hub = "ATA";  // Antarctica: no dialogue
    EXPECT_FALSE(ResolveViewState(bad, d.dataset, none, Day("2016-06-01"), &req, &error));
    EXPECT_NE(error.find("holds no dialogue in us-cyber-dialogues"), std::string::npos) << error;
    ViewState breadth = bad;
    breadth.kind = ViewKind::Breadth;
    EXPECT_EQ(NormalizedViewState(breadth).hub, "");  // a hub belongs to the status view only
}

namespace engagemap {
namespace {

// Hovering an arc's line: a point on the projected arc finds it, a point far from every arc does
// not, and of two arcs the nearer one wins.
TEST(BilateralHover, ArcNearPointFindsTheLineUnderThePointer) {
    ArcView north, south;
    north.stroke.pieces = {{LonLat{-60, 40}, LonLat{0, 40}, LonLat{60, 40}}};
    south.stroke.pieces = {{LonLat{-60, -40}, LonLat{0, -40}, LonLat{60, -40}}};
    const std::vector<ArcView> arcs = {north, south};
    MapView view;
    view.SetViewport(1000, 500);
    view.FitWorld(ProjectionKind::Equirectangular, 0);
    const ProjectionKind p = ProjectionKind::Equirectangular;
    const Vec2 onNorth = view.ProjectedToScreen(Project(p, LonLat{30, 40}));
    const Vec2 onSouth = view.ProjectedToScreen(Project(p, LonLat{-30, -40}));
    EXPECT_EQ(ArcNearPoint(arcs, p, view, onNorth, 4.0), 0);
    EXPECT_EQ(ArcNearPoint(arcs, p, view, {onSouth.x, onSouth.y + 3}, 4.0), 1);
    const Vec2 equator = view.ProjectedToScreen(Project(p, LonLat{0, 0}));
    EXPECT_EQ(ArcNearPoint(arcs, p, view, equator, 4.0), -1);
    const Vec2 beyondTheEnd = view.ProjectedToScreen(Project(p, LonLat{120, 40}));
    EXPECT_EQ(ArcNearPoint(arcs, p, view, beyondTheEnd, 4.0), -1);
}

}  // namespace
}  // namespace engagemap
