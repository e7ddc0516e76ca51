#include <gtest/gtest.h>

#include "core/filter/view_spec.hpp"
#include "test_filter_fixture.hpp"

namespace engagemap {
namespace {

TEST(ViewSpec, ResolvesNamesIntoARequest) {
    const filter_test::FilterFixture f;
    ViewSpec spec;
    spec.kind = ViewKind::Compare;
    spec.instrumentA = f.dataset.instruments[0].id;
    spec.instrumentB = f.dataset.instruments[1].id;
    spec.regions = {f.countries.countries[0].region};
    ViewRequest r;
    std::string error;
    ASSERT_TRUE(ResolveViewSpec(spec, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error)) << error;
    EXPECT_EQ(r.kind, ViewKind::Compare);
    EXPECT_EQ(r.instrument, 0);
    EXPECT_EQ(r.instrumentB, 1);
    EXPECT_EQ(r.region.regions.size() + r.region.subregions.size(), 1u);
    EXPECT_EQ(r.date, (CivilDate{2020, 1, 1}));
}

TEST(ViewSpec, NamesWhatIsMissingOrUnknown) {
    const filter_test::FilterFixture f;
    ViewRequest r;
    std::string error;
    ViewSpec status;
    EXPECT_FALSE(ResolveViewSpec(status, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error));
    EXPECT_EQ(error, "the status view needs an instrument (--instrument ID)");
    ViewSpec compare;
    compare.kind = ViewKind::Compare;
    compare.instrumentA = f.dataset.instruments[0].id;
    EXPECT_FALSE(ResolveViewSpec(compare, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error));
    EXPECT_EQ(error, "the compare view needs two instruments (--instrument A --compare B)");
    ViewSpec unknown;
    unknown.instrumentA = "no-such";
    EXPECT_FALSE(ResolveViewSpec(unknown, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error));
    EXPECT_EQ(error, "unknown instrument 'no-such'");
    ViewSpec breadth;
    breadth.kind = ViewKind::Breadth;  // needs no instrument
    breadth.regions = {"Atlantis"};
    EXPECT_FALSE(ResolveViewSpec(breadth, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error));
    EXPECT_NE(error.find("unknown region 'Atlantis'"), std::string::npos) << error;
    breadth.regions.clear();
    EXPECT_TRUE(ResolveViewSpec(breadth, f.dataset, f.countries, CivilDate{2020, 1, 1}, &r, &error)) << error;
}

}  // namespace
}  // namespace engagemap
