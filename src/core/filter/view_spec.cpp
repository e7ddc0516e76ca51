#include "core/filter/view_spec.hpp"

namespace engagemap {

bool ResolveViewSpec(const ViewSpec& spec, const Dataset& dataset, const CountrySet& countries, const CivilDate& day,
                     ViewRequest* request, std::string* error) {
    auto fail = [&](const std::string& message) {
        if (error) *error = message;
        return false;
    };
    ViewRequest r;
    r.kind = spec.kind;
    r.date = day;
    r.signaturesCount = spec.signaturesCount;
    auto instrument = [&](const std::string& id, int* index) {
        if (id.empty()) return true;
        *index = dataset.FindInstrument(id);
        return *index >= 0;
    };
    if (!instrument(spec.instrumentA, &r.instrument)) return fail("unknown instrument '" + spec.instrumentA + "'");
    if (!instrument(spec.instrumentB, &r.instrumentB)) return fail("unknown instrument '" + spec.instrumentB + "'");
    if (spec.kind == ViewKind::InstrumentStatus && r.instrument < 0)
        return fail("the status view needs an instrument (--instrument ID)");
    if (spec.kind == ViewKind::Compare && (r.instrument < 0 || r.instrumentB < 0))
        return fail("the compare view needs two instruments (--instrument A --compare B)");
    if (!ParseInstrumentFilter(dataset, spec.pillars, spec.kinds, &r.instruments, error)) return false;
    for (const std::string& token : spec.regions)
        if (!AddRegionToken(token, countries, &dataset, &r.region, error)) return false;
    *request = r;
    return true;
}

}  // namespace engagemap
