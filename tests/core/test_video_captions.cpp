// Video captions: only the shown instruments' milestones, dated, for a bounded time.
#include <gtest/gtest.h>

#include "core/timeline/video_captions.hpp"

namespace engagemap {
namespace {

Milestone MakeMilestone(std::string id, std::string date, std::string caption, std::string instrument) {
    Milestone m;
    m.id = std::move(id);
    m.date = FuzzyDate::Exact(*ParsePartialDate(date));
    m.caption = std::move(caption);
    m.instrument = std::move(instrument);
    return m;
}

Dataset CaptionDataset() {
    Dataset d;
    Instrument budapest;
    budapest.id = "budapest";
    budapest.kind = InstrumentKind::Treaty;
    Instrument foc;
    foc.id = "foc";
    foc.kind = InstrumentKind::Forum;
    d.instruments = {budapest, foc};
    d.milestones = {MakeMilestone("eif", "2004-07-01", "Budapest Convention enters into force", "budapest"),
                    MakeMilestone("us", "2011-05", "US International Strategy for Cyberspace", ""),
                    MakeMilestone("foc", "2011-12", "Freedom Online Coalition founded", "foc"),
                    MakeMilestone("open", "2001-11-23", "Budapest Convention opened for signature", "budapest")};
    return d;
}

std::vector<std::string> Ids(const std::vector<const Milestone*>& ms) {
    std::vector<std::string> out;
    for (const Milestone* m : ms) out.push_back(m->id);
    return out;
}

TEST(VideoCaptions, OnlyTheShownInstrumentsMilestonesByDate) {
    const Dataset d = CaptionDataset();
    ViewRequest status;
    status.kind = ViewKind::InstrumentStatus;
    status.instrument = 0;
    EXPECT_EQ(Ids(CaptionMilestones(d, ShownInstrumentIds(d, status))), (std::vector<std::string>{"open", "eif"}));

    ViewRequest compare;
    compare.kind = ViewKind::Compare;
    compare.instrument = 0;
    compare.instrumentB = 1;
    EXPECT_EQ(Ids(CaptionMilestones(d, ShownInstrumentIds(d, compare))),
              (std::vector<std::string>{"open", "eif", "foc"}));

    ViewRequest forums;
    forums.kind = ViewKind::Breadth;
    forums.instruments.kinds = {InstrumentKind::Forum};
    EXPECT_EQ(ShownInstrumentIds(d, forums), (std::set<std::string>{"foc"}));
}

TEST(VideoCaptions, ACaptionStaysOnlyItsWindow) {
    const Dataset d = CaptionDataset();
    const auto ms = CaptionMilestones(d, {"budapest", "foc"});
    EXPECT_EQ(CaptionOn(ms, CivilDate{2001, 11, 22}, 120), nullptr);
    ASSERT_NE(CaptionOn(ms, CivilDate{2001, 11, 23}, 120), nullptr);
    EXPECT_EQ(CaptionOn(ms, CivilDate{2002, 3, 1}, 120)->id, "open");
    ASSERT_NE(CaptionOn(ms, CivilDate{2002, 3, 23}, 120), nullptr);  // 120 days after 23 Nov 2001: last day
    EXPECT_EQ(CaptionOn(ms, CivilDate{2002, 3, 24}, 120), nullptr);
    EXPECT_EQ(CaptionOn(ms, CivilDate{2004, 7, 2}, 1000)->id, "eif");  // the later milestone replaces the earlier
    EXPECT_EQ(CaptionOn(ms, CivilDate{2014, 1, 1}, 365), nullptr);    // nothing years after
}

TEST(VideoCaptions, CarryTheirDateAtItsPrecision) {
    const Dataset d = CaptionDataset();
    EXPECT_EQ(DatedCaption(d.milestones[1]), "May 2011 \u2014 US International Strategy for Cyberspace");
    EXPECT_EQ(DatedCaption(d.milestones[3]), "23 November 2001 \u2014 Budapest Convention opened for signature");
    EXPECT_EQ(DatedCaption(MakeMilestone("y", "2010", "UN GGE report", "un-gge")), "2010 \u2014 UN GGE report");
}

TEST(VideoCaptions, DurationIsBounded) {
    EXPECT_EQ(CaptionDaysFor(30.0), 90);      // slow video: three seconds
    EXPECT_EQ(CaptionDaysFor(200.0), 365);    // at most a year of timeline...
    EXPECT_EQ(CaptionDaysFor(365.0), 548);    // ...unless that is under 1.5 s of video
    EXPECT_EQ(CaptionDaysFor(0.0), 1);
}

TEST(VideoCaptions, ProgressAndRunningCount) {
    EXPECT_FLOAT_EQ(PlaybackFraction({2000, 1, 1}, {2000, 1, 11}, {2000, 1, 6}), 0.5f);
    EXPECT_FLOAT_EQ(PlaybackFraction({2000, 1, 1}, {2000, 1, 11}, {1999, 1, 1}), 0.0f);
    EXPECT_FLOAT_EQ(PlaybackFraction({2000, 1, 1}, {2000, 1, 11}, {2001, 1, 1}), 1.0f);
    EXPECT_FLOAT_EQ(PlaybackFraction({2000, 1, 1}, {2000, 1, 1}, {2000, 1, 1}), 1.0f);
    EXPECT_EQ(RunningCountText(ViewKind::InstrumentStatus, 68), "68 countries with a status (incl. uncertain)");
    EXPECT_EQ(RunningCountText(ViewKind::Breadth, 1), "1 country engaged (incl. uncertain)");
}

}  // namespace
}  // namespace engagemap
