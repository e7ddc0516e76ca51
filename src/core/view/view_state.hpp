// ViewState: what the map shows, by ids — the one value the window edits, a slide saves, the
// storyboard file stores, and every export (PNG, MP4, CSV, the command line) renders. It holds
// no dataset indices: ResolveViewState turns it into the index-based ViewRequest that BuildView
// takes, fresh each time it is used, so a dataset reload that reorders instruments cannot make
// a view show another instrument.
//
// Adding a view option: a field here (with its default), its JSON key in ViewStateToJson /
// ReadViewState (view_state_json.cpp), its use in ResolveViewState, and its control in the UI.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/civil_date.hpp"
#include "core/data/dataset.hpp"
#include "core/filter/engagement_views.hpp"
#include "core/geo/country_geometry.hpp"
#include "core/geo/projection.hpp"
#include "core/story/slide_camera.hpp"
#include "core/view/country_labels.hpp"
#include "core/style/map_style.hpp"
#include "core/style/overlay_scene.hpp"

namespace engagemap {

struct ViewState {
    ViewKind kind = ViewKind::InstrumentStatus;
    std::string instrumentA;            // status: the instrument; compare: A (dataset instrument id)
    std::string instrumentB;            // compare: B
    std::vector<std::string> regions;   // region / subregion names or instrument ids (AddRegionToken)
    std::vector<std::string> pillars;   // pillar ids: breadth counts only instruments of these
    std::vector<std::string> kinds;     // instrument kinds (treaty, forum, program): breadth counts only these
    std::vector<std::string> instrumentIds;  // instrument ids: breadth counts only these (the checklist)
    bool signaturesCount = true;        // breadth, compare: a treaty signature counts as engagement
    std::string hub;                    // status view of a bilateral instrument: the hub (party id); empty: its default
    ProjectionKind projection = ProjectionKind::EqualEarth;
    std::optional<SlideCamera> camera;  // where the map looks; nullopt: the whole world fitted (or an export's focus box)
    Theme theme = Theme::Light;         // base-map and text colours
    LegendPlacement legend = LegendPlacement::Auto;  // where the overlay's legend goes (--legend)
    double textScale = 1.0;             // multiplies the overlay's type scale (--text-scale), 0.5..4
    bool footnote = true;               // the sources and coverage footnote line (--no-footnote)
    double centralMeridian = 0.0;       // degrees, -180..180: the map's centre (--central-meridian)
    LabelSelection labels;              // which countries carry a name label (--labels, a slide's "labels")

    bool operator==(const ViewState&) const = default;
};

// Fills `request` for `day`. Returns false with a message naming what is wrong: an unknown
// instrument, region, pillar or kind, an unknown country to label; a status view without an instrument; a compare view
// without two instruments.
bool ResolveViewState(const ViewState& state, const Dataset& dataset, const CountrySet& countries, const CivilDate& day,
                      ViewRequest* request, std::string* error);

// `state` without what its kind does not use (instrument B outside compare, instruments in
// breadth, the pillar/kind filters outside breadth, the signatures option in the status view):
// the form a slide saves, so that saving and loading give the same value back.
ViewState NormalizedViewState(ViewState state);

// "a,b" -> {"a", "b"} (empty items dropped); and back.
std::vector<std::string> SplitIds(std::string_view commaSeparated);
std::string JoinIds(const std::vector<std::string>& ids);

}  // namespace engagemap
