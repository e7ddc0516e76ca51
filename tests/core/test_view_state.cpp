#include <gtest/gtest.h>

#include "core/view/view_state.hpp"
#include "test_filter_fixture.hpp"

namespace engagemap {
namespace {

TEST(ViewState, ResolvesNamesIntoARequest) {
    const filter_test::FilterFixture f;
    ViewState spec;
    spec.kind = ViewKind::Compare;
    spec.instrumentA = f.dataset.instruments[0].id;
    spec.instrumentB = f.dataset.instruments[1].id;
    spec.regions = {f.countries.countries[0].region};
    ViewRequest r;
    std::string error;
    ASSERT_TRUE(ResolveViewState(spec, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error)) << error;
    EXPECT_EQ(r.kind, ViewKind::Compare);
    EXPECT_EQ(r.instrument, 0);
    EXPECT_EQ(r.instrumentB, 1);
    EXPECT_EQ(r.region.regions.size() + r.region.subregions.size(), 1u);
    EXPECT_EQ(r.date, (CivilDate{2020, 1, 1}));
}

TEST(ViewState, NamesWhatIsMissingOrUnknown) {
    const filter_test::FilterFixture f;
    ViewRequest r;
    std::string error;
    ViewState status;
    EXPECT_FALSE(ResolveViewState(status, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error));
    EXPECT_EQ(error, "the status view needs an instrument (--instrument ID)");
    ViewState compare;
    compare.kind = ViewKind::Compare;
    compare.instrumentA = f.dataset.instruments[0].id;
    EXPECT_FALSE(ResolveViewState(compare, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error));
    EXPECT_EQ(error, "the compare view needs two instruments (--instrument A --compare B)");
    ViewState unknown;
    unknown.instrumentA = "no-such";
    EXPECT_FALSE(ResolveViewState(unknown, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error));
    EXPECT_EQ(error, "unknown instrument 'no-such'");
    ViewState breadth;
    breadth.kind = ViewKind::Breadth;  // needs no instrument
    breadth.regions = {"Atlantis"};
    EXPECT_FALSE(ResolveViewState(breadth, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error));
    EXPECT_NE(error.find("unknown region 'Atlantis'"), std::string::npos) << error;
    breadth.regions.clear();
    EXPECT_TRUE(ResolveViewState(breadth, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error)) << error;
}

TEST(ViewState, ResolvesIdsFreshSoAReorderedDatasetKeepsTheInstruments) {
    filter_test::FilterFixture f;
    ViewState state;
    state.kind = ViewKind::Compare;
    state.instrumentA = f.dataset.instruments[0].id;
    state.instrumentB = f.dataset.instruments[1].id;
    ViewRequest r;
    std::string error;
    ASSERT_TRUE(ResolveViewState(state, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error)) << error;
    EXPECT_EQ(r.instrumentB, 1);
    // A reload that reorders the instruments: the same state names the same instruments.
    std::swap(f.dataset.instruments[0], f.dataset.instruments[1]);
    ASSERT_TRUE(ResolveViewState(state, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error)) << error;
    EXPECT_EQ(f.dataset.instruments[static_cast<size_t>(r.instrument)].id, state.instrumentA);
    EXPECT_EQ(f.dataset.instruments[static_cast<size_t>(r.instrumentB)].id, state.instrumentB);
    EXPECT_EQ(r.instrument, 1);
    EXPECT_EQ(r.instrumentB, 0);
}

TEST(ViewState, ResolvesFiltersAndOptions) {
    const filter_test::FilterFixture f;
    ViewState state;
    state.kind = ViewKind::Breadth;
    state.kinds = {"treaty"};
    state.signaturesCount = false;
    ViewRequest r;
    std::string error;
    ASSERT_TRUE(ResolveViewState(state, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error)) << error;
    EXPECT_FALSE(r.signaturesCount);
    EXPECT_EQ(r.instruments.kinds.size(), 1u);
    state.pillars = {"no-such-pillar"};
    EXPECT_FALSE(ResolveViewState(state, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error));
    state.pillars.clear();
    state.instrumentIds = {"foc", "budapest"};
    ASSERT_TRUE(ResolveViewState(state, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error)) << error;
    EXPECT_EQ(r.instruments.ids, (std::set<std::string>{"budapest", "foc"}));
    state.instrumentIds = {"atlantis"};
    EXPECT_FALSE(ResolveViewState(state, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error));
    EXPECT_EQ(error, "unknown instrument 'atlantis' (see engagemap query instruments)");
}

TEST(ViewState, NormalizedKeepsOnlyWhatTheKindUses) {
    ViewState s;
    s.instrumentA = "a";
    s.instrumentB = "b";
    s.pillars = {"p"};
    s.kinds = {"treaty"};
    s.instrumentIds = {"foc"};
    s.signaturesCount = false;
    s.regions = {"Africa"};
    s.camera = SlideCamera{1, 2, 3};
    ViewState status = NormalizedViewState(s);
    EXPECT_EQ(status.instrumentA, "a");
    EXPECT_EQ(status.instrumentB, "");
    EXPECT_TRUE(status.pillars.empty());
    EXPECT_TRUE(status.signaturesCount);
    EXPECT_EQ(status.regions, s.regions);
    EXPECT_EQ(status.camera, s.camera);
    s.kind = ViewKind::Breadth;
    ViewState breadth = NormalizedViewState(s);
    EXPECT_EQ(breadth.instrumentA, "");
    EXPECT_EQ(breadth.pillars, s.pillars);
    EXPECT_EQ(breadth.instrumentIds, s.instrumentIds);
    EXPECT_FALSE(breadth.signaturesCount);
    s.kind = ViewKind::Compare;
    ViewState compare = NormalizedViewState(s);
    EXPECT_EQ(compare.instrumentB, "b");
    EXPECT_TRUE(compare.kinds.empty());
    EXPECT_TRUE(compare.instrumentIds.empty());
    EXPECT_EQ(NormalizedViewState(compare), compare);
}

TEST(ViewState, SplitsAndJoinsIdLists) {
    EXPECT_EQ(SplitIds("a,,b,"), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(JoinIds({"a", "", "b"}), "a,b");
    EXPECT_TRUE(SplitIds("").empty());
}

}  // namespace
}  // namespace engagemap
