// Resolving a country group (ECOWAS, EU, NATO, ...; Dataset::groups) to its member countries on a
// day, with the same honesty rule as instrument membership (`engagemap query count`): a country is
// a CERTAIN member on a day when it certainly joined by then and certainly had not left; it is an
// UNCERTAIN member when it may be a member (a join or leave date known only by a bound, or not at
// all). Stable API (used by bilateral dialogues to resolve group partners such as the EU):
//
//   const CountryGroup* g = dataset.FindGroup("ecowas");          // id or short name, any case
//   std::vector<std::string> iso3 = GroupMembersAt(*g, day);     // certain members, sorted
//   GroupMembers m = GroupMembershipAt(*g, day);                 // certain + uncertain
#pragma once

#include <string>
#include <vector>

#include "core/data/civil_date.hpp"
#include "core/data/dataset.hpp"
#include "core/data/participation_query.hpp"

namespace engagemap {

// Members of a group on one day, ISO3 codes sorted alphabetically.
struct GroupMembers {
    std::vector<std::string> certain;    // certainly members at the end of the day
    std::vector<std::string> uncertain;  // possibly members (dates known only by bounds or unknown)
};

// Status of one member entry of `group` at the end of `day` (Member / Former / None, with
// certainty), as StatusAt answers it for a forum.
StatusAtResult GroupMemberStatusAt(const CountryGroup& group, const Participation& member, const CivilDate& day);

// Members of `group` at the end of `day`: certain and uncertain.
GroupMembers GroupMembershipAt(const CountryGroup& group, const CivilDate& day);

// The certain members of `group` at the end of `day` (ISO3, sorted). Uncertain members are left
// out: a caller that must not widen a set beyond the sources uses this.
std::vector<std::string> GroupMembersAt(const CountryGroup& group, const CivilDate& day);

// Every country ever listed in `group` (ISO3, sorted), whatever the dates.
std::vector<std::string> GroupMembersEver(const CountryGroup& group);

// "ECOWAS" (short name, else the name, else the id).
std::string GroupLabel(const CountryGroup& group);

}  // namespace engagemap
