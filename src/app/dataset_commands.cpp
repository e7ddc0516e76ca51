#include "app/dataset_commands.hpp"

#include "core/io/atomic_file.hpp"
#include "core/filter/view_table.hpp"

#include <algorithm>
#include <filesystem>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "core/data/country_names.hpp"
#include "core/data/dataset_loader.hpp"
#include "core/data/dataset_writer.hpp"
#include "core/data/display_width.hpp"
#include "core/data/importer.hpp"
#include "core/data/participation_query.hpp"
#include "core/data/table_export.hpp"
#include "core/geo/geodata_loader.hpp"
#include "core/geo/un_m49.hpp"
#include "core/io/data_paths.hpp"
#include "core/query/event_durations.hpp"
#include "core/query/event_range.hpp"
#include "core/query/membership_compare.hpp"
#include "core/query/membership_timeline.hpp"

namespace engagemap {

namespace {

const char* kDefaultDataset = "datasets/engagemap.json";  // in the data directory (core/io/data_paths.hpp)
const char* kDefaultGeodata = "geodata/countries.gpkg";

bool FileExists(const std::string& p) {
    struct stat st;
    return ::stat(p.c_str(), &st) == 0;
}

int Usage(const std::string& error) {
    std::fprintf(stderr, "engagemap: %s\n", error.c_str());
    return 2;
}

void PrintErrors(const std::vector<LoadError>& errors, const char* kind) {
    for (const auto& e : errors) std::fprintf(stderr, "%s: %s\n", kind, e.ToString().c_str());
}

// Geodata keys for validation; `use` false when disabled or unavailable (a note goes to stderr).
bool CountryKeys(const DatasetCommandOptions& a, std::set<std::string>* keys) {
    if (a.noGeodata) return false;
    const std::string path = a.geodata.empty() ? FindBundledFile(kDefaultGeodata) : a.geodata;
    if (a.geodata.empty() && (path.empty() || !FileExists(path))) {
        std::fprintf(stderr, "note: no bundled %s (%s); country codes are checked against ISO 3166-1 only\n",
                     kDefaultGeodata, DescribeDataSearch(CurrentDataDirSearch()).c_str());
        return false;
    }
    std::string error;
    auto list = LoadCountryKeys(path, a.layer, a.isoField, &error);
    if (list.empty()) {
        std::fprintf(stderr, "warning: cannot read country keys from %s: %s; checking against ISO 3166-1 only\n",
                     path.c_str(), error.c_str());
        return false;
    }
    keys->insert(list.begin(), list.end());
    return true;
}

std::string Summary(const Dataset& d) {
    std::size_t parts = 0, events = 0;
    for (auto& in : d.instruments) {
        parts += in.participants.size();
        for (auto& p : in.participants) events += p.events.size();
    }
    return std::to_string(d.instruments.size()) + " instruments, " + std::to_string(parts) + " participations, " +
           std::to_string(events) + " events, " + std::to_string(d.sources.size()) + " sources, " +
           std::to_string(d.milestones.size()) + " milestones" +
           (d.groups.empty() ? std::string() : ", " + std::to_string(d.groups.size()) + " country groups");
}

int RunValidate(const DatasetCommandOptions& a) {
    DatasetLoadOptions o;
    std::set<std::string> keys;
    if (CountryKeys(a, &keys)) o.knownCountries = &keys;
    if (a.maxBytes) o.maxBytes = *a.maxBytes;
    if (a.maxDepth) o.maxDepth = *a.maxDepth;
    DatasetLoadResult r = LoadDataset(a.file, o);
    PrintErrors(r.errors, "error");
    PrintErrors(r.warnings, "warning");
    if (!r.Ok()) {
        std::fprintf(stderr, "%s: refused: %zu error(s), %zu warning(s)\n", a.file.c_str(), r.errors.size(),
                     r.warnings.size());
        return 1;
    }
    std::printf("%s: OK (%s; %zu warning(s))\n", a.file.c_str(), Summary(r.dataset).c_str(),
                r.warnings.size());
    return 0;
}

bool LoadForQuery(const DatasetCommandOptions& a, DatasetLoadResult* r) {
    const std::string path = a.dataset.empty() ? FindBundledFile(kDefaultDataset) : a.dataset;
    if (path.empty()) {
        std::fprintf(stderr, "error: no bundled %s (%s); pass --dataset FILE\n", kDefaultDataset,
                     DescribeDataSearch(CurrentDataDirSearch()).c_str());
        return false;
    }
    *r = LoadDataset(path);
    if (!r->Ok()) {
        PrintErrors(r->errors, "error");
        std::fprintf(stderr, "%s: refused: %zu error(s); run `engagemap validate %s`\n", path.c_str(), r->errors.size(),
                     path.c_str());
        return false;
    }
    return true;
}

// `query list|count` of a bilateral instrument: one line per dialogue of the hub (partner, dialogue,
// status on --date with the meetings held by then, every dated event, sources); the count is of
// partners (all dialogues of a pair together, participation_query.hpp).
int RunBilateralQuery(const DatasetCommandOptions& a, const Dataset& d, const Instrument& in, const std::string& what,
                      std::optional<StatusFilter> asked, const std::optional<CivilDate>& date);

std::string Events(const Participation& p) {
    std::string s;
    for (auto& e : p.events) {
        if (!s.empty()) s += "; ";
        s += std::string(ToString(e.type)) + " " + e.date.Describe();
        if (!e.role.empty()) s += " [" + e.role + "]";
    }
    return s;
}

int RunRangeList(const DatasetCommandOptions& a, const Dataset& d, const Instrument& in) {
    const std::optional<CivilDate> from = ParseCivilDate(a.from), to = ParseCivilDate(a.to);
    if (!from || !to) return Usage("query list: a range needs both --from and --to (YYYY-MM-DD)");
    if (*to < *from) return Usage("query list: --to is before --from");
    if (!a.date.empty()) return Usage("query list: give either --date or --from/--to");
    const std::optional<EventSelector> selector = ParseEventSelector(a.event);
    if (!selector) return Usage("unknown --event '" + a.event + "'");
    const RangeEventsResult r = EventsInRange(in, *selector, DateRange{*from, *to});
    if (a.format == "csv") {
        std::fputs(ToCsv(RangeEventsTable(r)).c_str(), stdout);
        return 0;
    }
    if (a.format == "json") return Usage("query list with a range: --format is text or csv");
    for (const RangeEvent& e : r.events) {
        std::string sources;
        for (const std::string& sid : e.event->sources) {
            const int si = d.FindSource(sid);
            sources += (sources.empty() ? "" : "; ") + (si < 0 ? sid : SourceShortText(d.sources[static_cast<std::size_t>(si)]));
        }
        std::printf("%s  %s %-9s %-10s %-34s %s %s\n", e.participation->country.c_str(),
                    PadRight(CountryDisplayName(e.participation->country, e.participation->name), 26).c_str(),
                    e.certain ? "certain" : "possible", std::string(ToString(e.event->type)).c_str(),
                    e.event->date.Describe().c_str(),
                    PadRight(!e.intermediate.empty() ? e.intermediate : e.subregion.empty() ? e.region : e.subregion, 22).c_str(),
                    sources.c_str());
    }
    std::printf("%d certain, %d possible: %s %s events between %s and %s (%d countries certain, %d more possible)\n",
                r.certainCount, r.possibleCount, in.id.c_str(), std::string(ToString(*selector)).c_str(),
                ToString(*from).c_str(), ToString(*to).c_str(), r.certainCountries, r.possibleOnlyCountries);
    return 0;
}

int RunDurations(const DatasetCommandOptions& a, const Instrument& in) {
    auto [fromEvent, toEvent] = DefaultDurationEvents(in.kind);
    if (!a.fromEvent.empty()) fromEvent = *ParseEventSelector(a.fromEvent);
    if (!a.toEvent.empty()) toEvent = *ParseEventSelector(a.toEvent);
    const DurationsResult r = ComputeDurations(in, fromEvent, toEvent);
    const std::string what = std::string(ToString(fromEvent)) + " to " + std::string(ToString(toEvent));
    std::printf("%s: %s, %zu certain pairs (both days known)\n", in.id.c_str(), what.c_str(), r.pairs.size());
    if (r.median) {
        std::printf("  min     %s\n", FormatDays(static_cast<double>(*r.min)).c_str());
        std::printf("  median  %s\n", FormatDays(*r.median).c_str());
        std::printf("  max     %s\n", FormatDays(static_cast<double>(*r.max)).c_str());
    }
    std::string uncertain;
    for (const std::string& c : r.uncertainCountries) uncertain += (uncertain.empty() ? "" : " ") + c;
    std::printf("  %d uncertain pairs left out (a date known only to the month or year, by bounds, or unknown)%s%s\n",
                r.uncertainPairs, uncertain.empty() ? "" : ": ", uncertain.c_str());
    if (r.withoutTo > 0)
        std::printf("  %d with %s but no %s recorded (not counted)\n", r.withoutTo,
                    std::string(ToString(fromEvent)).c_str(), std::string(ToString(toEvent)).c_str());
    for (const DurationPair& p : r.pairs)
        std::printf("  %s  %s %s -> %s  %ld days\n", p.participation->country.c_str(),
                    PadRight(CountryDisplayName(p.participation->country, p.participation->name), 28).c_str(),
                    p.from->date.Describe().c_str(), p.to->date.Describe().c_str(), p.days);
    return 0;
}

int RunCompare(const DatasetCommandOptions& a, const Dataset& d, const Instrument& in) {
    const int bi = d.FindInstrument(a.with);
    if (bi < 0) {
        std::fprintf(stderr, "engagemap: no instrument '%s' (see engagemap query instruments)\n", a.with.c_str());
        return 1;
    }
    const Instrument& b = d.instruments[static_cast<std::size_t>(bi)];
    const std::optional<CivilDate> day = ParseCivilDate(a.date);
    if (!day) return Usage("--date needs a real day as YYYY-MM-DD, got '" + a.date + "'");
    const CompareResult r = CompareMembership(in, b, *day, M49CountryCodes());
    if (a.format == "csv") {
        std::fputs(ToCsv(CompareTable(r)).c_str(), stdout);
        return 0;
    }
    std::printf("%s vs %s on %s (treaties count from deposit: party or in force; forums: member)\n", in.id.c_str(),
                b.id.c_str(), ToString(*day).c_str());
    for (CompareClass c : {CompareClass::Both, CompareClass::AOnly, CompareClass::BOnly, CompareClass::Neither}) {
        const auto certain = r.Of(c, false), uncertain = r.Of(c, true);
        std::printf("%s: %zu%s\n", CompareClassLabel(r, c).c_str(), certain.size(),
                    uncertain.empty() ? "" : (" (+" + std::to_string(uncertain.size()) + " uncertain)").c_str());
        if (c == CompareClass::Neither) {
            std::printf("  (the other UN M49 countries and areas; --format csv lists them)\n");
            continue;
        }
        for (const CompareRow* row : certain) std::printf("  %s  %s\n", row->iso3.c_str(), row->name.c_str());
        for (const CompareRow* row : uncertain)
            std::printf("  %s  %s  (uncertain: %s %s, %s %s)\n", row->iso3.c_str(), row->name.c_str(),
                        in.id.c_str(), row->inA == Engagement::Certain ? "yes" : row->inA == Engagement::Uncertain ? "maybe" : "no",
                        b.id.c_str(), row->inB == Engagement::Certain ? "yes" : row->inB == Engagement::Uncertain ? "maybe" : "no");
    }
    return 0;
}

int RunTimeline(const DatasetCommandOptions& a, const Instrument& in) {
    TimelineOptions o = DefaultTimelineSpan(in);
    if (!a.from.empty()) o.from = *ParseCivilDate(a.from);
    if (!a.to.empty()) o.to = *ParseCivilDate(a.to);
    if (o.to < o.from) return Usage("query timeline: --to is before --from");
    o.step = a.step == "month" ? TimelinePeriod::Month : TimelinePeriod::Year;
    o.by = a.by == "region" ? TimelineGrouping::Region : a.by == "subregion" ? TimelineGrouping::Subregion : TimelineGrouping::None;
    std::fputs(ToCsv(TimelineTable(MembershipTimeline(in, o), o.by)).c_str(), stdout);
    return 0;
}

int RunQuery(const DatasetCommandOptions& a) {
    const std::string what = a.command.substr(std::string("query ").size());

    DatasetLoadResult r;
    if (!LoadForQuery(a, &r)) return 1;
    const Dataset& d = r.dataset;
    if (what == "instruments") {
        for (auto& in : d.instruments)
            std::printf("%-20s %-8s %4zu  %s\n", in.id.c_str(), std::string(ToString(in.kind)).c_str(),
                        in.participants.size(), in.name.c_str());
        return 0;
    }
    const std::string& id = a.instrument;
    const int idx = d.FindInstrument(id);
    if (idx < 0) {
        std::string ids;
        for (auto& in : d.instruments) ids += (ids.empty() ? "" : ", ") + in.id;
        std::fprintf(stderr, "engagemap: no instrument '%s' (known: %s)\n", id.c_str(), ids.c_str());
        return 1;
    }
    const Instrument& in = d.instruments[idx];
    if (what == "durations") return RunDurations(a, in);
    if (what == "compare") return RunCompare(a, d, in);
    if (what == "timeline") return RunTimeline(a, in);
    if (what == "list" && (!a.from.empty() || !a.to.empty())) return RunRangeList(a, d, in);
    StatusFilter filter = DefaultStatusFilter(in.kind);
    std::optional<StatusFilter> asked;
    if (!a.status.empty()) {
        auto f = ParseStatusFilter(a.status);
        if (!f) return Usage("unknown status '" + a.status + "'");
        filter = *f;
        asked = f;
    }
    std::optional<CivilDate> date;
    if (!a.date.empty()) {
        date = ParseCivilDate(a.date);
        if (!date) return Usage("--date needs a real day as YYYY-MM-DD, got '" + a.date + "'");
    }
    if (in.kind == InstrumentKind::Bilateral) return RunBilateralQuery(a, d, in, what, asked, date);
    if (!a.hub.empty()) return Usage("--hub is for bilateral instruments; '" + in.id + "' is a " + std::string(ToString(in.kind)));

    if (what == "count") {
        if (!date) return Usage("query count needs --date YYYY-MM-DD");
        StatusCount c = CountWithStatus(d, idx, filter, *date);
        std::printf("%s %s %s %s\n", FormatCount(c).c_str(), id.c_str(), std::string(ToString(filter)).c_str(),
                    ToString(*date).c_str());
        const Coverage& cov = in.coverage;
        if (cov.membersTotal && cov.identified && *cov.identified < *cov.membersTotal)
            std::fprintf(stderr, "note: %d of %d members identified in the sources (as of %s)\n", *cov.identified,
                         *cov.membersTotal, cov.asOf.Describe().c_str());
        return 0;
    }

    // list
    const std::string& format = a.format;
    if (format != "text" && format != "csv" && format != "json") return Usage("--format is text, csv or json");
    struct Line {
        const Participation* p;
        StatusAtResult s;
    };
    std::vector<Line> lines;
    for (auto& p : in.participants) {
        StatusAtResult s;
        if (date) {
            s = StatusAt(in, p, *date);
            if (!Matches(filter, s.status) && !Matches(filter, s.certainStatus)) continue;
        }
        lines.push_back({&p, s});
    }
    auto sourceTitles = [&](const Participation& p) {
        std::vector<std::string> ids;
        for (auto& e : p.events)
            for (auto& s : e.sources)
                if (std::find(ids.begin(), ids.end(), s) == ids.end()) ids.push_back(s);
        return ids;
    };
    // The one display name (country_names.hpp), not the source's spelling.
    auto nameOf = [](const Participation& p) { return CountryDisplayName(p.country, p.name); };
    auto titleOf = [&](const std::string& sid) {
        int i = d.FindSource(sid);
        return i < 0 ? sid : d.sources[i].title;
    };
    if (format == "json") {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (auto& l : lines) {
            nlohmann::ordered_json o;
            o["country"] = l.p->country;
            o["name"] = nameOf(*l.p);
            if (date) {
                o["status"] = std::string(ToString(l.s.status));
                o["certain"] = l.s.certain;
                o["date_unknown"] = l.s.dateUnknown;
                if (l.s.inForceNotRecorded) o["entry_into_force_not_recorded"] = true;
                if (!in.rounds.empty()) o["in_current_round"] = InCurrentRound(in, *l.p, *date);
            }
            if (l.p->uncertain) o["participation_uncertain"] = l.p->uncertainBasis;
            if (!in.rounds.empty()) o["rounds"] = RoundsTakenPart(*l.p);
            nlohmann::ordered_json evs = nlohmann::ordered_json::array();
            for (auto& e : l.p->events) {
                nlohmann::ordered_json eo;
                eo["type"] = std::string(ToString(e.type));
                eo["date"] = DateToJson(e.date);
                if (!e.role.empty()) eo["role"] = e.role;
                eo["sources"] = e.sources;
                evs.push_back(eo);
            }
            o["events"] = evs;
            nlohmann::ordered_json srcs = nlohmann::ordered_json::array();
            for (auto& sid : sourceTitles(*l.p)) {
                int i = d.FindSource(sid);
                nlohmann::ordered_json so = {{"id", sid}};
                if (i >= 0) {
                    so["title"] = d.sources[i].title;
                    if (!d.sources[i].url.empty()) so["url"] = d.sources[i].url;
                    so["as_of"] = DateToJson(d.sources[i].asOf);
                }
                srcs.push_back(so);
            }
            o["sources"] = srcs;
            if (!l.p->notes.empty()) o["notes"] = l.p->notes;
            out.push_back(o);
        }
        std::printf("%s\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        return 0;
    }
    if (format == "csv") {
        std::printf("iso3,name,%sevents,sources\n", date ? "status,certain," : "");
        for (auto& l : lines) {
            std::string srcs;
            for (auto& sid : sourceTitles(*l.p)) srcs += (srcs.empty() ? "" : " ; ") + titleOf(sid);
            std::printf("%s,%s,%s%s,%s\n", l.p->country.c_str(), CsvField(nameOf(*l.p)).c_str(),
                        date ? (std::string(ToString(l.s.status)) + "," + (l.s.certain ? "yes" : "no") + ",").c_str() : "",
                        CsvField(Events(*l.p)).c_str(), CsvField(srcs).c_str());
        }
        return 0;
    }
    for (auto& l : lines) {
        std::printf("%s  %s", l.p->country.c_str(), PadRight(nameOf(*l.p), 28).c_str());
        if (date) std::printf("  %s", PadRight(DescribeStatus(l.s), 34).c_str());
        std::printf("  %s\n", Events(*l.p).c_str());
        if (!in.rounds.empty()) {
            std::string rounds;
            for (const std::string& r : RoundsTakenPart(*l.p)) rounds += (rounds.empty() ? "" : ", ") + r;
            const bool current = date && InCurrentRound(in, *l.p, *date);
            std::printf("      rounds taken part in: %s%s\n", rounds.empty() ? "none recorded" : rounds.c_str(),
                        current ? " (member of the current round)" : "");
        }
        if (l.p->uncertain) std::printf("      participation uncertain: %s\n", l.p->uncertainBasis.c_str());
        for (auto& sid : sourceTitles(*l.p)) std::printf("      source %s: %s\n", sid.c_str(), titleOf(sid).c_str());
    }
    if (date) {
        StatusCount c = CountWithStatus(d, idx, filter, *date);
        std::printf("%s %s %s %s\n", FormatCount(c).c_str(), id.c_str(), std::string(ToString(filter)).c_str(),
                    ToString(*date).c_str());
    }
    return 0;
}

int RunBilateralQuery(const DatasetCommandOptions& a, const Dataset& d, const Instrument& in, const std::string& what,
                      std::optional<StatusFilter> asked, const std::optional<CivilDate>& date) {
    const std::string hub = a.hub.empty() ? in.hub : a.hub;
    const std::vector<std::string> parties = BilateralParties(in);
    if (std::find(parties.begin(), parties.end(), hub) == parties.end()) {
        std::string known;
        for (const std::string& p : parties) known += (known.empty() ? "" : ", ") + p;
        std::fprintf(stderr, "engagemap: '%s' holds no dialogue in %s (parties: %s)\n", hub.c_str(), in.id.c_str(),
                     known.c_str());
        return 1;
    }
    auto countPartners = [&](StatusFilter f, const CivilDate& day) {
        StatusCount c;
        for (const PartyStatus& p : StatusesOfParties(in, hub, day, false)) AddToCount(c, f, p.status, p.party);
        return c;
    };
    const StatusFilter countFilter = asked.value_or(StatusFilter::Active);
    if (what == "count") {
        if (!date) return Usage("query count needs --date YYYY-MM-DD");
        std::printf("%s %s %s %s (partners of %s)\n", FormatCount(countPartners(countFilter, *date)).c_str(),
                    in.id.c_str(), std::string(ToString(countFilter)).c_str(), ToString(*date).c_str(), hub.c_str());
        if (!in.coverage.note.empty()) std::fprintf(stderr, "note: %s\n", in.coverage.note.c_str());
        return 0;
    }
    // list: every dialogue of the hub (with --date: those with a status then matching --status, any by default).
    const StatusFilter listFilter = asked.value_or(StatusFilter::Any);
    struct Line {
        const Participation* p;
        std::string partner;
        StatusAtResult s;
        int meetings = 0;
    };
    std::vector<Line> lines;
    for (const Participation& p : in.participants) {
        if (!InvolvesParty(in, p, hub)) continue;
        Line l{&p, OtherParty(in, p, hub), {}, 0};
        if (date) {
            l.s = StatusAt(in, p, *date);
            if (!Matches(listFilter, l.s.status) && !Matches(listFilter, l.s.certainStatus)) continue;
            l.meetings = MeetingsHeldBy(p, *date);
        }
        lines.push_back(l);
    }
    auto partnerName = [&](const Line& l) {
        if (l.partner == l.p->country) return l.p->name;
        const PartyAnchor* party = in.FindParty(l.partner);
        return party ? party->name : std::string();
    };
    auto sources = [&](const Participation& p) {
        std::vector<std::string> ids;
        for (auto& e : p.events)
            for (auto& s : e.sources)
                if (std::find(ids.begin(), ids.end(), s) == ids.end()) ids.push_back(s);
        return ids;
    };
    auto title = [&](const std::string& sid) {
        const int i = d.FindSource(sid);
        return i < 0 ? sid : d.sources[static_cast<std::size_t>(i)].title;
    };
    if (a.format == "json") {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const Line& l : lines) {
            nlohmann::ordered_json o;
            o["hub"] = hub;
            o["partner"] = l.partner;
            o["name"] = partnerName(l);
            o["dialogue"] = l.p->dialogue;
            if (date) {
                o["status"] = std::string(ToString(l.s.status));
                o["certain"] = l.s.certain && !l.s.dateUnknown;
                o["meetings_held"] = l.meetings;
                o["partner_status"] = std::string(ToString(BilateralStatusAt(in, hub, l.partner, *date).status));
            }
            nlohmann::ordered_json evs = nlohmann::ordered_json::array();
            for (const Event& e : l.p->events) {
                nlohmann::ordered_json eo = {{"type", std::string(ToString(e.type))}, {"date", DateToJson(e.date)}};
                if (!e.note.empty()) eo["note"] = e.note;
                eo["sources"] = e.sources;
                evs.push_back(eo);
            }
            o["events"] = evs;
            nlohmann::ordered_json srcs = nlohmann::ordered_json::array();
            for (const std::string& sid : sources(*l.p)) srcs.push_back({{"id", sid}, {"title", title(sid)}});
            o["sources"] = srcs;
            if (!l.p->notes.empty()) o["notes"] = l.p->notes;
            out.push_back(o);
        }
        std::printf("%s\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        return 0;
    }
    if (a.format == "csv") {
        std::printf("hub,partner,name,dialogue,%sevents,sources\n", date ? "status,certain,meetings_held," : "");
        for (const Line& l : lines) {
            std::string srcs;
            for (const std::string& sid : sources(*l.p)) srcs += (srcs.empty() ? "" : " ; ") + title(sid);
            std::string st;
            if (date)
                st = std::string(ToString(l.s.status)) + "," + (l.s.certain && !l.s.dateUnknown ? "yes" : "no") + "," +
                     std::to_string(l.meetings) + ",";
            std::printf("%s,%s,%s,%s,%s%s,%s\n", hub.c_str(), l.partner.c_str(), CsvField(partnerName(l)).c_str(),
                        CsvField(l.p->dialogue).c_str(), st.c_str(), CsvField(Events(*l.p)).c_str(),
                        CsvField(srcs).c_str());
        }
        return 0;
    }
    for (const Line& l : lines) {
        std::printf("%s-%s  %-22s  %s\n", hub.c_str(), l.partner.c_str(), partnerName(l).c_str(), l.p->dialogue.c_str());
        if (date)
            std::printf("      status %s: %s; meetings held by then: %d\n", ToString(*date).c_str(),
                        DescribeStatus(l.s).c_str(), l.meetings);
        std::printf("      %s\n", Events(*l.p).c_str());
        for (const std::string& sid : sources(*l.p)) std::printf("      source %s: %s\n", sid.c_str(), title(sid).c_str());
    }
    if (date)
        std::printf("%s %s %s %s (partners of %s)\n", FormatCount(countPartners(countFilter, *date)).c_str(),
                    in.id.c_str(), std::string(ToString(countFilter)).c_str(), ToString(*date).c_str(), hub.c_str());
    return 0;
}

int RunImport(const DatasetCommandOptions& a) {
    ImportOptions o;
    o.metadataPath = a.metadata;
    o.tablesDir = a.tables;
    o.encoding = a.encoding;
    const std::string& output = a.output;
    if (o.metadataPath.empty() || output.empty()) return Usage("import needs --metadata FILE and --output FILE");
    o.generatedBy = "engagemap import (scripts/build-dataset)";
    ImportResult r = ImportDataset(o);
    PrintErrors(r.errors, "error");
    PrintErrors(r.warnings, "warning");
    if (!r.Ok()) {
        std::fprintf(stderr, "import refused: %zu error(s); %s not written\n", r.errors.size(), output.c_str());
        return 1;
    }
    const std::string text = WriteDatasetJson(r.dataset);
    // Validate exactly what is written, with the geodata check.
    DatasetLoadOptions lo;
    std::set<std::string> keys;
    if (CountryKeys(a, &keys)) lo.knownCountries = &keys;
    DatasetLoadResult check = ParseDataset(text, output, lo);
    PrintErrors(check.errors, "error");
    PrintErrors(check.warnings, "warning");
    if (!check.Ok()) return 1;
    std::string error;
    if (!WriteOutputFile(output, text, &error)) {
        std::fprintf(stderr, "engagemap: %s\n", error.c_str());
        return 1;
    }
    std::printf("wrote %s (%s; %zu warning(s))\n", output.c_str(), Summary(r.dataset).c_str(), check.warnings.size());
    return 0;
}

int RunTables(const DatasetCommandOptions& a) {
    DatasetLoadResult loaded;
    if (!LoadForQuery(a, &loaded)) return 1;
    std::error_code ec;
    std::filesystem::create_directories(a.output, ec);  // --output names a folder: made when missing
    if (ec) {
        std::fprintf(stderr, "engagemap tables: cannot create %s: %s\n", a.output.c_str(), ec.message().c_str());
        return 1;
    }
    TablesExportOptions o;
    o.outputDir = a.output;
    o.format = a.tableFormat == "csv" ? TableFileFormat::Csv
               : a.tableFormat == "ods" ? TableFileFormat::Ods
                                        : TableFileFormat::Xlsx;
    o.instruments = a.instruments;
    TablesExportResult r = ExportTables(loaded.dataset, o);
    for (const std::string& f : r.written) std::printf("wrote %s\n", f.c_str());
    if (!r.Ok()) {
        std::fprintf(stderr, "engagemap tables: %s\n", r.error.c_str());
        return 1;
    }
    return 0;
}

}  // namespace

int RunDatasetCommand(const DatasetCommandOptions& options) {
    if (options.command == "validate") return RunValidate(options);
    if (options.command.rfind("query ", 0) == 0) return RunQuery(options);
    if (options.command == "import") return RunImport(options);
    if (options.command == "tables") return RunTables(options);
    return Usage("unknown subcommand '" + options.command + "'");
}

}  // namespace engagemap
