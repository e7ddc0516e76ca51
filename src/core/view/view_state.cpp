#include "core/view/view_state.hpp"

#include <algorithm>

#include "core/geo/great_circle.hpp"

namespace engagemap {

std::vector<std::string> SplitIds(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::string_view item = text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        if (!item.empty()) out.emplace_back(item);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return out;
}

std::string JoinIds(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) {
        if (id.empty()) continue;
        if (!out.empty()) out.push_back(',');
        out.append(id);
    }
    return out;
}

ViewState NormalizedViewState(ViewState state) {
    if (state.kind != ViewKind::Compare) state.instrumentB.clear();
    if (state.kind == ViewKind::Breadth) state.instrumentA.clear();
    if (state.kind != ViewKind::Breadth) {
        state.pillars.clear();
        state.kinds.clear();
        state.instrumentIds.clear();
    }
    if (state.kind == ViewKind::InstrumentStatus) state.signaturesCount = true;
    if (state.kind != ViewKind::InstrumentStatus) state.hub.clear();
    if (state.labels.mode != LabelSelection::Mode::Countries) state.labels.countries.clear();
    if (state.labels.mode == LabelSelection::Mode::Countries && state.labels.countries.empty()) state.labels = {};
    return state;
}

bool ResolveViewState(const ViewState& state, const Dataset& dataset, const CountrySet& countries, const CivilDate& day,
                      ViewRequest* request, std::string* error) {
    auto fail = [&](const std::string& message) {
        if (error) *error = message;
        return false;
    };
    ViewRequest r;
    r.kind = state.kind;
    r.date = day;
    r.signaturesCount = state.signaturesCount;
    // Arcs are cut relative to the countries' own frame: 0 when they were recentred on this meridian.
    r.centralMeridian = RelativeLongitude(state.centralMeridian, countries.centralMeridian);
    auto instrument = [&](const std::string& id, int* index) {
        if (id.empty()) return true;
        *index = dataset.FindInstrument(id);
        return *index >= 0;
    };
    if (!CheckLabelCountries(state.labels, countries, error)) return false;
    if (!instrument(state.instrumentA, &r.instrument)) return fail("unknown instrument '" + state.instrumentA + "'");
    if (!instrument(state.instrumentB, &r.instrumentB)) return fail("unknown instrument '" + state.instrumentB + "'");
    if (state.kind == ViewKind::InstrumentStatus && r.instrument < 0)
        return fail("the status view needs an instrument (--instrument ID)");
    if (state.kind == ViewKind::Compare && (r.instrument < 0 || r.instrumentB < 0))
        return fail("the compare view needs two instruments (--instrument A --compare B)");
    if (!state.hub.empty()) {
        const Instrument* in = r.instrument >= 0 ? &dataset.instruments[static_cast<std::size_t>(r.instrument)] : nullptr;
        if (state.kind != ViewKind::InstrumentStatus || !in || in->kind != InstrumentKind::Bilateral)
            return fail("a hub (--hub) needs the status view of a bilateral instrument");
        const std::vector<std::string> parties = BilateralParties(*in);
        if (std::find(parties.begin(), parties.end(), state.hub) == parties.end()) {
            std::string known;
            for (const std::string& p : parties) known += (known.empty() ? "" : ", ") + p;
            return fail("'" + state.hub + "' holds no dialogue in " + in->id + " (parties: " + known + ")");
        }
        r.hub = state.hub;
    }
    if (!ParseInstrumentFilter(dataset, JoinIds(state.pillars), JoinIds(state.kinds), &r.instruments, error)) return false;
    if (!ParseInstrumentIds(dataset, JoinIds(state.instrumentIds), &r.instruments, error)) return false;
    for (const std::string& token : state.regions)
        if (!AddRegionToken(token, countries, &dataset, &r.region, error)) return false;
    *request = r;
    return true;
}

}  // namespace engagemap
