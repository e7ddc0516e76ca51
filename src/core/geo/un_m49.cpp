#include "core/geo/un_m49.hpp"

#include <algorithm>
#include <cctype>

namespace engagemap {

namespace {

std::string_view TrimSpaces(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

// "11" / "011" -> "011"; empty when not 1-3 digits.
std::string AsCode(std::string_view s) {
    if (s.empty() || s.size() > 3) return {};
    for (char c : s)
        if (c < '0' || c > '9') return {};
    return std::string(3 - s.size(), '0') + std::string(s);
}

bool IsRegionType(M49Type t) { return t == M49Type::Region || t == M49Type::Subregion || t == M49Type::Intermediate; }

const M49Area* ByCode(std::string_view code) {
    for (const M49Area& a : M49Areas())
        if (a.code == code) return &a;
    return nullptr;
}

}  // namespace

std::string_view ToString(M49Type type) {
    switch (type) {
        case M49Type::World: return "world";
        case M49Type::Region: return "region";
        case M49Type::Subregion: return "subregion";
        case M49Type::Intermediate: return "intermediate region";
        case M49Type::Country: return "country";
    }
    return "area";
}

const M49Area* FindM49Region(std::string_view nameOrCode) {
    const std::string_view want = TrimSpaces(nameOrCode);
    if (want.empty()) return nullptr;
    const std::string code = AsCode(want);
    for (const M49Area& a : M49Areas()) {
        if (!IsRegionType(a.type)) continue;
        if ((!code.empty() && a.code == code) || EqualsNoCase(a.name, want)) return &a;
    }
    return nullptr;
}

std::vector<std::string> M49Members(const M49Area& area) {
    std::vector<std::string> out;
    for (const M49Area& a : M49Areas()) {
        if (a.iso3.empty()) continue;
        // Walk up from the country; the hierarchy is at most five levels deep.
        for (const M49Area* p = ByCode(a.parent); p; p = p->parent.empty() ? nullptr : ByCode(p->parent)) {
            if (p->code == area.code) {
                out.emplace_back(a.iso3);
                break;
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string_view M49CountryName(std::string_view iso3) {
    for (const M49Area& a : M49Areas())
        if (!iso3.empty() && a.iso3 == iso3) return a.name;
    return {};
}

std::vector<std::string> M49CountryCodes() {
    std::vector<std::string> out;
    for (const M49Area& a : M49Areas())
        if (!a.iso3.empty()) out.emplace_back(a.iso3);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<const M49Area*> M49Regions() {
    std::vector<const M49Area*> out;
    for (const M49Area& a : M49Areas())
        if (IsRegionType(a.type)) out.push_back(&a);
    std::sort(out.begin(), out.end(), [](const M49Area* x, const M49Area* y) {
        return x->type != y->type ? x->type < y->type : x->name < y->name;
    });
    return out;
}

M49Placement M49PlacementOf(std::string_view iso3) {
    if (iso3 == "XKX") iso3 = "SRB";
    else if (iso3 == "TWN") iso3 = "CHN";
    M49Placement out;
    for (const M49Area& a : M49Areas()) {
        if (a.iso3 != iso3 || a.iso3.empty()) continue;
        for (const M49Area* p = ByCode(a.parent); p; p = p->parent.empty() ? nullptr : ByCode(p->parent)) {
            if (p->type == M49Type::Region) out.region = p->name;
            else if (p->type == M49Type::Subregion) out.subregion = p->name;
            else if (p->type == M49Type::Intermediate) out.intermediate = p->name;
        }
        break;
    }
    return out;
}

}  // namespace engagemap
