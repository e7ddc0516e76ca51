#include "core/story/storyboard_ids.hpp"

namespace engagemap {

void StoryboardKnownIds::ApplyTo(StoryboardLoadOptions* options) const {
    options->knownInstruments = &instruments;
    options->knownPillars = &pillars;
    options->knownRegions = &regions;
}

StoryboardKnownIds KnownStoryboardIds(const Dataset* dataset, const CountrySet& countries) {
    StoryboardKnownIds ids;
    if (dataset) {
        for (const Instrument& i : dataset->instruments) ids.instruments.insert(i.id), ids.regions.insert(i.id);
        for (const Pillar& p : dataset->pillars) ids.pillars.insert(p.id);
    }
    for (const auto& c : countries.countries) {
        if (!c.region.empty()) ids.regions.insert(c.region);
        if (!c.subregion.empty()) ids.regions.insert(c.subregion);
    }
    return ids;
}

}  // namespace engagemap
