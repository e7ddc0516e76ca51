#include "app/dataset_commands.hpp"

#include "core/io/atomic_file.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "core/data/dataset_loader.hpp"
#include "core/data/dataset_writer.hpp"
#include "core/data/importer.hpp"
#include "core/data/participation_query.hpp"
#include "core/filter/view_table.hpp"
#include "core/geo/geodata_loader.hpp"

namespace engagemap {

namespace {

#ifdef ENGAGEMAP_SOURCE_DIR
const std::string kSourceDir = ENGAGEMAP_SOURCE_DIR;
#else
const std::string kSourceDir = ".";
#endif

const std::string kDefaultDataset = kSourceDir + "/datasets/engagemap.json";
const std::string kDefaultGeodata = kSourceDir + "/geodata/countries.gpkg";

const char* kUsage =
    "engagemap validate FILE [--geodata PATH] [--layer NAME] [--iso-field NAME] [--no-geodata]\n"
    "                        [--max-bytes N] [--max-depth N]\n"
    "    Validate a dataset; exit 1 with the full error list if it is refused.\n"
    "engagemap query count --instrument ID --date YYYY-MM-DD [--status S] [--dataset FILE]\n"
    "    Countries with a status on a date, e.g. \"48 (+3 uncertain)\". Status: party (default for\n"
    "    treaties), in_force, signed, invited, denounced, member (forums), former, participant\n"
    "    (programs), any.\n"
    "engagemap query list --instrument ID [--date YYYY-MM-DD] [--status S] [--format text|csv|json]\n"
    "                     [--dataset FILE]\n"
    "    Countries with their dates and sources (on a date: those with the status, incl. uncertain).\n"
    "engagemap query instruments [--dataset FILE]\n"
    "    Instrument ids, kinds and participant counts.\n"
    "engagemap import --metadata FILE --output FILE [--tables DIR] [--geodata PATH | --no-geodata]\n"
    "                 [--encoding LATIN1]  (tables in another encoding than UTF-8, converted)\n"
    "    Build a dataset from an instrument metadata file and its CSV/XLSX/ODS tables.\n"
    "Default dataset: datasets/engagemap.json in the source tree (or --dataset FILE).\n";

bool FileExists(const std::string& p) {
    struct stat st;
    return ::stat(p.c_str(), &st) == 0;
}

// --flag value / --flag=value parsing. Flags listed in `boolFlags` take no value.
struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;
    std::set<std::string> flags;
    std::string error;

    bool Parse(const std::vector<std::string>& in, std::size_t from, const std::set<std::string>& valued,
               const std::set<std::string>& boolFlags) {
        for (std::size_t i = from; i < in.size(); ++i) {
            const std::string& a = in[i];
            if (a.rfind("--", 0) != 0) {
                positional.push_back(a);
                continue;
            }
            std::string name = a, value;
            bool hasValue = false;
            if (auto eq = a.find('='); eq != std::string::npos) {
                name = a.substr(0, eq);
                value = a.substr(eq + 1);
                hasValue = true;
            }
            if (boolFlags.count(name)) {
                flags.insert(name);
            } else if (valued.count(name)) {
                if (!hasValue) {
                    if (i + 1 >= in.size()) {
                        error = name + " needs a value";
                        return false;
                    }
                    value = in[++i];
                }
                options[name] = value;
            } else {
                error = "unknown option " + name;
                return false;
            }
        }
        return true;
    }
    std::string Get(const std::string& k, const std::string& def = "") const {
        auto it = options.find(k);
        return it == options.end() ? def : it->second;
    }
};

int Usage(const std::string& error) {
    std::fprintf(stderr, "engagemap: %s\n%s", error.c_str(), kUsage);
    return 2;
}

void PrintErrors(const std::vector<LoadError>& errors, const char* kind) {
    for (const auto& e : errors) std::fprintf(stderr, "%s: %s\n", kind, e.ToString().c_str());
}

// Geodata keys for validation; `use` false when disabled or unavailable (a note goes to stderr).
bool CountryKeys(const Args& a, std::set<std::string>* keys) {
    if (a.flags.count("--no-geodata")) return false;
    const std::string path = a.Get("--geodata", kDefaultGeodata);
    if (!a.options.count("--geodata") && !FileExists(path)) {
        std::fprintf(stderr, "note: no geodata at %s; country codes are checked against ISO 3166-1 only\n",
                     path.c_str());
        return false;
    }
    std::string error;
    auto list = LoadCountryKeys(path, a.Get("--layer", "countries_50m"), a.Get("--iso-field", "iso3"), &error);
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
           std::to_string(d.milestones.size()) + " milestones";
}

int RunValidate(const std::vector<std::string>& args) {
    Args a;
    if (!a.Parse(args, 1, {"--geodata", "--layer", "--iso-field", "--max-bytes", "--max-depth"}, {"--no-geodata"}))
        return Usage(a.error);
    if (a.positional.size() != 1) return Usage("validate needs exactly one FILE");
    DatasetLoadOptions o;
    std::set<std::string> keys;
    if (CountryKeys(a, &keys)) o.knownCountries = &keys;
    try {
        if (a.options.count("--max-bytes")) o.maxBytes = std::stoull(a.Get("--max-bytes"));
        if (a.options.count("--max-depth")) o.maxDepth = std::stoi(a.Get("--max-depth"));
    } catch (...) {
        return Usage("--max-bytes / --max-depth need a number");
    }
    DatasetLoadResult r = LoadDataset(a.positional[0], o);
    PrintErrors(r.errors, "error");
    PrintErrors(r.warnings, "warning");
    if (!r.Ok()) {
        std::fprintf(stderr, "%s: refused: %zu error(s), %zu warning(s)\n", a.positional[0].c_str(), r.errors.size(),
                     r.warnings.size());
        return 1;
    }
    std::printf("%s: OK (%s; %zu warning(s))\n", a.positional[0].c_str(), Summary(r.dataset).c_str(),
                r.warnings.size());
    return 0;
}

bool LoadForQuery(const Args& a, DatasetLoadResult* r) {
    const std::string path = a.Get("--dataset", kDefaultDataset);
    *r = LoadDataset(path);
    if (!r->Ok()) {
        PrintErrors(r->errors, "error");
        std::fprintf(stderr, "%s: refused: %zu error(s); run `engagemap validate %s`\n", path.c_str(), r->errors.size(),
                     path.c_str());
        return false;
    }
    return true;
}

std::string Events(const Participation& p) {
    std::string s;
    for (auto& e : p.events) {
        if (!s.empty()) s += "; ";
        s += std::string(ToString(e.type)) + " " + e.date.Describe();
        if (!e.role.empty()) s += " [" + e.role + "]";
    }
    return s;
}

int RunQuery(const std::vector<std::string>& args) {
    if (args.size() < 2) return Usage("query needs count, list or instruments");
    const std::string what = args[1];
    Args a;
    if (!a.Parse(args, 2, {"--instrument", "--date", "--status", "--dataset", "--format"}, {})) return Usage(a.error);
    if (!a.positional.empty()) return Usage("unexpected argument " + a.positional[0]);
    if (what != "count" && what != "list" && what != "instruments") return Usage("unknown query '" + what + "'");

    DatasetLoadResult r;
    if (!LoadForQuery(a, &r)) return 1;
    const Dataset& d = r.dataset;
    if (what == "instruments") {
        for (auto& in : d.instruments)
            std::printf("%-20s %-8s %4zu  %s\n", in.id.c_str(), std::string(ToString(in.kind)).c_str(),
                        in.participants.size(), in.name.c_str());
        return 0;
    }
    const std::string id = a.Get("--instrument");
    if (id.empty()) return Usage("--instrument ID is required");
    const int idx = d.FindInstrument(id);
    if (idx < 0) {
        std::string ids;
        for (auto& in : d.instruments) ids += (ids.empty() ? "" : ", ") + in.id;
        std::fprintf(stderr, "engagemap: no instrument '%s' (known: %s)\n", id.c_str(), ids.c_str());
        return 1;
    }
    const Instrument& in = d.instruments[idx];
    StatusFilter filter = DefaultStatusFilter(in.kind);
    if (a.options.count("--status")) {
        auto f = ParseStatusFilter(a.Get("--status"));
        if (!f) return Usage("unknown status '" + a.Get("--status") + "'");
        filter = *f;
    }
    std::optional<CivilDate> date;
    if (a.options.count("--date")) {
        date = ParseCivilDate(a.Get("--date"));
        if (!date) return Usage("--date needs a real day as YYYY-MM-DD, got '" + a.Get("--date") + "'");
    }

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
    const std::string format = a.Get("--format", "text");
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
    auto titleOf = [&](const std::string& sid) {
        int i = d.FindSource(sid);
        return i < 0 ? sid : d.sources[i].title;
    };
    if (format == "json") {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (auto& l : lines) {
            nlohmann::ordered_json o;
            o["country"] = l.p->country;
            o["name"] = l.p->name;
            if (date) {
                o["status"] = std::string(ToString(l.s.status));
                o["certain"] = l.s.certain;
                o["date_unknown"] = l.s.dateUnknown;
            }
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
            std::printf("%s,%s,%s%s,%s\n", l.p->country.c_str(), CsvField(l.p->name).c_str(),
                        date ? (std::string(ToString(l.s.status)) + "," + (l.s.certain ? "yes" : "no") + ",").c_str() : "",
                        CsvField(Events(*l.p)).c_str(), CsvField(srcs).c_str());
        }
        return 0;
    }
    for (auto& l : lines) {
        std::printf("%s  %-28s", l.p->country.c_str(), l.p->name.c_str());
        if (date) std::printf("  %-34s", DescribeStatus(l.s).c_str());
        std::printf("  %s\n", Events(*l.p).c_str());
        for (auto& sid : sourceTitles(*l.p)) std::printf("      source %s: %s\n", sid.c_str(), titleOf(sid).c_str());
    }
    if (date) {
        StatusCount c = CountWithStatus(d, idx, filter, *date);
        std::printf("%s %s %s %s\n", FormatCount(c).c_str(), id.c_str(), std::string(ToString(filter)).c_str(),
                    ToString(*date).c_str());
    }
    return 0;
}

int RunImport(const std::vector<std::string>& args) {
    Args a;
    if (!a.Parse(args, 1, {"--metadata", "--output", "--tables", "--geodata", "--layer", "--iso-field", "--encoding"},
                 {"--no-geodata"}))
        return Usage(a.error);
    if (!a.positional.empty()) return Usage("unexpected argument " + a.positional[0]);
    ImportOptions o;
    o.metadataPath = a.Get("--metadata");
    o.tablesDir = a.Get("--tables");
    o.encoding = a.Get("--encoding");
    const std::string output = a.Get("--output");
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

}  // namespace

const char* DatasetCommandsUsage() { return kUsage; }

bool IsDatasetCommand(const std::vector<std::string>& args) {
    return !args.empty() && (args[0] == "validate" || args[0] == "query" || args[0] == "import");
}

int RunDatasetCommand(const std::vector<std::string>& args) {
    if (args.empty()) return Usage("missing subcommand");
    if (args[0] == "validate") return RunValidate(args);
    if (args[0] == "query") return RunQuery(args);
    if (args[0] == "import") return RunImport(args);
    return Usage("unknown subcommand '" + args[0] + "'");
}

}  // namespace engagemap
