// Hit testing and small-country markers: synthetic squares (holes, enclaves, overlaps, the
// antimeridian, marker and label radii, zoom) and the real Natural Earth 1:50m countries, where
// every microstate / island state of issue 5 must be hoverable at the whole-world view.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "core/geo/geodata_loader.hpp"
#include "core/geo/hit_test.hpp"
#include "core/geo/small_countries.hpp"

namespace engagemap {
namespace {

Polygon Square(double lon0, double lat0, double lon1, double lat1) {
    Polygon p;
    p.rings.push_back(Ring{{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}});
    return p;
}

CountryGeometry Country(const char* key, std::vector<Polygon> polygons, LonLat label) {
    CountryGeometry c;
    c.key = key;
    c.name = key;
    c.polygons = std::move(polygons);
    c.label = label;
    return c;
}

// AAA: 0..40° square with a 10..30° hole; BBB: enclave 15..25° in the hole; CCC: a 0.01° islet
// at 60°E 10°N; DDD: a 0.01° islet on AAA's solid part (no hole for it); EEE: pieces either side
// of the antimeridian; FFF: -60..-20°E -40..0°N; GGG: -50..-40°E -30..-20°N overlapping FFF
// (no hole); KKK: three 0.01° atolls spread over 40° of longitude.
CountrySet Synthetic() {
    CountrySet set;
    Polygon withHole = Square(0, 0, 40, 40);
    withHole.rings.push_back(Square(10, 10, 30, 30).rings[0]);
    set.countries.push_back(Country("AAA", {withHole}, {5, 5}));
    set.countries.push_back(Country("BBB", {Square(15, 15, 25, 25)}, {20, 20}));
    set.countries.push_back(Country("CCC", {Square(60, 10, 60.01, 10.01)}, {60.005, 10.005}));
    set.countries.push_back(Country("DDD", {Square(35, 35, 35.01, 35.01)}, {35.005, 35.005}));
    set.countries.push_back(
        Country("EEE", {Square(170, -20, 180, -10), Square(-180, -20, -170, -10)}, {175, -15}));
    set.countries.push_back(Country("FFF", {Square(-60, -40, -20, 0)}, {-30, -5}));
    set.countries.push_back(Country("GGG", {Square(-50, -30, -40, -20)}, {-45, -25}));
    set.countries.push_back(Country("KKK",
                                    {Square(100, -40, 100.01, -39.99), Square(120, -40, 120.01, -39.99),
                                     Square(140, -40, 140.01, -39.99)},
                                    {120.005, -39.995}));
    return set;
}

constexpr ProjectionKind kEqc = ProjectionKind::Equirectangular;

MapView WorldView(ProjectionKind projection, double w, double h) {
    MapView view;
    view.SetViewport(w, h);
    view.FitWorld(projection);
    return view;
}

Vec2 Screen(const MapView& view, ProjectionKind projection, LonLat p) {
    return view.ProjectedToScreen(Project(projection, p));
}

std::string KeyAt(const CountrySet& set, HitTester& tester, const MapView& view, Vec2 px) {
    const int i = tester.CountryAt(view, px);
    return i < 0 ? std::string("-") : set.countries[static_cast<size_t>(i)].key;
}

TEST(HitTest, PolygonsHolesAndEnclaves) {
    const CountrySet set = Synthetic();
    HitTester tester;
    tester.SetCountries(&set);
    tester.SetProjection(kEqc);
    const MapView view = WorldView(kEqc, 1000, 500);
    auto at = [&](double lon, double lat) { return KeyAt(set, tester, view, Screen(view, kEqc, {lon, lat})); };
    EXPECT_EQ(at(5, 5), "AAA");
    EXPECT_EQ(at(38, 38), "AAA");
    EXPECT_EQ(at(12, 12), "-");  // in AAA's hole, outside the enclave, far from every label
    EXPECT_EQ(at(20, 20), "BBB");
    EXPECT_EQ(at(16, 24), "BBB");
    EXPECT_EQ(at(-55, -5), "FFF");
    EXPECT_EQ(at(-45, -25), "GGG");  // overlapping polygons: the smaller one wins
    EXPECT_EQ(at(-41, -21), "GGG");
    EXPECT_EQ(at(-30, 60), "-");
    const HitResult r = tester.Hit(view, Screen(view, kEqc, {5, 5}));
    EXPECT_EQ(r.kind, HitKind::Polygon);
}

TEST(HitTest, CountriesAcrossTheAntimeridian) {
    const CountrySet set = Synthetic();
    HitTester tester;
    tester.SetCountries(&set);
    for (ProjectionKind projection : kAllProjections) {
        tester.SetProjection(projection);
        const MapView view = WorldView(projection, 1920, 1080);
        EXPECT_EQ(KeyAt(set, tester, view, Screen(view, projection, {179, -15})), "EEE") << ProjectionId(projection);
        EXPECT_EQ(KeyAt(set, tester, view, Screen(view, projection, {-179, -15})), "EEE") << ProjectionId(projection);
        EXPECT_EQ(KeyAt(set, tester, view, Screen(view, projection, {175, -15})), "EEE") << ProjectionId(projection);
    }
}

TEST(HitTest, MarkerAndLabelRadii) {
    const CountrySet set = Synthetic();
    HitTester tester;
    tester.SetCountries(&set);
    tester.SetProjection(kEqc);
    const MapView view = WorldView(kEqc, 1000, 500);
    const Vec2 c = Screen(view, kEqc, {60.005, 10.005});
    HitResult r = tester.Hit(view, {c.x + 3, c.y});
    EXPECT_EQ(r.country, 2);
    EXPECT_EQ(r.kind, HitKind::Marker);
    EXPECT_NEAR(r.distancePx, 3, 1e-9);
    r = tester.Hit(view, {c.x, c.y + 8});  // beyond the marker radius (6), within the label radius (10)
    EXPECT_EQ(r.country, 2);
    EXPECT_EQ(r.kind, HitKind::Label);
    r = tester.Hit(view, {c.x - 12, c.y});
    EXPECT_EQ(r.country, -1);
    EXPECT_EQ(r.kind, HitKind::None);
    HitOptions wide;
    wide.labelRadiusPx = 20;
    EXPECT_EQ(tester.Hit(view, {c.x - 12, c.y}, wide).country, 2);
}

TEST(HitTest, MarkersWinOverPolygonsUntilZoomedIn) {
    const CountrySet set = Synthetic();
    HitTester tester;
    tester.SetCountries(&set);
    tester.SetProjection(kEqc);
    MapView view = WorldView(kEqc, 1000, 500);
    const LonLat islet{35.005, 35.005};
    HitResult r = tester.Hit(view, Screen(view, kEqc, islet));
    EXPECT_EQ(r.country, 3);  // DDD, drawn as a marker on top of AAA
    EXPECT_EQ(r.kind, HitKind::Marker);
    // Zoomed in 200x the islet is ~5 px wide: no longer a marker, found as the smaller polygon.
    view.ZoomAt(200, Screen(view, kEqc, islet));
    r = tester.Hit(view, Screen(view, kEqc, islet));
    EXPECT_EQ(r.country, 3);
    EXPECT_EQ(r.kind, HitKind::Polygon);
    EXPECT_EQ(tester.CountryAt(view, Screen(view, kEqc, {35.02, 35.02})), 0);  // AAA right next to it
}

TEST(HitTest, TiesGoToTheLowerIndexAndResultsRepeat) {
    CountrySet set;
    set.countries.push_back(Country("AAA", {Square(10, 10, 10.01, 10.01)}, {10.005, 10.005}));
    set.countries.push_back(Country("BBB", {Square(10, 10, 10.01, 10.01)}, {10.005, 10.005}));
    HitTester tester;
    tester.SetCountries(&set);
    tester.SetProjection(kEqc);
    const MapView view = WorldView(kEqc, 1000, 500);
    for (int k = 0; k < 3; ++k) EXPECT_EQ(tester.CountryAt(view, Screen(view, kEqc, {10.005, 10.005})), 0);
}

TEST(HitTest, ReprojectsOnlyWhenTheProjectionChanges) {
    const CountrySet set = Synthetic();
    HitTester tester;
    tester.SetCountries(&set);
    tester.SetProjection(ProjectionKind::Robinson);
    const ProjectedCountries& p = tester.Projected();
    EXPECT_TRUE(p.Built());
    EXPECT_EQ(p.Projection(), ProjectionKind::Robinson);
    EXPECT_EQ(p.Size(), set.countries.size());
    const Vec2 label = p.Label(1);
    const Vec2 expected = Project(ProjectionKind::Robinson, {20, 20});
    EXPECT_DOUBLE_EQ(label.x, expected.x);
    EXPECT_DOUBLE_EQ(label.y, expected.y);
    EXPECT_TRUE(p.Contains(1, expected));
    EXPECT_FALSE(p.Contains(0, Project(ProjectionKind::Robinson, {12, 12})));  // hole
    tester.SetProjection(ProjectionKind::WebMercator);
    EXPECT_EQ(tester.Projected().Projection(), ProjectionKind::WebMercator);
    // Boxes: EEE spans the full width of the map.
    const ProjectedBox& box = tester.Projected().CountryBox(4);
    EXPECT_DOUBLE_EQ(box.maxX - box.minX, 2 * Project(ProjectionKind::WebMercator, {180, 0}).x);

    HitTester empty;
    EXPECT_EQ(empty.CountryAt(WorldView(kEqc, 100, 100), {50, 50}), -1);
}

TEST(SmallCountries, BelowThresholdInBothDimensionsBecomeMarkers) {
    const CountrySet set = Synthetic();
    ProjectedCountries p;
    p.Build(set, kEqc);
    MapView view = WorldView(kEqc, 1000, 500);
    auto keys = [&](const std::vector<SmallCountryMarker>& markers) {
        std::vector<std::string> out;
        for (const SmallCountryMarker& m : markers) out.push_back(set.countries[static_cast<size_t>(m.country)].key);
        return out;
    };
    std::vector<SmallCountryMarker> markers = FindSmallCountries(p, view);
    // KKK's atolls spread over 40°, but each is tiny: it is small.
    EXPECT_EQ(keys(markers), (std::vector<std::string>{"CCC", "DDD", "KKK"}));
    ASSERT_FALSE(markers.empty());
    const Vec2 expected = view.ProjectedToScreen(Project(kEqc, {60.005, 10.005}));
    EXPECT_DOUBLE_EQ(markers[0].screen.x, expected.x);
    EXPECT_DOUBLE_EQ(markers[0].screen.y, expected.y);
    EXPECT_DOUBLE_EQ(markers[0].projected.x, Project(kEqc, {60.005, 10.005}).x);
    // BBB, GGG and EEE's pieces are 10° ≈ 27 px wide at this scale: markers only with a
    // threshold above that.
    EXPECT_EQ(keys(FindSmallCountries(p, view, 30.0)),
              (std::vector<std::string>{"BBB", "CCC", "DDD", "EEE", "GGG", "KKK"}));
    // Zoomed in 200x on CCC: the 0.01° islets grow to ~5.4 px, past the 4 px threshold.
    view.ZoomAt(200, expected);
    EXPECT_TRUE(FindSmallCountries(p, view).empty());
    EXPECT_TRUE(FindSmallCountries(p, view, 4.0, false).empty());
    // With a 6 px threshold they are small again; only CCC is still in the viewport.
    EXPECT_EQ(keys(FindSmallCountries(p, view, 6.0)), std::vector<std::string>{"CCC"});
    EXPECT_EQ(keys(FindSmallCountries(p, view, 6.0, false)), (std::vector<std::string>{"CCC", "DDD", "KKK"}));
}

// ---- real geodata ---------------------------------------------------------------------------

class HitTestNaturalEarth : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        GeodataOptions o;
        o.path = ENGAGEMAP_SOURCE_DIR "/geodata/countries.gpkg";
        o.layer = "countries_50m";
        GeodataResult r = LoadGeodata(o);
        ASSERT_TRUE(r.Ok()) << (r.errors.empty() ? std::string() : r.errors[0].ToString());
        countries_ = std::make_unique<CountrySet>(std::move(r.countries));
    }
    static void TearDownTestSuite() { countries_.reset(); }
    static std::unique_ptr<CountrySet> countries_;
};

std::unique_ptr<CountrySet> HitTestNaturalEarth::countries_;

// Issue 5: parties to the Budapest Convention too small to see at the whole-world view.
constexpr const char* kMicrostates[] = {"TON", "KIR", "MUS", "CPV", "GRD", "MCO", "SMR", "LIE"};

TEST_F(HitTestNaturalEarth, EveryMicrostateIsHoverableAtTheWholeWorldView) {
    const CountrySet& set = *countries_;
    HitTester tester;
    tester.SetCountries(&set);
    for (ProjectionKind projection : kAllProjections) {
        tester.SetProjection(projection);
        const MapView view = WorldView(projection, 1920, 1080);
        const std::vector<SmallCountryMarker> markers = FindSmallCountries(tester.Projected(), view);
        for (const char* key : kMicrostates) {
            const int index = set.Find(key);
            ASSERT_GE(index, 0) << key;
            // The pointer on the country's projected label point (where its marker is drawn).
            const Vec2 pointer = Screen(view, projection, set.countries[static_cast<size_t>(index)].label);
            const HitResult hit = tester.Hit(view, pointer);
            EXPECT_EQ(hit.country, index) << key << " in " << ProjectionId(projection) << ": got "
                                          << (hit.country >= 0 ? set.countries[static_cast<size_t>(hit.country)].key
                                                               : std::string("nothing"));
            // A pointer 2 px off still finds it (through its marker), in every direction. (At 3 px
            // Grenada loses to Trinidad and St Vincent in Web Mercator, whose world view is smaller.)
            for (const Vec2 d : {Vec2{2, 0}, Vec2{-2, 0}, Vec2{0, 2}, Vec2{0, -2}}) {
                const int off = tester.CountryAt(view, {pointer.x + d.x, pointer.y + d.y});
                EXPECT_EQ(off, index) << key << " in " << ProjectionId(projection) << " offset " << d.x << ","
                                      << d.y << ": got "
                                      << (off >= 0 ? set.countries[static_cast<size_t>(off)].key : std::string("nothing"));
            }
            // ... and it is drawn as a marker, so it is visible.
            EXPECT_TRUE(std::any_of(markers.begin(), markers.end(),
                                    [&](const SmallCountryMarker& m) { return m.country == index; }))
                << key << " in " << ProjectionId(projection);
        }
    }
}

TEST_F(HitTestNaturalEarth, LargeCountriesEnclavesAndOcean) {
    const CountrySet& set = *countries_;
    HitTester tester;
    tester.SetCountries(&set);
    tester.SetProjection(ProjectionKind::EqualEarth);
    const MapView view = WorldView(ProjectionKind::EqualEarth, 1920, 1080);
    auto at = [&](double lon, double lat) {
        return KeyAt(set, tester, view, Screen(view, ProjectionKind::EqualEarth, {lon, lat}));
    };
    EXPECT_EQ(at(2.35, 46.5), "FRA");
    EXPECT_EQ(at(24.0, -30.0), "ZAF");
    EXPECT_EQ(at(28.2, -29.5), "LSO");  // Lesotho: a hole in South Africa
    EXPECT_EQ(at(-100.0, 40.0), "USA");
    EXPECT_EQ(at(178.0, 66.0), "RUS");  // Chukotka, east of the antimeridian cut
    EXPECT_EQ(at(-178.0, 66.5), "RUS");
    EXPECT_EQ(at(-30.0, 30.0), "-");  // mid-Atlantic
    // France and Germany are far above the marker size at this view.
    const auto markers = FindSmallCountries(tester.Projected(), view);
    for (const char* big : {"FRA", "DEU", "USA", "RUS"})
        EXPECT_TRUE(std::none_of(markers.begin(), markers.end(),
                                 [&](const SmallCountryMarker& m) { return m.country == set.Find(big); }))
            << big;
}

}  // namespace
}  // namespace engagemap
