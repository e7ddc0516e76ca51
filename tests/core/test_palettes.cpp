// Palettes checked, not hoped: every legend class of every view contrasts at least 3:1 (WCAG 2.x
// relative luminance) with the land and the ocean of its theme, and any two classes of one legend
// stay at least kMinClassDeltaE (CIE76 in CIELAB, D65) apart in normal vision and in simulated
// protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1.0,
// applied to linear RGB).
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "core/style/map_style.hpp"
#include "core/style/palettes.hpp"
#include "core/timeline/status_colouring.hpp"

namespace engagemap {
namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

struct Vision {
    const char* name;
    Matrix m;
};

// Machado et al. 2009, Table 1 at severity 1.0 (the last row of each deficiency).
const std::array<Vision, 4> kVisions = {{
    {"normal", {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}},
    {"protanopia", {{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}}},
    {"deuteranopia", {{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}}},
    {"tritanopia", {{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}}},
}};

double Linear(uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double Luminance(Rgba8 c) { return 0.2126 * Linear(c.r) + 0.7152 * Linear(c.g) + 0.0722 * Linear(c.b); }

double Contrast(Rgba8 a, Rgba8 b) {
    const double la = Luminance(a), lb = Luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::array<double, 3> Lab(Rgba8 c, const Matrix& m) {
    const std::array<double, 3> rgb{Linear(c.r), Linear(c.g), Linear(c.b)};
    std::array<double, 3> s{};
    for (int i = 0; i < 3; ++i)
        s[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    const double x = (0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2]) / 0.95047;
    const double y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
    const double z = (0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2]) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double DeltaE(Rgba8 a, Rgba8 b, const Matrix& m) {
    const auto la = Lab(a, m), lb = Lab(b, m);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

std::string Hex(Rgba8 c) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02X%02X%02X", c.r, c.g, c.b);
    return buffer;
}

struct Legend {
    std::string name;
    std::vector<Rgba8> classes;
};

// Every legend a view can show in `theme` (the "none"/"neither" class is the land itself).
std::vector<Legend> AllLegends(Theme theme) {
    std::vector<Legend> out;
    for (InstrumentKind kind : {InstrumentKind::Treaty, InstrumentKind::Forum, InstrumentKind::Program}) {
        Legend l{std::string("status of kind ") + std::to_string(static_cast<int>(kind)), {}};
        for (MembershipStatus s : StatusesForKind(kind)) l.classes.push_back(StatusColour(s, theme));
        out.push_back(l);
    }
    for (int n = 1; n <= 6; ++n) {
        Legend l{"breadth with " + std::to_string(n) + " classes", {}};
        for (int k = 0; k < n; ++k) l.classes.push_back(BreadthScaleColour(n, k, theme));
        out.push_back(l);
    }
    const CompareColours c = CompareColoursFor(theme);
    out.push_back(Legend{"compare", {c.aOnly, c.bOnly, c.both}});
    return out;
}

TEST(Palettes, EveryClassContrastsWithLandAndOcean) {
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        const MapStyle style = MapStyleFor(theme, MapStyle{});
        for (const Legend& legend : AllLegends(theme))
            for (Rgba8 c : legend.classes) {
                EXPECT_GE(Contrast(c, style.land), kMinClassContrast)
                    << legend.name << " " << Hex(c) << " on land " << Hex(style.land) << (theme == Theme::Dark ? " (dark)" : " (light)");
                EXPECT_GE(Contrast(c, style.ocean), kMinClassContrast)
                    << legend.name << " " << Hex(c) << " on ocean " << Hex(style.ocean) << (theme == Theme::Dark ? " (dark)" : " (light)");
            }
    }
}

TEST(Palettes, ClassesOfOneLegendStayApartUnderColourVisionDeficiencies) {
    for (Theme theme : {Theme::Light, Theme::Dark})
        for (const Legend& legend : AllLegends(theme))
            for (size_t i = 0; i < legend.classes.size(); ++i)
                for (size_t j = i + 1; j < legend.classes.size(); ++j)
                    for (const Vision& v : kVisions)
                        EXPECT_GE(DeltaE(legend.classes[i], legend.classes[j], v.m), kMinClassDeltaE)
                            << legend.name << ": " << Hex(legend.classes[i]) << " vs " << Hex(legend.classes[j]) << " in "
                            << v.name << (theme == Theme::Dark ? " (dark)" : " (light)");
}

// The one tone of countries outside a region filter must not read as a class, as "no status" (the
// land) or as sea: 3:1 against every class (it is a background to them), and kMinClassDeltaE from
// every class, the land and the ocean in every simulated vision.
TEST(Palettes, OutsideFilterToneIsNeutralAndApartFromClassesLandAndOcean) {
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        const char* themeName = theme == Theme::Dark ? " (dark)" : " (light)";
        const MapStyle style = MapStyleFor(theme, MapStyle{});
        const Rgba8 outside = OutsideFilterColour(theme);
        EXPECT_EQ(outside.r, outside.g);  // a grey: no hue to mistake for a class
        EXPECT_EQ(outside.g, outside.b);
        for (const Legend& legend : AllLegends(theme))
            for (Rgba8 c : legend.classes) {
                EXPECT_GE(Contrast(c, outside), kMinClassContrast) << legend.name << " " << Hex(c) << themeName;
                for (const Vision& v : kVisions)
                    EXPECT_GE(DeltaE(c, outside, v.m), kMinClassDeltaE) << legend.name << " " << Hex(c) << " in " << v.name << themeName;
            }
        for (const Vision& v : kVisions) {
            EXPECT_GE(DeltaE(style.land, outside, v.m), kMinClassDeltaE) << "land " << Hex(style.land) << " in " << v.name << themeName;
            EXPECT_GE(DeltaE(style.ocean, outside, v.m), kMinClassDeltaE) << "ocean " << Hex(style.ocean) << " in " << v.name << themeName;
        }
    }
    // The old dimming (75 % of the way to #EEEEEE) left light "Signed" a pale blue close to the ocean.
    const Rgba8 oldDimmedSigned = RgbHex(0xBFD4DE);  // #3285AC blended 75 % toward #EEEEEE
    EXPECT_LT(DeltaE(oldDimmedSigned, MapStyleFor(Theme::Light, MapStyle{}).ocean, kVisions[0].m), kMinClassDeltaE);
}

// The checks themselves can fail: the old light palette's "Signed" on the ocean (1.32:1) and
// YlGnBu's two lightest classes under tritanopia are caught.
TEST(Palettes, TheChecksCatchKnownBadPairs) {
    const MapStyle light = MapStyleFor(Theme::Light, MapStyle{});
    EXPECT_LT(Contrast(RgbHex(0x9ECAE1), light.ocean), kMinClassContrast);
    EXPECT_NEAR(Contrast(RgbHex(0xFFFFFF), RgbHex(0x000000)), 21.0, 1e-9);
    EXPECT_LT(DeltaE(RgbHex(0xE69F00), RgbHex(0xE69F01), kVisions[0].m), 1.0);
    // Red and green merge for a deuteranope.
    EXPECT_LT(DeltaE(RgbHex(0xC84E00), RgbHex(0x6F7A00), kVisions[2].m),
              DeltaE(RgbHex(0xC84E00), RgbHex(0x6F7A00), kVisions[0].m) / 2);
}

}  // namespace
}  // namespace engagemap
