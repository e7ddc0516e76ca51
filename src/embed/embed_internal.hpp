// The inside of the public handles of include/engagemap/ (not installed): what MapData and View
// hold, and conversions between the public value types and engagemap's own. The public API is a
// thin facade over these; nothing here is visible to a host.
#pragma once

#include <memory>
#include <vector>

#include "engagemap/common.hpp"
#include "engagemap/data.hpp"
#include "engagemap/view.hpp"

#include "core/data/civil_date.hpp"
#include "core/data/dataset.hpp"
#include "core/document/map_document.hpp"
#include "core/load_error.hpp"
#include "core/view/view_state.hpp"

namespace engagemap::embed {

struct MapData::Impl {
    std::shared_ptr<const MapDocument> document;  // as loaded (central meridian 0)
    std::shared_ptr<const Dataset> dataset;
    std::vector<InstrumentInfo> instruments;      // derived once at load
};

struct View::Impl {
    ViewState state;  // normalised (NormalizedViewState): the form a slide saves
};

inline CivilDate ToCivil(const Date& d) { return CivilDate{d.year, d.month, d.day}; }
inline Date FromCivil(const CivilDate& d) { return Date{d.year, d.month, d.day}; }
Problem ToProblem(const LoadError& error);
std::vector<Problem> ToProblems(const std::vector<LoadError>& errors);

// The date `view` shows for `date` on `data`: clamped to its instrument A's timeline (as the app's
// exports clamp), unchanged for a view without an instrument.
CivilDate ClampToViewTimeline(const MapData::Impl& data, const ViewState& view, const CivilDate& date);

}  // namespace engagemap::embed
