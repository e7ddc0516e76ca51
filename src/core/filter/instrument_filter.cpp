#include "core/filter/instrument_filter.hpp"

namespace engagemap {

namespace {

std::vector<std::string> SplitCommas(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&]() {
        const size_t b = cur.find_first_not_of(" \t");
        const size_t e = cur.find_last_not_of(" \t");
        if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
        cur.clear();
    };
    for (char c : s) {
        if (c == ',') flush();
        else cur.push_back(c);
    }
    flush();
    return out;
}

}  // namespace

bool InstrumentFilter::Accepts(const Instrument& instrument) const {
    if (!ids.empty() && !ids.count(instrument.id)) return false;
    if (!kinds.empty() && !kinds.count(instrument.kind)) return false;
    if (pillars.empty()) return true;
    for (const std::string& p : instrument.pillars)
        if (pillars.count(p)) return true;
    return false;
}

const char* KindPluralName(InstrumentKind kind) {
    switch (kind) {
        case InstrumentKind::Treaty: return "treaties";
        case InstrumentKind::Forum: return "forums";
        case InstrumentKind::Program: return "programmes";
        case InstrumentKind::Assessment: return "assessments";
        case InstrumentKind::Bilateral: return "bilateral dialogues";
    }
    return "";
}

std::string InstrumentFilter::Describe(const Dataset* dataset) const {
    if (Empty()) return "All instruments";
    std::string out;
    bool first = true;
    for (const std::string& id : pillars) {
        if (!first) out.append(" + ");
        first = false;
        std::string name = id;
        if (dataset)
            for (const Pillar& p : dataset->pillars)
                if (p.id == id && !p.name.empty()) name = p.name;
        out.append(name);
    }
    if (!kinds.empty()) {
        if (!out.empty()) out.append("; ");
        first = true;
        for (InstrumentKind k : kinds) {
            if (!first) out.append(" + ");
            first = false;
            out.append(KindPluralName(k));
        }
    }
    if (!ids.empty()) {
        if (!out.empty()) out.append("; ");
        first = true;
        for (const std::string& id : ids) {
            if (!first) out.append(" + ");
            first = false;
            const int i = dataset ? dataset->FindInstrument(id) : -1;
            const Instrument* in = i >= 0 ? &dataset->instruments[static_cast<size_t>(i)] : nullptr;
            out.append(in && !in->shortName.empty() ? in->shortName : id);
        }
    }
    return out;
}

bool ParseInstrumentIds(const Dataset& dataset, const std::string& ids, InstrumentFilter* filter, std::string* error) {
    for (const std::string& id : SplitCommas(ids)) {
        if (dataset.FindInstrument(id) < 0) {
            if (error) *error = "unknown instrument '" + id + "' (see engagemap query instruments)";
            return false;
        }
        filter->ids.insert(id);
    }
    return true;
}

std::string CountedInstrumentsNote(const Dataset& dataset, const std::vector<int>& indices) {
    std::string out = "Counted: ";
    for (size_t k = 0; k < indices.size(); ++k) {
        const Instrument& in = dataset.instruments[static_cast<size_t>(indices[k])];
        if (k) out.append(", ");
        out.append(in.shortName.empty() ? in.id : in.shortName);
    }
    if (indices.empty()) out.append("no instrument");
    return out;
}

std::vector<int> FilterInstruments(const Dataset& dataset, const InstrumentFilter& filter) {
    std::vector<int> out;
    for (size_t i = 0; i < dataset.instruments.size(); ++i)
        if (filter.Accepts(dataset.instruments[i])) out.push_back(static_cast<int>(i));
    return out;
}

std::vector<int> BreadthInstruments(const Dataset& dataset, const InstrumentFilter& filter) {
    const bool askedForAssessments = filter.kinds.count(InstrumentKind::Assessment) > 0;
    std::vector<int> out;
    for (int i : FilterInstruments(dataset, filter))
        if (askedForAssessments || dataset.instruments[static_cast<size_t>(i)].kind != InstrumentKind::Assessment)
            out.push_back(i);
    return out;
}

bool ParseInstrumentFilter(const Dataset& dataset, const std::string& pillars, const std::string& kinds,
                           InstrumentFilter* filter, std::string* error) {
    for (const std::string& id : SplitCommas(pillars)) {
        bool known = false;
        for (const Pillar& p : dataset.pillars) known = known || p.id == id;
        if (!known) {
            if (error) {
                error->assign("unknown pillar '");
                error->append(id);
                error->append("' (pillars:");
                for (const Pillar& p : dataset.pillars) {
                    error->append(" ");
                    error->append(p.id);
                }
                error->append(")");
            }
            return false;
        }
        filter->pillars.insert(id);
    }
    for (const std::string& k : SplitCommas(kinds)) {
        std::optional<InstrumentKind> kind = ParseInstrumentKind(k);
        if (!kind && k == "programme") kind = InstrumentKind::Program;
        if (!kind) {
            if (error) {
                error->assign("unknown instrument kind '");
                error->append(k);
                error->append("' (kinds: treaty forum program)");
            }
            return false;
        }
        filter->kinds.insert(*kind);
    }
    return true;
}

}  // namespace engagemap
