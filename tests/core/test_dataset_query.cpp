// Status at a date and counts, with honest uncertainty (tests/data/dataset/valid_small.json).
#include <gtest/gtest.h>

#include "core/data/dataset_loader.hpp"
#include "core/data/participation_query.hpp"

using namespace engagemap;

namespace {

class DatasetQuery : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        static DatasetLoadResult r = LoadDataset(std::string(ENGAGEMAP_TEST_DATA_DIR) + "/dataset/valid_small.json");
        ASSERT_TRUE(r.Ok());
        ds = &r.dataset;
    }
    static StatusAtResult At(const char* instrument, const char* country, CivilDate day) {
        return StatusAt(*ds, ds->FindInstrument(instrument), country, day);
    }
    static const Dataset* ds;
};
const Dataset* DatasetQuery::ds = nullptr;

}  // namespace

TEST_F(DatasetQuery, ExactDatesDayOfDepositAndOfEntryIntoForce) {
    EXPECT_EQ(At("budapest", "HUN", {2001, 11, 22}).status, MembershipStatus::None);
    EXPECT_EQ(At("budapest", "HUN", {2001, 11, 23}).status, MembershipStatus::Signed);
    EXPECT_EQ(At("budapest", "HUN", {2003, 12, 3}).status, MembershipStatus::Signed);
    StatusAtResult deposit = At("budapest", "HUN", {2003, 12, 4});  // the day of deposit
    EXPECT_EQ(deposit.status, MembershipStatus::Party);
    EXPECT_TRUE(deposit.certain);
    EXPECT_EQ(deposit.eventIndex, 1);
    EXPECT_EQ(At("budapest", "HUN", {2004, 6, 30}).status, MembershipStatus::Party);
    StatusAtResult eif = At("budapest", "HUN", {2004, 7, 1});  // the day of entry into force
    EXPECT_EQ(eif.status, MembershipStatus::InForce);
    EXPECT_TRUE(eif.certain);
}

TEST_F(DatasetQuery, KnownByBoundIsCertainOnlyFromTheBound) {
    StatusAtResult before = At("budapest", "GBR", {2011, 5, 31});
    EXPECT_EQ(before.status, MembershipStatus::Party);
    EXPECT_EQ(before.certainStatus, MembershipStatus::Signed);
    EXPECT_FALSE(before.certain);
    EXPECT_EQ(DescribeStatus(before), "party (uncertain; certain: signed)");
    StatusAtResult at = At("budapest", "GBR", {2011, 6, 1});
    EXPECT_EQ(at.status, MembershipStatus::Party);
    EXPECT_TRUE(at.certain);
}

TEST_F(DatasetQuery, DerivedMonthBound) {
    EXPECT_EQ(At("budapest", "ISL", {2006, 12, 31}).status, MembershipStatus::None);
    StatusAtResult mid = At("budapest", "ISL", {2007, 1, 15});
    EXPECT_EQ(mid.status, MembershipStatus::Party);
    EXPECT_FALSE(mid.certain);
    EXPECT_TRUE(At("budapest", "ISL", {2007, 1, 31}).certain);
    EXPECT_EQ(At("budapest", "ISL", {2007, 5, 1}).status, MembershipStatus::InForce);
}

TEST_F(DatasetQuery, UnknownDateIsPartyDateUnknown) {
    for (CivilDate d : {CivilDate{1990, 1, 1}, CivilDate{2030, 1, 1}}) {
        StatusAtResult r = At("budapest", "SRB", d);
        EXPECT_EQ(r.status, MembershipStatus::Party);
        EXPECT_FALSE(r.certain);
        EXPECT_TRUE(r.dateUnknown);
        EXPECT_EQ(DescribeStatus(r), "party, date unknown");
    }
}

TEST_F(DatasetQuery, NotListedIsNone) {
    StatusAtResult r = At("budapest", "FRA", {2020, 1, 1});
    EXPECT_EQ(r.status, MembershipStatus::None);
    EXPECT_TRUE(r.certain);
    EXPECT_EQ(StatusAt(*ds, 99, "HUN", {2020, 1, 1}).status, MembershipStatus::None);
}

TEST_F(DatasetQuery, ForumJoinAndLeave) {
    EXPECT_EQ(At("foc", "USA", {2011, 11, 30}).status, MembershipStatus::None);
    StatusAtResult dec = At("foc", "USA", {2011, 12, 15});  // month precision: uncertain inside the month
    EXPECT_EQ(dec.status, MembershipStatus::Member);
    EXPECT_FALSE(dec.certain);
    EXPECT_TRUE(At("foc", "USA", {2011, 12, 31}).certain);
    EXPECT_EQ(At("foc", "USA", {2026, 1, 6}).status, MembershipStatus::Member);
    EXPECT_EQ(At("foc", "USA", {2026, 1, 7}).status, MembershipStatus::Former);
}

TEST_F(DatasetQuery, ProgramEndDayIsInclusive) {
    EXPECT_EQ(At("glacy", "MUS", {2016, 10, 31}).status, MembershipStatus::Participant);
    EXPECT_EQ(At("glacy", "MUS", {2016, 11, 1}).status, MembershipStatus::Ended);
}

TEST_F(DatasetQuery, CountsWithUncertainty) {
    const int b = ds->FindInstrument("budapest");
    StatusCount c2008 = CountWithStatus(*ds, b, StatusFilter::Parties, {2008, 1, 1});
    EXPECT_EQ(c2008.certain, 2);    // HUN, ISL
    EXPECT_EQ(c2008.uncertain, 2);  // GBR (known by 2011-06-01), SRB (date unknown)
    EXPECT_EQ(FormatCount(c2008), "2 (+2 uncertain)");
    EXPECT_EQ(FormatCount(CountWithStatus(*ds, b, StatusFilter::Parties, {2012, 1, 1})), "3 (+1 uncertain)");
    EXPECT_EQ(FormatCount(CountWithStatus(*ds, b, StatusFilter::InForce, {2012, 1, 1})), "2");
    EXPECT_EQ(FormatCount(CountWithStatus(*ds, b, StatusFilter::Invited, {2024, 10, 31})), "1");
    EXPECT_EQ(FormatCount(CountWithStatus(*ds, b, StatusFilter::Invited, {2024, 10, 1})), "0 (+1 uncertain)");
    // GBR signed in 2001 and may already have deposited (known only by 2011-06-01): uncertain signatory.
    EXPECT_EQ(FormatCount(CountWithStatus(*ds, b, StatusFilter::Signatories, {2002, 1, 1})), "1 (+1 uncertain)");
    const int foc = ds->FindInstrument("foc");
    EXPECT_EQ(FormatCount(CountWithStatus(*ds, foc, StatusFilter::Members, {2015, 1, 1})), "1 (+1 uncertain)");
    EXPECT_EQ(FormatCount(CountWithStatus(*ds, foc, StatusFilter::Members, {2026, 2, 1})), "1");
}

TEST(DatasetStatusFilter, ParseAndDefaults) {
    EXPECT_EQ(*ParseStatusFilter("party"), StatusFilter::Parties);
    EXPECT_EQ(*ParseStatusFilter("in_force"), StatusFilter::InForce);
    EXPECT_EQ(*ParseStatusFilter("left"), StatusFilter::Former);
    EXPECT_FALSE(ParseStatusFilter("ratified?").has_value());
    EXPECT_EQ(DefaultStatusFilter(InstrumentKind::Treaty), StatusFilter::Parties);
    EXPECT_EQ(DefaultStatusFilter(InstrumentKind::Forum), StatusFilter::Members);
    EXPECT_EQ(DefaultStatusFilter(InstrumentKind::Program), StatusFilter::Participants);
}
