// ViewSpec: a view described by names, as written on the command line and in storyboards
// ("--view compare --instrument budapest --compare foc --region Europe --pillar ..."). It is
// resolved against a dataset and geodata into the index-based ViewRequest that BuildView takes.
#pragma once

#include <string>
#include <vector>

#include "core/filter/engagement_views.hpp"

namespace engagemap {

struct ViewSpec {
    ViewKind kind = ViewKind::InstrumentStatus;
    std::string instrumentA;            // status: the instrument; compare: A
    std::string instrumentB;            // compare: B
    std::vector<std::string> regions;   // region / subregion names or instrument ids (AddRegionToken)
    std::string pillars;                // comma-separated pillar ids (breadth counts only these)
    std::string kinds;                  // comma-separated kinds: treaty, forum, program
    bool signaturesCount = true;        // a treaty signature counts as engagement (breadth, compare)
};

// Fills `request` for `day`. Returns false with a message naming what is wrong: an unknown
// instrument, region, pillar or kind; a status view without an instrument; a compare view
// without two instruments.
bool ResolveViewSpec(const ViewSpec& spec, const Dataset& dataset, const CountrySet& countries, const CivilDate& day,
                     ViewRequest* request, std::string* error);

}  // namespace engagemap
