// InstrumentFilter: narrows the instrument list (and the instruments the breadth view counts) by
// policy pillar, by kind (treaty / forum / programme) and by explicit instrument ids (the
// analyst's checklist, `--instruments a,b,c`). Within pillars the selection is a union (an
// instrument passes when ANY of its pillars is selected); kinds likewise; pillars, kinds and ids
// combine as an intersection. An empty set means "all" for that dimension.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"

namespace engagemap {

struct InstrumentFilter {
    std::set<std::string> pillars;     // pillar ids ("law-enforcement"); empty = every pillar
    std::set<InstrumentKind> kinds;    // empty = every kind
    std::set<std::string> ids;         // instrument ids ("budapest", "foc"); empty = every instrument

    bool Empty() const { return pillars.empty() && kinds.empty() && ids.empty(); }
    // True when `instrument` passes both dimensions.
    bool Accepts(const Instrument& instrument) const;
    // "Law enforcement + Military; treaties + forums", "Budapest Convention + FOC" (ids, by short
    // name), "All instruments" when empty. Names come from `dataset` when it knows the id.
    std::string Describe(const Dataset* dataset) const;
    bool operator==(const InstrumentFilter&) const = default;
};

// Indices (dataset order) of the instruments `filter` accepts.
std::vector<int> FilterInstruments(const Dataset& dataset, const InstrumentFilter& filter);

// The instruments the breadth view counts: FilterInstruments without assessments (they measure a
// country, they are not engagement) unless `filter.kinds` asks for assessments.
std::vector<int> BreadthInstruments(const Dataset& dataset, const InstrumentFilter& filter);

// Parses comma-separated command-line lists into `filter` (added to what it holds):
// `pillars` = "law-enforcement,military" (ids of dataset.pillars), `kinds` = "treaty,forum"
// ("program" or "programme"). Empty strings add nothing. Returns false and sets *error naming the
// first unknown value and the valid ones.
bool ParseInstrumentFilter(const Dataset& dataset, const std::string& pillars, const std::string& kinds,
                           InstrumentFilter* filter, std::string* error);
// Adds instrument ids (`ids` = "budapest,foc") to `filter`. False + *error naming the first
// unknown id when one is not in `dataset`.
bool ParseInstrumentIds(const Dataset& dataset, const std::string& ids, InstrumentFilter* filter, std::string* error);

// "Counted: Budapest Convention, FOC, GFCE" — the short names of the instruments at `indices`,
// for the breadth legend's footnote.
std::string CountedInstrumentsNote(const Dataset& dataset, const std::vector<int>& indices);

// Display name of a kind in the plural: "treaties", "forums", "programmes", "assessments".
const char* KindPluralName(InstrumentKind kind);

}  // namespace engagemap
