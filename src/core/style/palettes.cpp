#include "core/style/palettes.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace engagemap {

Rgba8 StatusColour(MembershipStatus status) {
    switch (status) {
        case MembershipStatus::None: return RgbHex(0xE3DED3);
        case MembershipStatus::Invited: return RgbHex(0xF3E79B);
        case MembershipStatus::Signed: return RgbHex(0x9ECAE1);
        case MembershipStatus::Party: return RgbHex(0x4292C6);
        case MembershipStatus::InForce: return RgbHex(0x08519C);
        case MembershipStatus::Denounced: return RgbHex(0xE6550D);
        case MembershipStatus::Member: return RgbHex(0x2171B5);
        case MembershipStatus::Former: return RgbHex(0xE6550D);
        case MembershipStatus::Participant: return RgbHex(0x31A354);
        case MembershipStatus::Ended: return RgbHex(0xA1D99B);
        case MembershipStatus::Active: return RgbHex(0x6A51A3);     // ColorBrewer Purples
        case MembershipStatus::Suspended: return RgbHex(0xFD8D3C);  // ColorBrewer Oranges
    }
    return RgbHex(0xE3DED3);
}

Rgba8 BreadthScaleColour(int classCount, int classIndex) {
    // ColorBrewer YlGnBu, classCount + 1 classes minus the lightest.
    static const std::vector<std::vector<uint32_t>> kYlGnBu = {
        {0x2C7FB8},                                                  // n = 1 (darkest of YlGnBu-3)
        {0x7FCDBB, 0x2C7FB8},                                        // YlGnBu-3
        {0xA1DAB4, 0x41B6C4, 0x225EA8},                              // YlGnBu-4
        {0xA1DAB4, 0x41B6C4, 0x2C7FB8, 0x253494},                    // YlGnBu-5
        {0xC7E9B4, 0x7FCDBB, 0x41B6C4, 0x2C7FB8, 0x253494},          // YlGnBu-6
        {0xC7E9B4, 0x7FCDBB, 0x41B6C4, 0x1D91C0, 0x225EA8, 0x0C2C84},  // YlGnBu-7
    };
    const int n = std::clamp(classCount, 1, 6);
    const int k = std::clamp(classIndex, 0, n - 1);
    return RgbHex(kYlGnBu[static_cast<std::size_t>(n - 1)][static_cast<std::size_t>(k)]);
}

}  // namespace engagemap
