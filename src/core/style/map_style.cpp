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

}  // namespace engagemap
