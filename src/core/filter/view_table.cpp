#include "core/filter/view_table.hpp"

#include <algorithm>

namespace engagemap {

namespace {

size_t Index(int i) { return static_cast<size_t>(i); }

std::string ShortName(const Instrument& in) {
    if (!in.shortName.empty()) return in.shortName;
    if (!in.name.empty()) return in.name;
    return in.id;
}

std::string Host(std::string_view url) {
    const size_t scheme = url.find("://");
    if (scheme == std::string_view::npos) return {};
    std::string_view rest = url.substr(scheme + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    if (rest.rfind("www.", 0) == 0) rest.remove_prefix(4);
    return std::string(rest);
}

std::string_view Trim(std::string_view s) {
    const size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    const size_t e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

// Cuts `s` to at most maxChars bytes at a space (or a UTF-8 character boundary) and adds "...".
std::string Shorten(std::string s, size_t maxChars) {
    if (s.size() <= maxChars || maxChars < 4) return s;
    size_t cut = maxChars - 3;
    const size_t space = s.rfind(' ', cut);
    if (space != std::string::npos && space > cut / 2) cut = space;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    s.resize(cut);
    while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ';')) s.pop_back();
    s.append("...");
    return s;
}

void AppendJoined(std::string* out, std::string_view part) {
    if (part.empty()) return;
    if (!out->empty()) out->append("; ");
    out->append(part);
}

// The event of `in` giving r.status for `country`, or null.
const Event* StatusEvent(const Instrument& in, const std::string& country, const StatusAtResult& r) {
    if (r.eventIndex < 0) return nullptr;
    // Bilateral: the dialogue that gives the pair's status.
    const int p = r.participantIndex >= 0 ? r.participantIndex : in.FindParticipant(country);
    if (p < 0) return nullptr;
    const Participation& part = in.participants[Index(p)];
    if (Index(r.eventIndex) >= part.events.size()) return nullptr;
    return &part.events[Index(r.eventIndex)];
}

std::string EventDate(const Event* e) { return e ? e->date.Describe() : std::string(); }

// Short texts of the event's sources, added to `out` (deduplicated, "; "-joined).
void AddSources(const Dataset& dataset, const Event* e, std::vector<std::string>* out) {
    if (!e) return;
    for (const std::string& id : e->sources) {
        const int s = dataset.FindSource(id);
        std::string text = s >= 0 ? SourceShortText(dataset.sources[Index(s)]) : id;
        if (std::find(out->begin(), out->end(), text) == out->end()) out->push_back(std::move(text));
    }
}

std::string Joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) AppendJoined(&out, p);
    return out;
}

const char* YesNo(bool b) { return b ? "yes" : "no"; }

bool Unengaged(ViewKind kind, const CountryView& c) {
    switch (kind) {
        case ViewKind::InstrumentStatus: return c.status.status == MembershipStatus::None;
        case ViewKind::Breadth: return c.engagedCertain + c.engagedUncertain == 0;
        case ViewKind::Compare: return c.compare == CompareClass::Neither;
    }
    return false;
}

bool ValidInstrument(const Dataset& dataset, int i) {
    return i >= 0 && i < static_cast<int>(dataset.instruments.size());
}

// "Budapest: party, in force since 2004-07-01 [CoE chart]" style line for one instrument.
std::string StatusLine(const Dataset& dataset, const Instrument& in, const std::string& country,
                       const StatusAtResult& r) {
    std::string line = ShortName(in);
    line.append(": ");
    line.append(r.status == MembershipStatus::None ? "no engagement recorded" : StatusLabel(r.status));
    if (r.status == MembershipStatus::None) return line;
    const Event* e = StatusEvent(in, country, r);
    if (r.dateUnknown) {
        line.append(", date unknown");
    } else if (e) {
        line.append(" (");
        line.append(e->date.Describe());
        line.append(")");
    }
    if (!r.certain && !r.dateUnknown) {
        line.append("; uncertain, certain: ");
        line.append(r.certainStatus == MembershipStatus::None ? "none" : StatusLabel(r.certainStatus));
    }
    std::vector<std::string> sources;
    AddSources(dataset, e, &sources);
    if (!sources.empty()) {
        line.append(" [");
        line.append(sources.front());
        line.append("]");
    }
    return line;
}

}  // namespace

std::string SourceShortText(const Source& source, size_t maxChars) {
    std::string_view title = Trim(source.title);
    std::string text;
    if (title.rfind("http://", 0) == 0 || title.rfind("https://", 0) == 0) {
        const size_t urlEnd = title.find(' ');
        std::string_view rest = urlEnd == std::string_view::npos ? std::string_view() : Trim(title.substr(urlEnd));
        if (rest.size() >= 2 && rest.front() == '(' && rest.back() == ')') rest = Trim(rest.substr(1, rest.size() - 2));
        text = !rest.empty() ? std::string(rest) : Host(title.substr(0, urlEnd));
    } else {
        text = std::string(title);
    }
    if (text.empty()) text = Host(source.url);
    if (text.empty()) text = source.id;
    return Shorten(std::move(text), maxChars);
}

std::string CsvField(std::string_view value) {
    // A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first: text that came from
    // imported tables) gets a leading apostrophe, so that it is shown as text.
    std::string text;
    if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) text = "'";
    text.append(value);
    const bool quote = text.find_first_of(",\"\r\n") != std::string::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

std::string ToCsv(const ViewTable& table) {
    std::string out;
    auto line = [&out](const std::vector<std::string>& fields) {
        for (size_t i = 0; i < fields.size(); ++i) {
            if (i > 0) out.push_back(',');
            out.append(CsvField(fields[i]));
        }
        out.append("\r\n");
    };
    line(table.header);
    for (const auto& row : table.rows) line(row);
    return out;
}

ViewTable BuildViewTable(const Dataset& dataset, const CountrySet& countries, const ViewRequest& request,
                         const ViewResult& result, const ViewTableOptions& options) {
    ViewTable t;
    t.header = {"iso3", "name", "region", "subregion", "in_filter", "as_of"};
    switch (result.kind) {
        case ViewKind::InstrumentStatus:
            for (const char* h : {"instrument", "status", "status_text", "uncertain", "date", "sources"})
                t.header.emplace_back(h);
            if (!result.arcs.empty() || (ValidInstrument(dataset, request.instrument) &&
                                         dataset.instruments[Index(request.instrument)].kind == InstrumentKind::Bilateral))
                for (const char* h : {"hub", "dialogues", "meetings_held"}) t.header.emplace_back(h);
            break;
        case ViewKind::Breadth:
            for (const char* h : {"engaged", "engaged_uncertain", "instruments", "dates", "sources"})
                t.header.emplace_back(h);
            break;
        case ViewKind::Compare:
            for (const char* h : {"class", "uncertain", "status_a", "date_a", "status_b", "date_b", "sources"})
                t.header.emplace_back(h);
            break;
    }
    const std::string asOf = ToString(request.date);
    const size_t n = std::min(countries.countries.size(), result.countries.size());
    for (size_t i = 0; i < n; ++i) {
        const CountryGeometry& g = countries.countries[i];
        const CountryView& c = result.countries[i];
        if (!g.IsIso()) continue;
        if (options.includedOnly && !c.included) continue;
        if (!options.includeUnengaged && Unengaged(result.kind, c)) continue;
        std::vector<std::string> row = {g.key, g.name, g.region, g.subregion, YesNo(c.included), asOf};
        std::vector<std::string> sources;
        switch (result.kind) {
            case ViewKind::InstrumentStatus: {
                if (!ValidInstrument(dataset, request.instrument)) {
                    row.insert(row.end(), {"", "", "", "", "", ""});
                    break;
                }
                const Instrument& in = dataset.instruments[Index(request.instrument)];
                const Event* e = StatusEvent(in, g.key, c.status);
                AddSources(dataset, e, &sources);
                row.push_back(in.id);
                row.emplace_back(ToString(c.status.status));
                row.push_back(DescribeStatus(c.status));
                row.emplace_back(YesNo(c.uncertain));
                row.push_back(EventDate(e));
                row.push_back(Joined(sources));
                if (in.kind == InstrumentKind::Bilateral) {  // the pair's dialogues, from its arc
                    const auto arc = std::find_if(result.arcs.begin(), result.arcs.end(),
                                                  [&](const ArcView& a) { return a.partner == g.key; });
                    std::string dialogues;
                    if (arc != result.arcs.end())
                        for (int d : arc->dialogues) AppendJoined(&dialogues, in.participants[Index(d)].dialogue);
                    row.push_back(arc != result.arcs.end() ? arc->hub : std::string());
                    row.push_back(dialogues);
                    row.push_back(arc != result.arcs.end() ? std::to_string(arc->meetings) : std::string());
                }
                break;
            }
            case ViewKind::Breadth: {
                std::string names, dates;
                for (int ii : c.engagedInstruments) {
                    const Instrument& in = dataset.instruments[Index(ii)];
                    StatusAtResult r;
                    if (in.kind == InstrumentKind::Bilateral) {  // the country's own standing, all its dialogues
                        r = BilateralStatusAt(in, g.key, g.key, request.date);
                    } else {
                        const int p = in.FindParticipant(g.key);
                        if (p < 0) continue;
                        r = StatusAt(in, in.participants[Index(p)], request.date);
                    }
                    std::string name = ShortName(in);
                    if (EngagementOf(in.kind, r, request.signaturesCount) == Engagement::Uncertain)
                        name.append(" (uncertain)");
                    AppendJoined(&names, name);
                    const Event* e = StatusEvent(in, g.key, r);
                    std::string date = ShortName(in);
                    date.append(": ");
                    date.append(e ? e->date.Describe() : std::string("unknown"));
                    AppendJoined(&dates, date);
                    AddSources(dataset, e, &sources);
                }
                row.push_back(std::to_string(c.engagedCertain));
                row.push_back(std::to_string(c.engagedUncertain));
                row.push_back(names);
                row.push_back(dates);
                row.push_back(Joined(sources));
                break;
            }
            case ViewKind::Compare: {
                if (!ValidInstrument(dataset, request.instrument) || !ValidInstrument(dataset, request.instrumentB)) {
                    row.insert(row.end(), {"", "", "", "", "", "", ""});
                    break;
                }
                const Instrument& a = dataset.instruments[Index(request.instrument)];
                const Instrument& b = dataset.instruments[Index(request.instrumentB)];
                const Event* ea = StatusEvent(a, g.key, c.status);
                const Event* eb = StatusEvent(b, g.key, c.statusB);
                AddSources(dataset, ea, &sources);
                AddSources(dataset, eb, &sources);
                row.emplace_back(CompareClassId(c.compare));
                row.emplace_back(YesNo(c.uncertain));
                row.push_back(DescribeStatus(c.status));
                row.push_back(EventDate(ea));
                row.push_back(DescribeStatus(c.statusB));
                row.push_back(EventDate(eb));
                row.push_back(Joined(sources));
                break;
            }
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

std::string ViewTableCsv(const Dataset& dataset, const CountrySet& countries, const ViewRequest& request,
                         const ViewResult& result, const ViewTableOptions& options) {
    return ToCsv(BuildViewTable(dataset, countries, request, result, options));
}

std::vector<std::string> DescribeCountryInView(const Dataset& dataset, const CountrySet& countries,
                                               const ViewRequest& request, const ViewResult& result, int index) {
    std::vector<std::string> lines;
    if (index < 0 || Index(index) >= countries.countries.size() || Index(index) >= result.countries.size())
        return lines;
    const CountryGeometry& g = countries.countries[Index(index)];
    const CountryView& c = result.countries[Index(index)];
    lines.push_back(g.name.empty() ? g.key : g.name);
    if (!g.IsIso()) {
        lines.emplace_back("No data: not an ISO 3166 country");
        return lines;
    }
    switch (result.kind) {
        case ViewKind::InstrumentStatus:
            if (ValidInstrument(dataset, request.instrument))
                lines.push_back(StatusLine(dataset, dataset.instruments[Index(request.instrument)], g.key, c.status));
            // Bilateral: the dialogues of the hovered partner (or of the hub, all of them).
            for (const ArcView& arc : result.arcs) {
                if (arc.partner != g.key && arc.hub != g.key) continue;
                std::string text = DescribeArc(dataset, dataset.instruments[Index(request.instrument)], arc, request.date);
                for (std::size_t start = 0; start <= text.size();) {
                    const std::size_t nl = text.find('\n', start);
                    lines.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
                    if (nl == std::string::npos) break;
                    start = nl + 1;
                }
            }
            break;
        case ViewKind::Breadth: {
            std::string s = "Engaged in ";
            s.append(std::to_string(c.engagedCertain));
            s.append(c.engagedCertain == 1 ? " instrument" : " instruments");
            if (c.engagedUncertain > 0) {
                s.append(" (+");
                s.append(std::to_string(c.engagedUncertain));
                s.append(" uncertain)");
            }
            lines.push_back(s);
            for (int ii : c.engagedInstruments) {
                const Instrument& in = dataset.instruments[Index(ii)];
                lines.push_back(StatusLine(dataset, in, g.key,
                                           in.kind == InstrumentKind::Bilateral
                                               ? BilateralStatusAt(in, g.key, g.key, request.date)
                                               : StatusAt(dataset, ii, g.key, request.date)));
            }
            break;
        }
        case ViewKind::Compare:
            if (ValidInstrument(dataset, request.instrument) && ValidInstrument(dataset, request.instrumentB)) {
                const Instrument& a = dataset.instruments[Index(request.instrument)];
                const Instrument& b = dataset.instruments[Index(request.instrumentB)];
                if (Index(c.legendEntry) < result.legend.entries.size()) {
                    std::string cls = result.legend.entries[Index(c.legendEntry)].label;
                    if (c.uncertain) cls.append(" (uncertain)");
                    lines.push_back(cls);
                }
                lines.push_back(StatusLine(dataset, a, g.key, c.status));
                lines.push_back(StatusLine(dataset, b, g.key, c.statusB));
            }
            break;
    }
    if (!c.included) lines.emplace_back(c.includedUncertain ? "Outside the region filter (membership uncertain)"
                                                            : "Outside the region filter");
    return lines;
}

}  // namespace engagemap
