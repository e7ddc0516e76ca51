#include "core/filter/country_profile.hpp"

#include "core/filter/instrument_filter.hpp"

#include <algorithm>

#include "core/filter/view_table.hpp"

namespace engagemap {
namespace {

std::string PrecisionOf(const FuzzyDate& d) {
    switch (d.kind) {
        case DateKind::Exact:
            switch (d.value.precision) {
                case DatePrecision::Day: return "day";
                case DatePrecision::Month: return "month";
                case DatePrecision::Year: return "year";
            }
            return "day";
        case DateKind::Bounded: return d.derived ? "bounded (derived)" : "bounded";
        case DateKind::Unknown: return "unknown";
    }
    return "unknown";
}

}  // namespace

std::vector<ProfileRow> BuildCountryProfile(const Dataset& dataset, const std::string& countryKey) {
    std::vector<ProfileRow> rows;
    for (size_t i = 0; i < dataset.instruments.size(); ++i) {
        const Instrument& inst = dataset.instruments[i];
        const int p = inst.FindParticipant(countryKey);
        if (p < 0) continue;
        const Participation& part = inst.participants[static_cast<size_t>(p)];
        for (const Event& e : part.events) {
            ProfileRow row;
            row.instrument = static_cast<int>(i);
            row.instrumentName = inst.shortName.empty() ? inst.name : inst.shortName;
            row.kind = inst.kind;
            row.event = e.type;
            row.role = e.role;
            if (const int r = inst.FindRound(e.round); r >= 0) row.round = inst.rounds[static_cast<size_t>(r)].name;
            row.date = e.date;
            row.dateText = e.date.Describe();
            row.precision = PrecisionOf(e.date);
            for (const std::string& id : e.sources) {
                const int s = dataset.FindSource(id);
                if (!row.sources.empty()) row.sources.append("; ");
                row.sources.append(s >= 0 ? SourceShortText(dataset.sources[static_cast<size_t>(s)]) : id);
            }
            row.note = e.note;
            if (part.uncertain) {
                if (!row.note.empty()) row.note.append(" | ");
                row.note.append("participation uncertain: " + part.uncertainBasis);
            }
            if (!part.notes.empty()) {
                if (!row.note.empty()) row.note.append(" | ");
                row.note.append(part.notes);
            }
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

void SortProfileRows(std::vector<ProfileRow>& rows, ProfileColumn column, bool ascending) {
    auto key = [column](const ProfileRow& r) -> std::string {
        switch (column) {
            case ProfileColumn::Instrument: return r.instrumentName;
            case ProfileColumn::Kind: return std::string(ToString(r.kind));
            case ProfileColumn::Event: return std::string(ToString(r.event));
            case ProfileColumn::Precision: return r.precision;
            case ProfileColumn::Source: return r.sources;
            case ProfileColumn::Date: break;
        }
        return {};
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const ProfileRow& a, const ProfileRow& b) {
        if (column == ProfileColumn::Date) {
            // Earliest possible day; a date known only by an upper bound sorts at that bound.
            auto day = [](const FuzzyDate& d) { return d.Earliest() ? d.Earliest() : d.Latest(); };
            const auto da = day(a.date), db = day(b.date);
            if (!da || !db) return da.has_value() && !db.has_value();  // unknown last, both ways
            return ascending ? *da < *db : *db < *da;
        }
        return ascending ? key(a) < key(b) : key(b) < key(a);
    });
}

std::vector<int> InstrumentsShownInView(const Dataset& dataset, const ViewRequest& request) {
    std::vector<int> shown;
    const int count = static_cast<int>(dataset.instruments.size());
    auto add = [&](int i) {
        if (i >= 0 && i < count) shown.push_back(i);
    };
    switch (request.kind) {
        case ViewKind::InstrumentStatus: add(request.instrument); break;
        case ViewKind::Compare:
            add(request.instrument);
            add(request.instrumentB);
            break;
        case ViewKind::Breadth: shown = BreadthInstruments(dataset, request.instruments); break;
    }
    std::sort(shown.begin(), shown.end());
    shown.erase(std::unique(shown.begin(), shown.end()), shown.end());
    return shown;
}

std::vector<ProfileRow> RowsOfInstruments(const std::vector<ProfileRow>& rows, const std::vector<int>& shown) {
    std::vector<ProfileRow> out;
    for (const ProfileRow& r : rows)
        if (std::binary_search(shown.begin(), shown.end(), r.instrument)) out.push_back(r);
    return out;
}

}  // namespace engagemap
