#include "core/story/storyboard_ids.hpp"

#include "core/geo/un_m49.hpp"

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
        for (const CountryGroup& g : dataset->groups) {
            ids.regions.insert(g.id);
            if (!g.shortName.empty()) ids.regions.insert(g.shortName);
        }
    }
    for (const M49Area* a : M49Regions()) ids.regions.insert(std::string(a->name)), ids.regions.insert(std::string(a->code));
    for (const auto& c : countries.countries) {
        if (!c.region.empty()) ids.regions.insert(c.region);
        if (!c.subregion.empty()) ids.regions.insert(c.subregion);
    }
    return ids;
}

}  // namespace engagemap
