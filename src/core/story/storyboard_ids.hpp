// The ids a storyboard may name with the data loaded now: a slide naming anything else is refused
// at load (storyboard.hpp, StoryboardLoadOptions). One builder for the command line and the window.
#pragma once

#include <set>
#include <string>

#include "core/data/dataset.hpp"
#include "core/geo/country_geometry.hpp"
#include "core/story/storyboard.hpp"

namespace engagemap {

struct StoryboardKnownIds {
    std::set<std::string> instruments;  // instrument ids of the dataset
    std::set<std::string> pillars;      // pillar ids of the dataset
    std::set<std::string> regions;      // UN M49 regions and subregions of the geodata, every UN M49 region,
                                        // subregion and intermediate region (name, code), group ids and
                                        // short names, and instrument ids

    // Points `options`' known-id sets at this object's: keep it alive while LoadStoryboard runs.
    void ApplyTo(StoryboardLoadOptions* options) const;
};

// The ids of `dataset` (null: none loaded, so no instrument or pillar is known) and `countries`.
StoryboardKnownIds KnownStoryboardIds(const Dataset* dataset, const CountrySet& countries);

}  // namespace engagemap
