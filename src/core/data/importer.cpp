#include "core/data/importer.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <regex>
#include <set>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>

#include "core/data/dataset_loader.hpp"
#include "core/data/dataset_writer.hpp"
#include "core/data/json_reader.hpp"
#include "core/io/input_file.hpp"

namespace engagemap {

namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

std::string Trim(const std::string& s) {
    std::size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
    return s.substr(a, b - a);
}

std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string Upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::uint32_t Fnv1a(const std::string& s) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : s) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

std::vector<std::string> SplitCitations(const std::string& cell) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        std::size_t semi = cell.find(';', start);
        std::string part = Trim(cell.substr(start, semi == std::string::npos ? std::string::npos : semi - start));
        if (!part.empty()) out.push_back(part);
        if (semi == std::string::npos) break;
        start = semi + 1;
    }
    return out;
}

// What a row's notes say about its dates.
struct NoteFacts {
    std::optional<PartialDate> knownBy;   // tightest known_by=DATE
    std::optional<PartialDate> invited;   // "invited YYYY-MM-DD"
    std::optional<std::pair<PartialDate, PartialDate>> between;  // "between ... A and B"
    std::optional<PartialDate> inForceDerived;  // "in_force DATE is DERIVED"
    bool uncertain = false;               // VERIFY / inferred / contested / planned
    bool contested = false;
    bool upperBound = false;              // "upper bound"
    bool acceptance = false;              // instrument of acceptance
};

NoteFacts ReadNotes(const std::string& notes) {
    static const std::regex kKnownBy(R"(known_by=(\d{4}(?:-\d{2}(?:-\d{2})?)?))");
    static const std::regex kInvited(R"(invited (\d{4}-\d{2}-\d{2}))", std::regex::icase);
    static const std::regex kBetween(R"(between [^0-9;]*?(\d{4}-\d{2}-\d{2}) and (\d{4}-\d{2}-\d{2}))", std::regex::icase);
    static const std::regex kEifDerived(R"(in_force (\d{4}-\d{2}-\d{2}) is DERIVED)", std::regex::icase);
    static const std::regex kWeak(R"(\bverify\b|inferred|contested)", std::regex::icase);
    NoteFacts f;
    for (auto it = std::sregex_iterator(notes.begin(), notes.end(), kKnownBy); it != std::sregex_iterator(); ++it) {
        auto d = ParsePartialDate((*it)[1].str());
        if (d && (!f.knownBy || d->Last() < f.knownBy->Last())) f.knownBy = d;
    }
    std::smatch m;
    if (std::regex_search(notes, m, kInvited)) f.invited = ParsePartialDate(m[1].str());
    if (std::regex_search(notes, m, kBetween)) {
        auto a = ParsePartialDate(m[1].str()), b = ParsePartialDate(m[2].str());
        if (a && b && a->First() <= b->Last()) f.between = std::make_pair(*a, *b);
    }
    if (std::regex_search(notes, m, kEifDerived)) f.inForceDerived = ParsePartialDate(m[1].str());
    f.uncertain = std::regex_search(notes, kWeak);
    const std::string low = Lower(notes);
    f.contested = low.find("contested") != std::string::npos;
    f.upperBound = low.find("upper bound") != std::string::npos;
    f.acceptance = low.find("acceptance") != std::string::npos;
    return f;
}

struct Row {
    int number = 0;  // 1 = first data row
    std::map<std::string, std::string> cells;
    std::vector<std::pair<std::string, std::string>> extra;  // columns beyond the format's own
    std::string Get(const char* k) const {
        auto it = cells.find(k);
        return it == cells.end() ? std::string() : it->second;
    }
};

// One participant being assembled from one or more rows.
struct Pending {
    Participation part;
    int firstRow = 0;
    std::vector<std::pair<std::optional<CivilDate>, std::vector<Event>>> spells;  // forum rows, sorted later
};

}  // namespace

// ---- SourceRegistry ------------------------------------------------------------------------

void SourceRegistry::Add(const Source& s) {
    usedIds_[s.id] = 1;
    sources_.push_back(s);
}

std::string SourceRegistry::Intern(const std::string& citation) {
    auto it = byText_.find(citation);
    if (it != byText_.end()) return it->second;
    char buf[16];
    std::snprintf(buf, sizeof buf, "src-%08x", Fnv1a(citation));
    std::string id = buf;
    if (usedIds_.count(id)) id += "-" + std::to_string(++usedIds_[id]);
    usedIds_[id] = 1;
    Source s;
    s.id = id;
    s.title = citation;
    static const std::regex kUrl(R"(https?://[^\s"()]+)");
    static const std::regex kStatus(R"((\d{2})[/.](\d{2})[/.](\d{4}))");
    static const std::regex kDay(R"((\d{4}-\d{2}-\d{2}))");
    static const std::regex kMonth(R"((\d{4}-\d{2})(?![-\d]))");
    std::smatch m;
    if (std::regex_search(citation, m, kUrl)) {
        s.url = m[0].str();
        while (!s.url.empty() && std::string(".,;").find(s.url.back()) != std::string::npos) s.url.pop_back();
    }
    // As-of date: a date written in the citation (outside its URL), else unknown.
    std::string text = citation;
    if (!s.url.empty()) text.erase(text.find(s.url), s.url.size());
    std::optional<PartialDate> asOf;
    if (std::regex_search(text, m, kStatus)) {
        asOf = ParsePartialDate(m[3].str() + "-" + m[2].str() + "-" + m[1].str());
    }
    if (!asOf && std::regex_search(text, m, kDay)) asOf = ParsePartialDate(m[1].str());
    if (!asOf && std::regex_search(text, m, kMonth)) asOf = ParsePartialDate(m[1].str());
    if (asOf) {
        s.asOf = FuzzyDate::Exact(*asOf);
        s.asOf.basis = "date written in the citation";
    }
    byText_[citation] = id;
    sources_.push_back(std::move(s));
    return id;
}

// ---- tables --------------------------------------------------------------------------------

namespace {

bool ReadRows(const TableSpec& spec, const std::vector<std::string>& required, std::vector<Row>* rows,
              std::vector<LoadError>* errors) {
    std::string ext = Lower(spec.path.substr(spec.path.find_last_of('.') == std::string::npos ? spec.path.size()
                                                                                               : spec.path.find_last_of('.')));
    // Every column as text: the importer parses dates itself and must see "2011" as "2011".
    // CSV: open options. XLSX/ODS: the drivers read config options (set for this thread only).
    std::vector<const char*> opts;
    if (ext == ".csv") opts = {"AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO", nullptr};
    else opts = {nullptr};
    struct ScopedConfig {
        std::vector<std::string> keys;
        void Set(const char* k, const char* v) {
            CPLSetThreadLocalConfigOption(k, v);
            keys.push_back(k);
        }
        ~ScopedConfig() {
            for (auto& k : keys) CPLSetThreadLocalConfigOption(k.c_str(), nullptr);
        }
    } config;
    config.Set("OGR_XLSX_HEADERS", "FORCE");
    config.Set("OGR_XLSX_FIELD_TYPES", "STRING");
    config.Set("OGR_ODS_HEADERS", "FORCE");
    config.Set("OGR_ODS_FIELD_TYPES", "STRING");
    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });
    std::string refused;
    if (!CheckInputPath(spec.path, &refused)) {
        errors->push_back(LoadError{spec.path, 0, 0, "", "", refused});
        return false;
    }
    const char* const drivers[] = {"CSV", "XLSX", "ODS", nullptr};
    GDALDatasetH ds = GDALOpenEx(spec.path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, opts.data(), nullptr);
    if (!ds) {
        errors->push_back(LoadError{spec.path, 0, 0, "", "", "cannot open as a table (CSV, XLSX or ODS)"});
        return false;
    }
    OGRLayerH layer = spec.layer.empty() ? GDALDatasetGetLayer(ds, 0) : GDALDatasetGetLayerByName(ds, spec.layer.c_str());
    if (!layer) {
        errors->push_back(LoadError{spec.path, 0, 0, "", "", "no layer '" + spec.layer + "'"});
        GDALClose(ds);
        return false;
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int n = OGR_FD_GetFieldCount(defn);
    std::vector<std::string> names;
    for (int i = 0; i < n; ++i) names.push_back(Lower(Trim(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)))));
    bool ok = true;
    for (auto& r : required) {
        if (std::find(names.begin(), names.end(), r) == names.end()) {
            errors->push_back(LoadError{spec.path, 1, 0, "", r, "missing column '" + r + "'"});
            ok = false;
        }
    }
    if (!ok) {
        GDALClose(ds);
        return false;
    }
    OGR_L_ResetReading(layer);
    int number = 0;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        Row row;
        row.number = ++number;
        for (int i = 0; i < n; ++i) {
            std::string v = OGR_F_IsFieldSetAndNotNull(f, i) ? Trim(OGR_F_GetFieldAsString(f, i)) : std::string();
            if (!spec.encoding.empty()) {
                char* utf8 = CPLRecode(v.c_str(), spec.encoding.c_str(), CPL_ENC_UTF8);
                v = utf8 ? utf8 : "";
                CPLFree(utf8);
            } else if (!CPLIsUTF8(v.c_str(), -1)) {
                // Would become U+FFFD without a word in the dataset: refuse, with row and column.
                errors->push_back(LoadError{spec.path, row.number, i + 1, "", names[i],
                                            "text is not UTF-8 (Latin-1?); save the table as UTF-8 or pass "
                                            "--encoding LATIN1 (or the table's encoding)"});
                ok = false;
            }
            if (std::find(required.begin(), required.end(), names[i]) != required.end()) row.cells[names[i]] = v;
            else if (!names[i].empty()) row.extra.emplace_back(names[i], v);
        }
        OGR_F_Destroy(f);
        bool blank = true;
        for (auto& [k, v] : row.cells) blank = blank && v.empty();
        if (!blank) rows->push_back(std::move(row));
    }
    GDALClose(ds);
    return ok;
}

std::optional<FuzzyDate> CellDate(const TableSpec& spec, const Row& row, const char* column,
                                  std::vector<LoadError>* errors) {
    const std::string v = row.Get(column);
    if (v.empty()) return std::nullopt;
    std::string why;
    auto d = ParsePartialDate(v, &why);
    if (!d) {
        errors->push_back(LoadError{spec.path, row.number, 0, "", column, why});
        return std::nullopt;
    }
    return FuzzyDate::Exact(*d);
}

std::string ExtraNote(const Row& row) {
    std::string s;
    for (auto& [k, v] : row.extra)
        if (!v.empty()) s += (s.empty() ? "" : "; ") + k + "=" + v;
    return s;
}

int TreatyStage(EventType t) {
    switch (t) {
        case EventType::Invited: return 0;
        case EventType::Signed: return 1;
        case EventType::Ratified:
        case EventType::Accepted:
        case EventType::Acceded: return 2;
        case EventType::InForce: return 3;
        default: return 4;
    }
}

}  // namespace

bool ImportTable(const TableSpec& spec, Instrument* in, SourceRegistry* registry, std::vector<LoadError>* errors,
                 std::vector<LoadError>* warnings) {
    const bool treaty = spec.format == TableFormat::Treaty;
    std::vector<std::string> required =
        treaty ? std::vector<std::string>{"iso3", "name", "signed", "ratified", "in_force", "status", "source", "notes"}
               : std::vector<std::string>{"iso3", "name", "joined", "left", "role", "source", "notes"};
    std::vector<Row> rows;
    const std::size_t errorsBefore = errors->size();
    if (!ReadRows(spec, required, &rows, errors)) return false;

    std::vector<Pending> pending;
    std::map<std::string, std::size_t> index;
    for (const Row& row : rows) {
        const std::string iso = Upper(row.Get("iso3"));
        if (iso.empty()) {
            errors->push_back(LoadError{spec.path, row.number, 0, "", "iso3", "empty country code"});
            continue;
        }
        auto [it, fresh] = index.emplace(iso, pending.size());
        if (fresh) {
            pending.emplace_back();
            pending.back().part.country = iso;
            pending.back().part.name = row.Get("name");
            pending.back().firstRow = row.number;
        }
        Pending& p = pending[it->second];
        const std::string notes = row.Get("notes");
        if (!notes.empty()) p.part.notes += (p.part.notes.empty() ? "" : " | ") + notes;
        const NoteFacts facts = ReadNotes(notes);

        std::vector<std::string> cites;
        for (auto& c : SplitCitations(row.Get("source"))) cites.push_back(registry->Intern(c));
        if (cites.empty()) {
            if (spec.fallbackSource.empty()) {
                errors->push_back(LoadError{spec.path, row.number, 0, "", "source", "no source cited"});
                continue;
            }
            cites.push_back(spec.fallbackSource);
        }
        auto make = [&](EventType t, FuzzyDate d) {
            Event e;
            e.type = t;
            e.date = std::move(d);
            e.sources = cites;
            return e;
        };
        auto boundOr = [&](std::optional<FuzzyDate> cell) -> FuzzyDate {
            if (cell) return *cell;
            if (facts.between) {
                FuzzyDate b = FuzzyDate::Between(facts.between->first, facts.between->second);
                b.basis = "bounds from the table's notes";
                return b;
            }
            if (facts.knownBy) {
                FuzzyDate b = FuzzyDate::KnownBy(*facts.knownBy);
                b.basis = "known_by in the table's notes: a dated source lists it by then";
                return b;
            }
            return FuzzyDate::Unknown();
        };

        if (treaty) {
            const std::string status = Lower(row.Get("status"));
            const bool deposit = status == "ratified" || status == "acceded" || status == "accepted";
            if (!deposit && status != "signed" && status != "invited") {
                errors->push_back(LoadError{spec.path, row.number, 0, "", "status",
                                            "unknown status '" + status + "' (ratified, acceded, accepted, signed, invited)"});
                continue;
            }
            auto signedCell = CellDate(spec, row, "signed", errors);
            auto depositCell = CellDate(spec, row, "ratified", errors);
            auto eifCell = CellDate(spec, row, "in_force", errors);
            std::vector<Event> evs;
            Event* main = nullptr;
            if (facts.invited || status == "invited") {
                FuzzyDate d = facts.invited ? FuzzyDate::Exact(*facts.invited) : boundOr(std::nullopt);
                evs.push_back(make(EventType::Invited, d));
            }
            if (signedCell || status == "signed")
                evs.push_back(make(EventType::Signed, signedCell ? *signedCell : boundOr(std::nullopt)));
            if (deposit || depositCell) {
                EventType t = status == "acceded" ? EventType::Acceded
                              : (status == "accepted" || facts.acceptance) ? EventType::Accepted
                                                                           : EventType::Ratified;
                FuzzyDate d;
                if (depositCell) {
                    d = *depositCell;
                } else {
                    d = boundOr(std::nullopt);
                    if (spec.entryIntoForceMonths && eifCell) {
                        FuzzyDate derived = DeriveDepositFromEntryIntoForce(*eifCell, *spec.entryIntoForceMonths,
                                                                            spec.generalEntryIntoForce);
                        bool conflict = false;
                        FuzzyDate both = IntersectDates(derived, d, &conflict);
                        if (conflict)
                            warnings->push_back(LoadError{spec.path, row.number, 0, "", "ratified",
                                                          iso + ": known_by bound contradicts the entry-into-force "
                                                                "rule; kept the derived bound"});
                        d = conflict ? derived : both;
                    }
                }
                evs.push_back(make(t, d));
            }
            if (eifCell) {
                FuzzyDate d = *eifCell;
                if (facts.inForceDerived && *facts.inForceDerived == d.value) {
                    d.derived = true;
                    d.basis = "derived from the deposit date by the entry-into-force rule (not read in a source)";
                }
                evs.push_back(make(EventType::InForce, d));
            }
            for (auto& e : evs) {
                if ((status == "invited" && e.type == EventType::Invited) ||
                    (status == "signed" && e.type == EventType::Signed) || (deposit && IsDeposit(e.type)))
                    main = &e;
            }
            if (main && facts.uncertain) main->date.uncertain = true;
            for (auto& e : evs) p.part.events.push_back(std::move(e));
            std::stable_sort(p.part.events.begin(), p.part.events.end(),
                             [](const Event& a, const Event& b) { return TreatyStage(a.type) < TreatyStage(b.type); });
        } else {
            const bool program = in->kind == InstrumentKind::Program;
            auto joinedCell = CellDate(spec, row, "joined", errors);
            auto leftCell = CellDate(spec, row, "left", errors);
            FuzzyDate jd;
            if (joinedCell && (spec.joinedIsUpperBound || facts.upperBound)) {
                jd = FuzzyDate::KnownBy(joinedCell->value);
                jd.basis = "the table gives this date as an upper bound (on or before)";
            } else {
                jd = boundOr(joinedCell);
            }
            const std::string role = row.Get("role");
            if (facts.uncertain && !(facts.contested && leftCell)) jd.uncertain = true;
            if (Lower(role).find("planned") != std::string::npos) jd.uncertain = true;
            std::vector<Event> evs;
            evs.push_back(make(program ? EventType::Start : EventType::Joined, jd));
            evs.back().role = role;
            evs.back().note = ExtraNote(row);
            if (leftCell) {
                FuzzyDate ld = *leftCell;
                if (facts.contested) ld.uncertain = true;
                evs.push_back(make(program ? EventType::End : EventType::Left, ld));
            }
            p.spells.emplace_back(jd.Earliest() ? jd.Earliest() : jd.Latest(), std::move(evs));
        }
    }
    for (Pending& p : pending) {
        if (!treaty) {
            std::stable_sort(p.spells.begin(), p.spells.end(), [](const auto& a, const auto& b) {
                if (!a.first || !b.first) return a.first.has_value() && !b.first.has_value();
                return *a.first < *b.first;
            });
            for (auto& s : p.spells)
                for (auto& e : s.second) p.part.events.push_back(std::move(e));
        }
        in->participants.push_back(std::move(p.part));
    }
    return errors->size() == errorsBefore;
}

// ---- whole import --------------------------------------------------------------------------

namespace {

std::string DirOf(const std::string& path) {
    std::size_t s = path.find_last_of('/');
    return s == std::string::npos ? std::string(".") : path.substr(0, s);
}

// obj[key] when it is a string, else "" (a wrong type is reported by the dataset validator, which
// sees the same field; json::value() would throw type_error here).
std::string StringField(const json& obj, const char* key) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

struct TablePlan {
    std::string instrumentId;
    TableSpec spec;
};

}  // namespace

ImportResult ImportDataset(const ImportOptions& options) {
    ImportResult result;
    const std::string& meta = options.metadataPath;
    std::string text, error;
    if (!ReadFileVsi(meta, 64ull << 20, &text, &error)) {
        result.errors.push_back(LoadError{meta, 0, 0, "", "", error});
        return result;
    }
    JsonReadResult doc = ReadJson(text, 64);
    LineIndex lines(text);
    for (auto& p : doc.fatal) {
        TextLocation l = lines.Locate(p.offset);
        result.errors.push_back(LoadError{meta, l.line, l.column, "", "", p.message});
    }
    if (!result.errors.empty()) return result;
    json root = std::move(doc.value);
    if (!root.is_object() || !root.contains("instruments") || !root["instruments"].is_array()) {
        result.errors.push_back(LoadError{meta, 0, 0, "/instruments", "instruments", "metadata needs an 'instruments' array"});
        return result;
    }
    if (StringField(root, "format") != "engagemap-import") {
        result.errors.push_back(LoadError{meta, 0, 0, "/format", "format", "expected \"engagemap-import\""});
        return result;
    }
    const std::string tablesDir = options.tablesDir.empty() ? DirOf(meta) : options.tablesDir;

    // Split off the import-only fields; what remains must be a valid dataset (with no participants).
    std::vector<TablePlan> plans;
    json& instruments = root["instruments"];
    for (std::size_t i = 0; i < instruments.size(); ++i) {
        json& in = instruments[i];
        if (!in.is_object()) continue;
        const std::string ptr = "/instruments/" + std::to_string(i);
        TablePlan plan;
        plan.instrumentId = StringField(in, "id");
        if (in.contains("table")) {
            if (!in["table"].is_string()) {
                result.errors.push_back(LoadError{meta, 0, 0, ptr + "/table", "table", "wrong type: expected string"});
            } else {
                std::string t = in["table"].get<std::string>();
                plan.spec.path = (!t.empty() && (t[0] == '/')) ? t : tablesDir + "/" + t;
            }
            in.erase("table");
        }
        if (in.contains("table_layer")) {
            if (in["table_layer"].is_string()) plan.spec.layer = in["table_layer"].get<std::string>();
            in.erase("table_layer");
        }
        if (in.contains("table_format")) {
            std::string f = in["table_format"].is_string() ? in["table_format"].get<std::string>() : "";
            if (f == "treaty") plan.spec.format = TableFormat::Treaty;
            else if (f == "forum") plan.spec.format = TableFormat::Forum;
            else result.errors.push_back(LoadError{meta, 0, 0, ptr + "/table_format", "table_format",
                                                   "expected \"treaty\" or \"forum\""});
            in.erase("table_format");
        } else {
            plan.spec.format = StringField(in, "kind") == "treaty" ? TableFormat::Treaty : TableFormat::Forum;
        }
        if (in.contains("joined_is_upper_bound")) {
            plan.spec.joinedIsUpperBound = in["joined_is_upper_bound"].is_boolean() && in["joined_is_upper_bound"].get<bool>();
            in.erase("joined_is_upper_bound");
        }
        if (in.contains("entry_into_force_rule_months")) {
            if (in["entry_into_force_rule_months"].is_number_integer())
                plan.spec.entryIntoForceMonths = in["entry_into_force_rule_months"].get<int>();
            in.erase("entry_into_force_rule_months");
        }
        if (in.contains("table_source")) {
            if (in["table_source"].is_string()) plan.spec.fallbackSource = in["table_source"].get<std::string>();
            in.erase("table_source");
        }
        in["participants"] = json::array();
        plans.push_back(std::move(plan));
    }
    root["format"] = "engagemap-dataset";
    // replace: never throw on invalid UTF-8 (strings here came through the parser, but be safe).
    const std::string metaText = root.dump(1, ' ', false, json::error_handler_t::replace);
    DatasetLoadResult base = ParseDataset(metaText, meta);
    for (auto e : base.errors) {
        e.line = e.column = 0;  // positions refer to the rewritten text; the JSON path is exact
        result.errors.push_back(std::move(e));
    }
    if (!result.errors.empty()) return result;
    Dataset ds = std::move(base.dataset);
    ds.generatedBy = options.generatedBy;

    SourceRegistry registry;
    for (auto& s : ds.sources) registry.Add(s);
    for (auto& plan : plans) {
        if (plan.spec.path.empty()) continue;
        Instrument& in = ds.instruments[ds.FindInstrument(plan.instrumentId)];
        for (auto& k : in.keyDates)
            if (k.type == "entry_into_force" && k.date.IsExactDay()) plan.spec.generalEntryIntoForce = k.date.value.First();
        plan.spec.encoding = options.encoding;
        ImportTable(plan.spec, &in, &registry, &result.errors, &result.warnings);
    }
    ds.sources = registry.Sources();
    if (!result.errors.empty()) return result;

    // Validate what will be written, with the loader's rules.
    DatasetLoadResult check = ParseDataset(WriteDatasetJson(ds), "(imported dataset)");
    for (auto e : check.errors) {
        // /instruments/I/participants/P/... -> name the table and country.
        int i = -1, p = -1;
        if (std::sscanf(e.path.c_str(), "/instruments/%d/participants/%d", &i, &p) == 2 && i >= 0 &&
            i < static_cast<int>(ds.instruments.size()) && p >= 0 &&
            p < static_cast<int>(ds.instruments[i].participants.size())) {
            for (auto& plan : plans)
                if (plan.instrumentId == ds.instruments[i].id) e.file = plan.spec.path;
            e.message = ds.instruments[i].participants[p].country + ": " + e.message;
        } else {
            e.file = meta;
        }
        e.line = e.column = 0;
        result.errors.push_back(std::move(e));
    }
    if (result.errors.empty()) result.dataset = std::move(ds);
    return result;
}

}  // namespace engagemap
