#include "core/style/palettes.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace engagemap {

Rgba8 StatusColour(MembershipStatus status, Theme theme) {
    const bool dark = theme == Theme::Dark;
    switch (status) {
        case MembershipStatus::None: return dark ? RgbHex(0x4A4F57) : RgbHex(0xE3DED3);
        case MembershipStatus::Invited: return dark ? RgbHex(0xF8E965) : RgbHex(0x6D4F17);
        case MembershipStatus::Signed: return dark ? RgbHex(0x94A5C9) : RgbHex(0x3285AC);
        case MembershipStatus::Party: return dark ? RgbHex(0x75A7F0) : RgbHex(0x204B66);
        case MembershipStatus::InForce: return dark ? RgbHex(0xB0CAF7) : RgbHex(0x0F1849);
        case MembershipStatus::Denounced: return dark ? RgbHex(0xF97288) : RgbHex(0x4A1213);
        case MembershipStatus::Member: return dark ? RgbHex(0x7FB2F0) : RgbHex(0x1F4E9A);
        case MembershipStatus::Former: return dark ? RgbHex(0xF79A6B) : RgbHex(0x9A3412);
        case MembershipStatus::Participant: return dark ? RgbHex(0x6FD67F) : RgbHex(0x1E7B34);
        case MembershipStatus::Ended: return dark ? RgbHex(0xB9C7A8) : RgbHex(0x4E5A3C);
        case MembershipStatus::Active: return dark ? RgbHex(0xC4B2F5) : RgbHex(0x54278F);     // purples
        case MembershipStatus::Suspended: return dark ? RgbHex(0xFDAE6B) : RgbHex(0xA63603);  // oranges
    }
    return RgbHex(0xE3DED3);
}

Rgba8 BreadthScaleColour(int classCount, int classIndex, Theme theme) {
    // Sampled evenly along four stops (light: 2E8B57 1D6FA0 1A2D7A 0A0F3A; dark: 8AA0FF 4FC8E0
    // 7FE39A F5F08A), one row per class count.
    using Row = std::array<uint32_t, 6>;
    static constexpr std::array<Row, 6> kLight = {{
        {0x0A0F3A},
        {0x2E8B57, 0x0A0F3A},
        {0x2E8B57, 0x1C4E8D, 0x0A0F3A},
        {0x2E8B57, 0x1D6FA0, 0x1A2D7A, 0x0A0F3A},
        {0x2E8B57, 0x21768E, 0x1C4E8D, 0x16266A, 0x0A0F3A},
        {0x2E8B57, 0x247A83, 0x1C6298, 0x1B3A82, 0x142160, 0x0A0F3A},
    }};
    static constexpr std::array<Row, 6> kDark = {{
        {0xF5F08A},
        {0x8AA0FF, 0xF5F08A},
        {0x8AA0FF, 0x67D6BD, 0xF5F08A},
        {0x8AA0FF, 0x4FC8E0, 0x7FE39A, 0xF5F08A},
        {0x8AA0FF, 0x5EBEE8, 0x67D6BD, 0x9CE696, 0xF5F08A},
        {0x8AA0FF, 0x67B8EC, 0x59CDD2, 0x75DEA8, 0xAEE894, 0xF5F08A},
    }};
    const int n = std::clamp(classCount, 1, 6);
    const int k = std::clamp(classIndex, 0, n - 1);
    const auto& table = theme == Theme::Dark ? kDark : kLight;
    return RgbHex(table[static_cast<std::size_t>(n - 1)][static_cast<std::size_t>(k)]);
}

CompareColours CompareColoursFor(Theme theme) {
    if (theme == Theme::Dark) return {RgbHex(0xF0B45A), RgbHex(0x8FE0F0), RgbHex(0xC0A0FF)};
    return {RgbHex(0x9A5B00), RgbHex(0x1F6F9A), RgbHex(0x34116F)};
}

Rgba8 OutsideFilterColour(Theme theme) { return theme == Theme::Dark ? RgbHex(0x303030) : RgbHex(0xF7F7F7); }

Rgba8 FilterOutlineColour(Theme theme) { return theme == Theme::Dark ? RgbHex(0xECF0F4) : RgbHex(0x1E242C); }

}  // namespace engagemap
