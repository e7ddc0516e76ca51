#include "core/data/country_groups.hpp"

#include <algorithm>

namespace engagemap {

namespace {
// A group's membership is read exactly as a forum's: joined / left events, no treaty rules.
Instrument AsForum(const CountryGroup& group) {
    Instrument in;
    in.id = group.id;
    in.name = group.name;
    in.kind = InstrumentKind::Forum;
    in.keyDates = group.keyDates;
    return in;
}
}  // namespace

StatusAtResult GroupMemberStatusAt(const CountryGroup& group, const Participation& member, const CivilDate& day) {
    return StatusAt(AsForum(group), member, day);
}

GroupMembers GroupMembershipAt(const CountryGroup& group, const CivilDate& day) {
    const Instrument forum = AsForum(group);
    StatusCount count;
    for (const Participation& p : group.members)
        AddToCount(count, StatusFilter::Members, StatusAt(forum, p, day), p.country);
    GroupMembers m;
    m.certain = std::move(count.certainCountries);
    m.uncertain = std::move(count.uncertainCountries);
    std::sort(m.certain.begin(), m.certain.end());
    std::sort(m.uncertain.begin(), m.uncertain.end());
    return m;
}

std::vector<std::string> GroupMembersAt(const CountryGroup& group, const CivilDate& day) {
    return GroupMembershipAt(group, day).certain;
}

std::vector<std::string> GroupMembersEver(const CountryGroup& group) {
    std::vector<std::string> out;
    for (const Participation& p : group.members) out.push_back(p.country);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string GroupLabel(const CountryGroup& group) {
    if (!group.shortName.empty()) return group.shortName;
    return group.name.empty() ? group.id : group.name;
}

}  // namespace engagemap
