// Presenting a storyboard: clicker keys step through the deck (clamped at both ends), camera
// transitions (endpoints, eased, zoom monotonic and geometric, longitude the shorter way), colour
// blends, the date a slide shows while playing, and the slide camera <-> MapView conversion.
#include <gtest/gtest.h>

#include <cmath>

#include "core/story/slide_deck.hpp"
#include "core/story/storyboard.hpp"
#include "core/story/transition.hpp"

using namespace engagemap;

TEST(SlideDeck, ClickerKeysStepThroughSlides) {
    SlideDeck deck(3);
    EXPECT_EQ(deck.Current(), 0u);
    EXPECT_TRUE(deck.HandleKey(ClickerKey::PageDown));
    EXPECT_EQ(deck.Current(), 1u);
    EXPECT_TRUE(deck.HandleKey(ClickerKey::Right));
    EXPECT_EQ(deck.Current(), 2u);
    EXPECT_FALSE(deck.HandleKey(ClickerKey::Space)) << "clamped at the last slide, no wrap";
    EXPECT_EQ(deck.Current(), 2u);
    EXPECT_TRUE(deck.AtLast());
    EXPECT_TRUE(deck.HandleKey(ClickerKey::PageUp));
    EXPECT_EQ(deck.Current(), 1u);
    EXPECT_TRUE(deck.HandleKey(ClickerKey::Left));
    EXPECT_EQ(deck.Current(), 0u);
    EXPECT_FALSE(deck.HandleKey(ClickerKey::PageUp)) << "clamped at the first slide";
    EXPECT_TRUE(deck.AtFirst());
    EXPECT_TRUE(deck.HandleKey(ClickerKey::Space));
    EXPECT_EQ(deck.Current(), 1u);
    EXPECT_TRUE(deck.HandleKey(ClickerKey::ShiftSpace));
    EXPECT_EQ(deck.Current(), 0u);
    EXPECT_FALSE(deck.HandleKey(ClickerKey::Other));
    EXPECT_TRUE(deck.HandleKey(ClickerKey::End));
    EXPECT_EQ(deck.Current(), 2u);
    EXPECT_TRUE(deck.HandleKey(ClickerKey::Home));
    EXPECT_EQ(deck.Current(), 0u);
}

TEST(SlideDeck, KeyMapping) {
    EXPECT_EQ(StepForKey(ClickerKey::PageDown), DeckStep::Next);
    EXPECT_EQ(StepForKey(ClickerKey::Right), DeckStep::Next);
    EXPECT_EQ(StepForKey(ClickerKey::Space), DeckStep::Next);
    EXPECT_EQ(StepForKey(ClickerKey::PageUp), DeckStep::Previous);
    EXPECT_EQ(StepForKey(ClickerKey::Left), DeckStep::Previous);
    EXPECT_EQ(StepForKey(ClickerKey::ShiftSpace), DeckStep::Previous);
    EXPECT_EQ(StepForKey(ClickerKey::Home), DeckStep::First);
    EXPECT_EQ(StepForKey(ClickerKey::End), DeckStep::Last);
    EXPECT_EQ(StepForKey(ClickerKey::Other), DeckStep::None);
}

TEST(SlideDeck, EmptyAndResized) {
    SlideDeck empty;
    EXPECT_TRUE(empty.Empty());
    EXPECT_FALSE(empty.Next());
    EXPECT_FALSE(empty.Previous());
    EXPECT_FALSE(empty.Last());
    EXPECT_FALSE(empty.First());
    EXPECT_EQ(empty.Current(), 0u);

    SlideDeck deck(5);
    EXPECT_TRUE(deck.GoTo(4));
    EXPECT_FALSE(deck.GoTo(5));
    deck.SetCount(3);  // slides deleted: the current index stays valid
    EXPECT_EQ(deck.Current(), 2u);
    deck.SetCount(0);
    EXPECT_EQ(deck.Current(), 0u);
    EXPECT_TRUE(deck.AtLast());
}

TEST(Transition, EaseInOut) {
    EXPECT_DOUBLE_EQ(EaseInOut(0.0), 0.0);
    EXPECT_DOUBLE_EQ(EaseInOut(0.5), 0.5);
    EXPECT_DOUBLE_EQ(EaseInOut(1.0), 1.0);
    EXPECT_DOUBLE_EQ(EaseInOut(-1.0), 0.0);
    EXPECT_DOUBLE_EQ(EaseInOut(2.0), 1.0);
    double previous = 0.0;
    for (int i = 1; i <= 100; ++i) {
        const double e = EaseInOut(i / 100.0);
        EXPECT_GT(e, previous);
        previous = e;
    }
    EXPECT_LT(EaseInOut(0.01), 0.01) << "slow start";
    EXPECT_GT(EaseInOut(0.99), 0.99) << "slow end";
    EXPECT_DOUBLE_EQ(TransitionProgress(0.6, 1.2), 0.5);
    EXPECT_DOUBLE_EQ(TransitionProgress(5.0, 0.0), 1.0);
}

TEST(Transition, CameraEndpointsAndMonotonicZoom) {
    const SlideCamera a{-30.0, 10.0, 1.0}, b{100.0, 45.0, 16.0};
    CameraTransition tr{a, b, 2.0};
    EXPECT_EQ(tr.At(0.0), a);
    EXPECT_EQ(tr.At(-1.0), a);
    EXPECT_EQ(tr.At(2.0), b);
    EXPECT_EQ(tr.At(3.0), b);
    EXPECT_FALSE(tr.Finished(1.99));
    EXPECT_TRUE(tr.Finished(2.0));
    double zoom = a.zoom, lat = a.centerLat;
    for (int i = 1; i <= 200; ++i) {
        const SlideCamera c = tr.At(2.0 * i / 200.0);
        EXPECT_GE(c.zoom, zoom) << i;
        EXPECT_GE(c.centerLat, lat) << i;
        zoom = c.zoom;
        lat = c.centerLat;
    }
    // Log space: half way through the eased progress, zoom is the geometric mean (1 and 16 -> 4).
    EXPECT_NEAR(tr.At(1.0).zoom, 4.0, 1e-12);
    EXPECT_NEAR(tr.At(1.0).centerLat, 27.5, 1e-12);
    // Zooming out is monotonic too.
    CameraTransition out{b, a, 1.0};
    zoom = b.zoom;
    for (int i = 1; i <= 50; ++i) {
        const double z = out.At(i / 50.0).zoom;
        EXPECT_LE(z, zoom);
        zoom = z;
    }
}

TEST(Transition, LongitudeTakesTheShorterWay) {
    const SlideCamera fiji{170.0, -17.0, 4.0}, samoa{-170.0, -14.0, 4.0};
    // 20 degrees east across the antimeridian, not 340 degrees west.
    EXPECT_NEAR(InterpolateCamera(fiji, samoa, 0.25).centerLon, 175.0, 1e-9);
    EXPECT_NEAR(InterpolateCamera(fiji, samoa, 0.5).centerLon, -180.0, 1e-9);
    EXPECT_NEAR(InterpolateCamera(fiji, samoa, 0.75).centerLon, -175.0, 1e-9);
    EXPECT_NEAR(InterpolateCamera(samoa, fiji, 0.25).centerLon, -175.0, 1e-9);
    for (int i = 0; i <= 20; ++i) {
        const double lon = InterpolateCamera(fiji, samoa, i / 20.0).centerLon;
        EXPECT_TRUE(lon >= 170.0 || lon <= -170.0) << lon;
    }
    // Direct: across the map, never over its edge.
    EXPECT_NEAR(InterpolateCamera(fiji, samoa, 0.5, LongitudePath::Direct).centerLon, 0.0, 1e-9);
    // Ordinary moves are the same both ways.
    const SlideCamera europe{10.0, 50.0, 3.0}, asia{100.0, 30.0, 2.0};
    EXPECT_NEAR(InterpolateCamera(europe, asia, 0.5).centerLon, 55.0, 1e-9);
    EXPECT_NEAR(InterpolateCamera(europe, asia, 0.5, LongitudePath::Direct).centerLon, 55.0, 1e-9);
}

TEST(Transition, ColourBlend) {
    const Rgba8 a{0, 100, 200, 255}, b{255, 0, 100, 255};
    EXPECT_EQ(LerpColour(a, b, 0.0), a);
    EXPECT_EQ(LerpColour(a, b, 1.0), b);
    EXPECT_EQ(LerpColour(a, b, 0.5), (Rgba8{128, 50, 150, 255}));
    EXPECT_EQ(LerpColour(a, b, 7.0), b);
    const std::vector<Rgba8> from = {a, a}, to = {b, b, b};
    const std::vector<Rgba8> mid = BlendColours(from, to, 0.5);
    ASSERT_EQ(mid.size(), 3u);
    EXPECT_EQ(mid[0], (Rgba8{128, 50, 150, 255}));
    EXPECT_EQ(mid[2], b) << "a country without a previous colour takes the new one";
}

TEST(Transition, SlideDateWhilePlaying) {
    Slide still;
    still.date = CivilDate{2012, 6, 30};
    const CivilDate fallback{2025, 12, 31};
    EXPECT_EQ(SlideDateAt(still, 5.0, fallback), (CivilDate{2012, 6, 30}));
    EXPECT_EQ(SlidePlaySeconds(still), 0.0);
    EXPECT_EQ(SlideDateAt(Slide{}, 5.0, fallback), fallback);

    Slide play;
    play.range = SlideDateRange{CivilDate{2000, 1, 1}, CivilDate{2000, 1, 11}};
    play.playSeconds = 10.0;
    EXPECT_EQ(SlideDateAt(play, -1.0, fallback), (CivilDate{2000, 1, 1}));
    EXPECT_EQ(SlideDateAt(play, 0.0, fallback), (CivilDate{2000, 1, 1}));
    EXPECT_EQ(SlideDateAt(play, 5.0, fallback), (CivilDate{2000, 1, 6}));
    EXPECT_EQ(SlideDateAt(play, 10.0, fallback), (CivilDate{2000, 1, 11}));
    EXPECT_EQ(SlideDateAt(play, 60.0, fallback), (CivilDate{2000, 1, 11}));
    play.playSeconds.reset();
    EXPECT_EQ(SlidePlaySeconds(play), kDefaultSlidePlaySeconds);
}

TEST(Transition, FrameDates) {
    const CivilDate a{2001, 11, 23}, b{2025, 12, 31};
    EXPECT_EQ(InterpolateDate(a, b, 0, 720), a);
    EXPECT_EQ(InterpolateDate(a, b, 719, 720), b);
    EXPECT_EQ(InterpolateDate(a, b, 0, 1), a);
    EXPECT_EQ(InterpolateDate(a, a, 5, 10), a);
    std::int64_t previous = DaysFromCivil(a);
    for (int i = 1; i < 720; ++i) {
        const std::int64_t d = DaysFromCivil(InterpolateDate(a, b, i, 720));
        EXPECT_GE(d, previous);
        previous = d;
    }
}

TEST(SlideCameraView, WholeWorldAndRoundTrip) {
    for (ProjectionKind p : kAllProjections) {
        SCOPED_TRACE(ProjectionId(p));
        MapView fitted;
        fitted.SetViewport(1920, 1080);
        fitted.FitWorld(p, 8.0);
        const MapView world = CameraView(SlideCamera{}, p, 1920, 1080);
        EXPECT_DOUBLE_EQ(world.Scale(), fitted.Scale());
        EXPECT_NEAR(world.Center().x, 0.0, 1e-12);
        EXPECT_NEAR(world.Center().y, 0.0, 1e-12);

        const SlideCamera cam{15.5, 52.25, 3.75};
        const MapView v = CameraView(cam, p, 1920, 1080);
        EXPECT_NEAR(v.Scale(), fitted.Scale() * 3.75, 1e-9);
        // The same camera on a 4K wall shows the same part of the world.
        const SlideCamera back = CameraFromView(v, p);
        EXPECT_NEAR(back.centerLon, cam.centerLon, 1e-6);
        EXPECT_NEAR(back.centerLat, cam.centerLat, 1e-6);
        EXPECT_NEAR(back.zoom, cam.zoom, 1e-9);
        const SlideCamera back4k = CameraFromView(CameraView(cam, p, 3840, 2160, 16.0), p, 16.0);
        EXPECT_NEAR(back4k.centerLon, cam.centerLon, 1e-6);
        EXPECT_NEAR(back4k.zoom, cam.zoom, 1e-9);
    }
}

TEST(SlideCameraView, UnprojectNearThePolesAndEdges) {
    for (ProjectionKind p : kAllProjections) {
        SCOPED_TRACE(ProjectionId(p));
        for (LonLat q : {LonLat{-179.5, 0.0}, LonLat{179.0, -60.0}, LonLat{-120.0, 80.0}, LonLat{45.0, -84.0}}) {
            const LonLat r = UnprojectApprox(p, Project(p, q));
            EXPECT_NEAR(r.lon, q.lon, 1e-6);
            EXPECT_NEAR(r.lat, q.lat, 1e-6);
        }
    }
}

TEST(SlideDeck, CounterAndScreenCover) {
    SlideDeck deck(9);
    EXPECT_EQ(CounterText(deck), "1 / 9");
    deck.GoTo(2);
    EXPECT_EQ(CounterText(deck), "3 / 9");
    EXPECT_EQ(CounterText(SlideDeck()), "");
    // B (or .) blacks out, again uncovers; W whitens, also straight from black.
    ScreenCover cover = ScreenCover::None;
    cover = ToggleCover(cover, ScreenCover::Black);
    EXPECT_EQ(cover, ScreenCover::Black);
    cover = ToggleCover(cover, ScreenCover::White);
    EXPECT_EQ(cover, ScreenCover::White);
    cover = ToggleCover(cover, ScreenCover::White);
    EXPECT_EQ(cover, ScreenCover::None);
}

TEST(SlideDeck, ElapsedTimeText) {
    EXPECT_EQ(FormatElapsed(0), "0:00");
    EXPECT_EQ(FormatElapsed(754.9), "12:34");
    EXPECT_EQ(FormatElapsed(3723), "1:02:03");
    EXPECT_EQ(FormatElapsed(-5), "0:00");
    EXPECT_EQ(FormatElapsed(std::nan("")), "0:00");
}
