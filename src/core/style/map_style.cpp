#include "core/style/map_style.hpp"

namespace engagemap {

std::vector<Rgba8> RegionColours(const CountrySet& countries, const MapStyle& style) {
    std::vector<Rgba8> out;
    out.reserve(countries.countries.size());
    for (const auto& c : countries.countries) {
        Rgba8 colour = style.land;
        if (c.region == "Africa") colour = RgbHex(0xE6CFA3);
        else if (c.region == "Americas") colour = RgbHex(0xC9DDB0);
        else if (c.region == "Asia") colour = RgbHex(0xE9C2B4);
        else if (c.region == "Europe") colour = RgbHex(0xBFCBE3);
        else if (c.region == "Oceania") colour = RgbHex(0xD8C4E0);
        out.push_back(colour);
    }
    return out;
}

MapStyle MapStyleFor(Theme theme, const MapStyle& current) {
    MapStyle s = current;
    if (theme == Theme::Light) {
        const MapStyle light;
        s.background = light.background;
        s.ocean = light.ocean;
        s.land = light.land;
        s.border = light.border;
        s.frame = light.frame;
    } else {
        // Dark: deep blue-grey sea, mid-grey land; status colours stay the same hues.
        s.background = RgbHex(0x15191E);
        s.ocean = RgbHex(0x1F2D3A);
        s.land = RgbHex(0x4A4F57);
        s.border = RgbHex(0x9AA3AD);
        s.frame = RgbHex(0x5C6B78);
    }
    return s;
}

}  // namespace engagemap
