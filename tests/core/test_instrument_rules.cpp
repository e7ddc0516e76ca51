// Instrument rules on small in-memory fixtures: each rule bounds unknown dates (ApplyInstrumentRules)
// and the statuses that follow; CheckInstrumentRules reports dated facts that break a rule.
#include <gtest/gtest.h>

#include "core/data/dataset_loader.hpp"
#include "core/data/dataset_writer.hpp"
#include "core/data/instrument_rules.hpp"
#include "core/data/participation_query.hpp"

using namespace engagemap;

namespace {

FuzzyDate Day(int y, int m, int d) { return FuzzyDate::Day({y, m, d}); }

Event Ev(EventType t, FuzzyDate d) {
    Event e;
    e.type = t;
    e.date = std::move(d);
    e.sources = {"s"};
    return e;
}

Participation Part(const char* country, std::vector<Event> events) {
    Participation p;
    p.country = country;
    p.events = std::move(events);
    return p;
}

// A Budapest-like treaty: opened 2001-11-23, in force 2004-07-01, with all three rules.
Instrument Treaty(std::vector<Participation> parts) {
    Instrument in;
    in.id = "t";
    in.name = "T";
    in.kind = InstrumentKind::Treaty;
    in.pillars = {"p"};
    in.keyDates = {KeyDate{"opened_for_signature", Day(2001, 11, 23), {"s"}, ""},
                   KeyDate{"entry_into_force", Day(2004, 7, 1), {"s"}, ""}};
    in.rules.ratificationImpliesSignature = true;
    in.rules.accessionAfterEntryIntoForce = true;
    in.rules.entryIntoForceMonths = 3;
    in.participants = std::move(parts);
    return in;
}

// A dataset holding only `in` (for counts).
Dataset Only(const Instrument& in) {
    Dataset ds;
    ds.instruments = {in};
    return ds;
}

const Event* Find(const Participation& p, EventType t) {
    for (const Event& e : p.events)
        if (e.type == t) return &e;
    return nullptr;
}

}  // namespace

TEST(InstrumentRules, EntryIntoForceRuleBothWays) {
    EXPECT_EQ(EntryIntoForceAfterDeposit({2021, 4, 28}, 3, CivilDate{2004, 7, 1}), (CivilDate{2021, 8, 1}));
    EXPECT_EQ(EntryIntoForceAfterDeposit({2021, 4, 1}, 3, std::nullopt), (CivilDate{2021, 8, 1}));
    EXPECT_EQ(EntryIntoForceAfterDeposit({2003, 12, 4}, 3, CivilDate{2004, 7, 1}), (CivilDate{2004, 7, 1}));
    std::optional<CivilDate> lo, hi;
    DepositBoundsFromEntryIntoForce(CivilDate{2015, 6, 1}, CivilDate{2015, 6, 1}, 3, CivilDate{2004, 7, 1}, &lo, &hi);
    EXPECT_EQ(lo, (CivilDate{2015, 2, 1}));
    EXPECT_EQ(hi, (CivilDate{2015, 2, 28}));
    // In force on the treaty's own date: the deposit can be any time before.
    DepositBoundsFromEntryIntoForce(CivilDate{2004, 7, 1}, CivilDate{2004, 7, 1}, 3, CivilDate{2004, 7, 1}, &lo, &hi);
    EXPECT_FALSE(lo);
    EXPECT_EQ(hi, (CivilDate{2004, 3, 31}));
}

TEST(InstrumentRules, NothingBeforeTheOpeningDay) {
    Instrument in = Treaty({Part("IRL", {Ev(EventType::Signed, FuzzyDate::KnownBy(PartialDate::FromYear(2003)))})});
    ApplyInstrumentRules(in);
    const FuzzyDate& d = in.participants[0].events[0].date;
    EXPECT_EQ(d.Describe(), "between 2001-11-23 and 2003 (derived)");
    EXPECT_EQ(StatusAt(in, in.participants[0], {2001, 11, 22}).status, MembershipStatus::None);
    EXPECT_TRUE(StatusAt(in, in.participants[0], {2001, 11, 22}).certain);
}

TEST(InstrumentRules, AccessionAndInvitationOnlyAfterEntryIntoForce) {
    Instrument in = Treaty({Part("SEN", {Ev(EventType::Acceded, FuzzyDate::KnownBy(PartialDate::FromMonth(2016, 12)))}),
                            Part("MEX", {Ev(EventType::Invited, FuzzyDate::KnownBy(PartialDate::FromDay({2011, 6, 1})))})});
    ApplyInstrumentRules(in);
    for (const Participation& p : in.participants) {
        const StatusAtResult r = StatusAt(in, p, {2003, 1, 1});
        EXPECT_EQ(r.status, MembershipStatus::None) << p.country;
        EXPECT_TRUE(r.certain) << p.country;
    }
    EXPECT_EQ(CountWithStatus(Only(in), 0, StatusFilter::Any, {2003, 1, 1}).uncertain, 0);
    // The accession's entry into force is bounded by the rule: in force for certain by 2017-04-01.
    const Event* eif = Find(in.participants[0], EventType::InForce);
    ASSERT_NE(eif, nullptr);
    EXPECT_EQ(eif->date.Describe(), "between 2004-11-01 and 2017-04-01 (derived)");
    EXPECT_EQ(StatusAt(in, in.participants[0], {2024, 10, 31}).status, MembershipStatus::InForce);
    EXPECT_TRUE(StatusAt(in, in.participants[0], {2024, 10, 31}).certain);
}

TEST(InstrumentRules, RatificationImpliesAnEarlierSignature) {
    Instrument in = Treaty({Part("GBR", {Ev(EventType::Ratified, Day(2011, 5, 25)), Ev(EventType::InForce, Day(2011, 9, 1))}),
                            Part("CAN", {Ev(EventType::Acceded, Day(2015, 7, 8))})});
    ApplyInstrumentRules(in);
    const Participation& gbr = in.participants[0];
    ASSERT_EQ(gbr.events.size(), 3u);
    EXPECT_EQ(gbr.events[0].type, EventType::Signed);
    EXPECT_TRUE(gbr.events[0].date.derived);
    EXPECT_EQ(gbr.events[0].date.Describe(), "between 2001-11-23 and 2011-05-25 (derived)");
    EXPECT_EQ(gbr.events[0].sources, std::vector<std::string>{"s"});
    const StatusAtResult r = StatusAt(in, gbr, {2003, 1, 1});
    EXPECT_EQ(r.status, MembershipStatus::Signed);
    EXPECT_FALSE(r.certain);
    EXPECT_EQ(DescribeStatus(r), "signed, date unknown");
    EXPECT_EQ(StatusAt(in, gbr, {2001, 11, 1}).status, MembershipStatus::None);
    EXPECT_EQ(StatusAt(in, gbr, {2011, 5, 25}).status, MembershipStatus::Party);
    EXPECT_TRUE(StatusAt(in, gbr, {2011, 5, 25}).certain);
    // An accession implies no signature.
    EXPECT_EQ(Find(in.participants[1], EventType::Signed), nullptr);
}

TEST(InstrumentRules, BoundedDepositGivesBoundedEntryIntoForce) {
    // Serbia: only "known by 2011-06-01"; Poland: only an entry into force.
    Instrument in = Treaty({Part("SRB", {Ev(EventType::Ratified, FuzzyDate::KnownBy(PartialDate::FromDay({2011, 6, 1})))}),
                            Part("POL", {Ev(EventType::Ratified, FuzzyDate::Unknown()), Ev(EventType::InForce, Day(2015, 6, 1))})});
    ApplyInstrumentRules(in);
    const Participation& srb = in.participants[0];
    EXPECT_EQ(Find(srb, EventType::InForce)->date.Describe(), "between 2004-07-01 and 2011-10-01 (derived)");
    EXPECT_EQ(Find(srb, EventType::Ratified)->date.Describe(), "between 2001-11-23 and 2011-06-01 (derived)");
    const StatusAtResult late = StatusAt(in, srb, {2024, 10, 31});
    EXPECT_EQ(late.status, MembershipStatus::InForce);
    EXPECT_TRUE(late.certain);
    EXPECT_EQ(Find(in.participants[1], EventType::Ratified)->date.Describe(), "between 2015-02-01 and 2015-02-28 (derived)");
    EXPECT_EQ(Find(in.participants[1], EventType::Signed)->date.Describe(), "between 2001-11-23 and 2015-02-28 (derived)");
}

TEST(InstrumentRules, PartyWithoutAnyDateIsEntryIntoForceNotRecorded) {
    Instrument in = Treaty({Part("PRY", {Ev(EventType::Acceded, FuzzyDate::Unknown())})});
    ApplyInstrumentRules(in);
    const StatusAtResult r = StatusAt(in, in.participants[0], {2024, 10, 31});
    EXPECT_EQ(r.status, MembershipStatus::InForce);
    EXPECT_FALSE(r.certain);
    EXPECT_TRUE(r.inForceNotRecorded);
    EXPECT_EQ(DescribeStatus(r), "party, entry into force not recorded");
    const StatusCount c = CountWithStatus(Only(in), 0, StatusFilter::InForce, {2024, 10, 31});
    EXPECT_EQ(FormatCount(c), "0 (+1 uncertain)");
}

TEST(InstrumentRules, UncertainParticipationIsNeverCertain) {
    Instrument in = Treaty({Part("ECU", {Ev(EventType::Acceded, Day(2025, 12, 4)), Ev(EventType::InForce, Day(2026, 4, 1))})});
    in.participants[0].uncertain = true;
    in.participants[0].uncertainBasis = "sources disagree";
    const StatusAtResult r = StatusAt(in, in.participants[0], {2026, 6, 1});
    EXPECT_EQ(r.status, MembershipStatus::InForce);
    EXPECT_FALSE(r.certain);
    EXPECT_EQ(DescribeStatus(r), "in_force (participation uncertain)");
    EXPECT_EQ(FormatCount(CountWithStatus(Only(in), 0, StatusFilter::Parties, {2026, 6, 1})),
              "0 (+1 uncertain)");
    // The flag survives writing and loading.
    Dataset ds;
    ds.pillars = {Pillar{"p", "P", ""}};
    ds.sources = {Source{"s", "S", "", {}}};
    ds.instruments = {in};
    DatasetLoadResult again = ParseDataset(WriteDatasetJson(ds), "rules.json");
    ASSERT_TRUE(again.Ok()) << again.errors[0].ToString();
    EXPECT_TRUE(again.dataset.instruments[0].participants[0].uncertain);
    EXPECT_EQ(again.dataset.instruments[0].participants[0].uncertainBasis, "sources disagree");
    EXPECT_EQ(again.dataset.instruments[0].rules, in.rules);
}

TEST(InstrumentRules, ForumsStartAtTheirFoundingDay) {
    Instrument in;
    in.kind = InstrumentKind::Forum;
    in.keyDates = {KeyDate{"launched", FuzzyDate::Exact(PartialDate::FromMonth(2011, 12)), {"s"}, ""}};
    in.participants = {Part("DNK", {Ev(EventType::Joined, FuzzyDate::KnownBy(PartialDate::FromDay({2023, 1, 25})))})};
    ApplyInstrumentRules(in);
    EXPECT_EQ(in.participants[0].events[0].date.Describe(), "between 2011-12-01 and 2023-01-25 (derived)");
    EXPECT_EQ(StatusAt(in, in.participants[0], {2011, 1, 1}).status, MembershipStatus::None);
}

TEST(InstrumentRules, ApplyingTwiceChangesNothing) {
    Instrument in = Treaty({Part("SRB", {Ev(EventType::Ratified, FuzzyDate::KnownBy(PartialDate::FromDay({2011, 6, 1})))}),
                            Part("ECU", {Ev(EventType::Acceded, FuzzyDate::Unknown())})});
    ApplyInstrumentRules(in);
    const Instrument once = in;
    ApplyInstrumentRules(in);
    ASSERT_EQ(in.participants.size(), once.participants.size());
    for (std::size_t i = 0; i < in.participants.size(); ++i) {
        ASSERT_EQ(in.participants[i].events.size(), once.participants[i].events.size());
        for (std::size_t e = 0; e < in.participants[i].events.size(); ++e)
            EXPECT_EQ(in.participants[i].events[e].date, once.participants[i].events[e].date);
    }
}

TEST(InstrumentRules, CheckReportsBrokenRulesAndImpossibleSequences) {
    Instrument in = Treaty({Part("AAA", {Ev(EventType::Acceded, Day(2003, 1, 1))}),                          // error
                            Part("BBB", {Ev(EventType::Signed, Day(2001, 1, 1))}),                            // error
                            Part("CCC", {Ev(EventType::Signed, Day(2001, 11, 23)), Ev(EventType::Ratified, Day(2021, 4, 28)),
                                         Ev(EventType::InForce, Day(2021, 9, 1))}),                             // error
                            Part("DDD", {Ev(EventType::Denounced, Day(2010, 1, 1))}),                         // warning
                            Part("EEE", {Ev(EventType::Ratified, Day(2010, 1, 5)), Ev(EventType::InForce, Day(2010, 5, 1))}),  // warning
                            Part("FFF", {Ev(EventType::Signed, Day(2001, 11, 23)), Ev(EventType::Ratified, Day(2021, 4, 28)),
                                         Ev(EventType::InForce, Day(2021, 8, 1))})});                           // fine
    std::vector<std::string> errors, warnings;
    for (const RuleIssue& r : CheckInstrumentRules(in)) (r.error ? errors : warnings).push_back(r.message);
    ASSERT_EQ(errors.size(), 3u);
    EXPECT_NE(errors[0].find("AAA: acceded 2003-01-01 is before the treaty's own entry into force"), std::string::npos);
    EXPECT_NE(errors[1].find("BBB: signed 2001-01-01 is before the instrument opened"), std::string::npos);
    EXPECT_NE(errors[2].find("CCC: entry into force 2021-09-01 contradicts the entry-into-force rule"), std::string::npos);
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_NE(warnings[0].find("DDD: denounced without an earlier deposit"), std::string::npos);
    EXPECT_NE(warnings[1].find("EEE: deposit by ratification without any dated signature evidence"), std::string::npos);

    Instrument forum;
    forum.kind = InstrumentKind::Forum;
    forum.participants = {Part("GGG", {Ev(EventType::Left, Day(2010, 1, 1))})};
    const auto issues = CheckInstrumentRules(forum);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].message, "GGG: left without joining (impossible sequence)");
}

TEST(InstrumentRules, DatedEntryIntoForceOutweighsAContradictingBound) {
    // Peru: the table's known_by (an approval date) is before the deposit month the sourced entry
    // into force gives by the rule.
    Instrument in = Treaty({Part("PER", {Ev(EventType::Acceded, FuzzyDate::KnownBy(PartialDate::FromDay({2019, 2, 13}))),
                                         Ev(EventType::InForce, Day(2019, 12, 1))})});
    std::vector<std::string> conflicts;
    ApplyInstrumentRules(in, &conflicts);
    EXPECT_EQ(in.participants[0].events[0].date.Describe(), "between 2019-08-01 and 2019-08-31 (derived)");
    ASSERT_EQ(conflicts.size(), 1u);
    EXPECT_EQ(conflicts[0].rfind("PER: ", 0), 0u);
    EXPECT_EQ(StatusAt(in, in.participants[0], {2004, 7, 2}).status, MembershipStatus::None);
}

// validate: a dated fact that breaks a rule refuses the file; an impossible sequence is a warning.
TEST(InstrumentRules, ValidateRefusesDatedFactsThatBreakARule) {
    Dataset ds;
    ds.pillars = {Pillar{"p", "P", ""}};
    ds.sources = {Source{"s", "S", "", {}}};
    ds.instruments = {Treaty({Part("SEN", {Ev(EventType::Acceded, Day(2003, 6, 1))}),
                              Part("DNK", {Ev(EventType::Denounced, Day(2010, 1, 1))})})};
    const DatasetLoadResult r = ParseDataset(WriteDatasetJson(ds), "rules.json");
    ASSERT_EQ(r.errors.size(), 1u) << r.errors[0].ToString() << "\n" << r.errors.back().ToString();
    EXPECT_EQ(r.errors[0].path, "/instruments/0/participants/0/events/0/date");
    EXPECT_NE(r.errors[0].message.find("before the treaty's own entry into force (2004-07-01)"), std::string::npos);
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].message.find("DNK: denounced without an earlier deposit"), std::string::npos);
}
