#include "core/data/importer.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <set>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>

#include "core/data/country_codes.hpp"
#include "core/data/dataset_loader.hpp"
#include "core/data/dataset_writer.hpp"
#include "core/data/instrument_rules.hpp"
#include "core/data/json_reader.hpp"
#include "core/io/input_file.hpp"
#include "core/data/table_cells.hpp"

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

// ---- hand-written scanners (no std::regex: its recursion overflows the stack on long cells) ----

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// True when s[pos, pos+n) are all digits.
bool Digits(std::string_view s, std::size_t pos, std::size_t n) {
    if (pos + n > s.size()) return false;
    for (std::size_t i = pos; i < pos + n; ++i)
        if (!IsDigit(s[i])) return false;
    return true;
}

// Length of "YYYY-MM-DD" at pos (10), or 0.
std::size_t DayAt(std::string_view s, std::size_t pos) {
    return Digits(s, pos, 4) && pos + 4 < s.size() && s[pos + 4] == '-' && Digits(s, pos + 5, 2) &&
                   pos + 7 < s.size() && s[pos + 7] == '-' && Digits(s, pos + 8, 2)
               ? 10
               : 0;
}

// Length of the longest "YYYY", "YYYY-MM" or "YYYY-MM-DD" at pos, or 0.
std::size_t PartialDateAt(std::string_view s, std::size_t pos) {
    if (!Digits(s, pos, 4)) return 0;
    if (!(pos + 4 < s.size() && s[pos + 4] == '-' && Digits(s, pos + 5, 2))) return 4;
    if (!(pos + 7 < s.size() && s[pos + 7] == '-' && Digits(s, pos + 8, 2))) return 7;
    return 10;
}

// Position of `needle` in `hay` at or after `from`, ignoring ASCII case; npos if none.
std::size_t FindNoCase(std::string_view hay, std::string_view needle, std::size_t from = 0) {
    if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
    for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() &&
               std::tolower(static_cast<unsigned char>(hay[i + k])) == std::tolower(static_cast<unsigned char>(needle[k])))
            ++k;
        if (k == needle.size()) return i;
    }
    return std::string_view::npos;
}

// What a row's notes say about its dates. Only structured tokens are read here (known_by=DATE,
// "invited YYYY-MM-DD", "between ... A and B"); whether a date is weak, derived or an upper bound
// comes from the explicit date-flags table, never from words in the notes.
struct NoteFacts {
    std::optional<PartialDate> knownBy;   // tightest known_by=DATE
    std::optional<PartialDate> invited;   // "invited YYYY-MM-DD" or "invited YYYY-MM"
    std::optional<std::pair<PartialDate, PartialDate>> between;  // "between ... A and B"
    bool acceptance = false;              // instrument of acceptance
};

NoteFacts ReadNotes(std::string_view notes) {
    NoteFacts f;
    static constexpr std::string_view kKnownBy = "known_by=";
    for (std::size_t at = notes.find(kKnownBy); at != std::string_view::npos; at = notes.find(kKnownBy, at + 1)) {
        const std::size_t pos = at + kKnownBy.size(), len = PartialDateAt(notes, pos);
        if (len == 0) continue;
        auto d = ParsePartialDate(notes.substr(pos, len));
        if (d && (!f.knownBy || d->Last() < f.knownBy->Last())) f.knownBy = d;
    }
    static constexpr std::string_view kInvited = "invited ";
    for (std::size_t at = FindNoCase(notes, kInvited); at != std::string_view::npos && !f.invited;
         at = FindNoCase(notes, kInvited, at + 1)) {
        const std::size_t pos = at + kInvited.size(), len = PartialDateAt(notes, pos);
        if (len >= 7) f.invited = ParsePartialDate(notes.substr(pos, len));
    }
    static constexpr std::string_view kBetween = "between ";
    for (std::size_t at = FindNoCase(notes, kBetween); at != std::string_view::npos;
         at = FindNoCase(notes, kBetween, at + 1)) {
        std::size_t pos = at + kBetween.size();
        while (pos < notes.size() && !IsDigit(notes[pos]) && notes[pos] != ';') ++pos;
        static constexpr std::string_view kAnd = " and ";
        if (!DayAt(notes, pos) || FindNoCase(notes.substr(pos + 10, kAnd.size()), kAnd) != 0 ||
            !DayAt(notes, pos + 10 + kAnd.size()))
            continue;
        auto a = ParsePartialDate(notes.substr(pos, 10)), b = ParsePartialDate(notes.substr(pos + 10 + kAnd.size(), 10));
        if (a && b && a->First() <= b->Last()) f.between = std::make_pair(*a, *b);
        break;
    }
    f.acceptance = FindNoCase(notes, "acceptance") != std::string_view::npos;
    return f;
}

// First "http://..." or "https://..." URL in text (up to whitespace, quote or parenthesis), without
// trailing punctuation; empty if none.
std::string FindUrl(std::string_view text) {
    std::size_t best = std::string_view::npos;
    for (std::string_view scheme : {"http://", "https://"}) {
        const std::size_t at = text.find(scheme);
        if (at != std::string_view::npos && (best == std::string_view::npos || at < best)) best = at;
    }
    if (best == std::string_view::npos) return {};
    std::size_t end = best;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != '"' &&
           text[end] != '(' && text[end] != ')')
        ++end;
    std::string url(text.substr(best, end - best));
    while (!url.empty() && std::string_view(".,;").find(url.back()) != std::string_view::npos) url.pop_back();
    const std::size_t schemeEnd = url.find("://") + 3;
    return url.size() > schemeEnd ? url : std::string();
}

// The date a citation is "as of": "DD/MM/YYYY" or "DD.MM.YYYY" first, else "YYYY-MM-DD", else
// "YYYY-MM" (not followed by '-' or a digit).
std::optional<PartialDate> CitationDate(std::string_view text) {
    for (std::size_t i = 0; i + 10 <= text.size(); ++i) {
        const char s1 = text[i + 2], s2 = text[i + 5];
        if (Digits(text, i, 2) && (s1 == '/' || s1 == '.') && Digits(text, i + 3, 2) && (s2 == '/' || s2 == '.') &&
            Digits(text, i + 6, 4)) {
            std::string iso = std::string(text.substr(i + 6, 4)) + "-" + std::string(text.substr(i + 3, 2)) + "-" +
                              std::string(text.substr(i, 2));
            return ParsePartialDate(iso);
        }
    }
    for (std::size_t i = 0; i < text.size(); ++i)
        if (DayAt(text, i)) return ParsePartialDate(text.substr(i, 10));
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (PartialDateAt(text, i) >= 7 && !(i + 7 < text.size() && (text[i + 7] == '-' || IsDigit(text[i + 7]))))
            return ParsePartialDate(text.substr(i, 7));
    }
    return std::nullopt;
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
    s.url = FindUrl(citation);
    // As-of date: a date written in the citation (outside its URL), else unknown.
    std::string text = citation;
    if (!s.url.empty()) text.erase(text.find(s.url), s.url.size());
    std::optional<PartialDate> asOf = CitationDate(text);
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

bool IsWorkbook(const std::string& path) {
    const std::size_t dot = path.find_last_of('.');
    const std::string ext = dot == std::string::npos ? std::string() : Lower(path.substr(dot));
    return ext == ".xlsx" || ext == ".ods";
}

// How many rows of a sheet are searched for its header row (title rows may stand above it).
constexpr int kHeaderSearchRows = 20;

// "file" or "file, sheet NAME": where a table's rows are, for messages.
std::string Where(const TableSpec& spec) { return spec.sheet.empty() ? spec.path : spec.path + ", sheet " + spec.sheet; }

// The sheet to read: the spec's layer; else the sheet named after the instrument when there is
// one; else the only sheet. Null (and *why) when none fits: a workbook of several sheets without
// the instrument's never falls back to another instrument's sheet.
OGRLayerH PickLayer(GDALDatasetH ds, const TableSpec& spec, std::string* why) {
    if (!spec.layer.empty()) {
        *why = "no sheet '" + spec.layer + "'";
        return GDALDatasetGetLayerByName(ds, spec.layer.c_str());
    }
    const int count = GDALDatasetGetLayerCount(ds);
    std::string names;
    for (int i = 0; i < count; ++i) {
        OGRLayerH l = GDALDatasetGetLayer(ds, i);
        if (!spec.instrument.empty() && Lower(OGR_L_GetName(l)) == Lower(spec.instrument)) return l;
        names += (names.empty() ? "" : ", ") + std::string(OGR_L_GetName(l));
    }
    if (count == 1 || spec.instrument.empty()) return GDALDatasetGetLayer(ds, 0);
    *why = "no sheet named '" + spec.instrument + "' (sheets: " + names + "); name it by the instrument id or set table_layer";
    return nullptr;
}

// Reads a table's rows: the header row names the columns (any order, any case); `required` columns
// must be there, `dateColumns` are read as dates (core/data/table_cells.hpp). Row numbers are the
// spreadsheet's (header row = 1). A column "instrument", when present, keeps only the rows naming
// spec.instrument (several instruments in one sheet). Other columns go to Row::extra and their
// names to *extraColumns.
bool ReadRows(TableSpec& spec, const std::vector<std::string>& required, const std::set<std::string>& dateColumns,
              std::vector<Row>* rows, std::vector<LoadError>* errors, std::vector<std::string>* extraColumns = nullptr) {
    const bool workbook = IsWorkbook(spec.path);
    // CSV: every column as text (the importer parses dates itself and must see "2011" as "2011").
    // XLSX/ODS: typed cells, so date cells arrive as dates (config options, set for this thread only).
    std::vector<const char*> opts;
    if (!workbook) opts = {"AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO", nullptr};
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
    config.Set("OGR_XLSX_FIELD_TYPES", "AUTO");
    config.Set("OGR_ODS_HEADERS", "FORCE");
    config.Set("OGR_ODS_FIELD_TYPES", "AUTO");
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
    std::string why;
    OGRLayerH layer = PickLayer(ds, spec, &why);
    if (!layer) {
        errors->push_back(LoadError{spec.path, 0, 0, "", "", why});
        GDALClose(ds);
        return false;
    }
    if (workbook) spec.sheet = OGR_L_GetName(layer);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int n = OGR_FD_GetFieldCount(defn);
    std::vector<std::string> names;
    for (int i = 0; i < n; ++i) names.push_back(Lower(Trim(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)))));
    auto missing = [&required](const std::vector<std::string>& have) {
        std::vector<std::string> out;
        for (auto& r : required)
            if (std::find(have.begin(), have.end(), r) == have.end()) out.push_back(r);
        return out;
    };
    int headerRow = 1;
    if (workbook && !missing(names).empty()) {
        // The header row may sit below a title: read the sheet without headers and take the first
        // of its first rows that names every required column.
        GDALClose(ds);
        config.Set("OGR_XLSX_HEADERS", "DISABLE");
        config.Set("OGR_ODS_HEADERS", "DISABLE");
        ds = GDALOpenEx(spec.path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, opts.data(), nullptr);
        layer = ds ? PickLayer(ds, spec, &why) : nullptr;
        const int m = layer ? OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(layer)) : 0;
        for (int scanned = 0; layer && scanned < kHeaderSearchRows; ++scanned) {
            OGRFeatureH f = OGR_L_GetNextFeature(layer);
            if (!f) break;
            std::vector<std::string> texts;
            for (int i = 0; i < m; ++i) texts.push_back(Lower(CellText(f, i, false, true)));
            const GIntBig fid = OGR_F_GetFID(f);
            OGR_F_Destroy(f);
            if (missing(texts).empty()) {
                names = std::move(texts);
                headerRow = static_cast<int>(fid);
                break;
            }
        }
        if (headerRow == 1 && ds) {  // not found: report against the first row, as before
            GDALClose(ds);
            ds = nullptr;
        }
    }
    const std::vector<std::string> absent = missing(names);
    for (auto& r : absent) errors->push_back(LoadError{Where(spec), 1, 0, "", r, "missing column '" + r + "'"});
    if (!absent.empty()) {
        if (ds) GDALClose(ds);
        return false;
    }
    const int instrumentColumn = spec.instrument.empty()
                                     ? -1
                                     : static_cast<int>(std::find(names.begin(), names.end(), "instrument") - names.begin());
    if (extraColumns)
        for (int i = 0; i < static_cast<int>(names.size()); ++i)
            if (!names[i].empty() && i != instrumentColumn &&
                std::find(required.begin(), required.end(), names[i]) == required.end())
                extraColumns->push_back(names[i]);
    if (headerRow == 1) OGR_L_ResetReading(layer);  // else: reading goes on below the header found
    int number = headerRow;
    bool ok = true;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        Row row;
        // XLSX/ODS features are numbered by their spreadsheet row (empty rows skipped in between).
        const GIntBig fid = OGR_F_GetFID(f);
        number = workbook && fid > number ? static_cast<int>(fid) : number + 1;
        row.number = number;
        bool otherInstrument = false;
        for (int i = 0; i < static_cast<int>(names.size()); ++i) {
            std::string v = CellText(f, i, dateColumns.count(names[i]) > 0, workbook);
            if (!spec.encoding.empty()) {
                char* utf8 = CPLRecode(v.c_str(), spec.encoding.c_str(), CPL_ENC_UTF8);
                v = utf8 ? utf8 : "";
                CPLFree(utf8);
            } else if (!CPLIsUTF8(v.c_str(), -1)) {
                // Would become U+FFFD without a word in the dataset: refuse, with row and column.
                errors->push_back(LoadError{Where(spec), row.number, i + 1, "", names[i],
                                            "text is not UTF-8 (Latin-1?); save the table as UTF-8 or pass "
                                            "--encoding LATIN1 (or the table's encoding)"});
                ok = false;
            }
            if (i == instrumentColumn) otherInstrument = !v.empty() && Lower(v) != Lower(spec.instrument);
            else if (std::find(required.begin(), required.end(), names[i]) != required.end()) row.cells[names[i]] = v;
            else if (!names[i].empty()) row.extra.emplace_back(names[i], v);
        }
        OGR_F_Destroy(f);
        bool blank = true;
        for (auto& [k, v] : row.cells) blank = blank && v.empty();
        if (!blank && !otherInstrument) rows->push_back(std::move(row));
    }
    GDALClose(ds);
    return ok;
}

// A problem with one cell: file (and sheet), spreadsheet row, column header.
LoadError CellError(const TableSpec& spec, const Row& row, const std::string& column, const std::string& message) {
    return LoadError{Where(spec), row.number, 0, "", column, message};
}

std::optional<FuzzyDate> CellDate(const TableSpec& spec, const Row& row, const char* column,
                                  std::vector<LoadError>* errors) {
    const std::string v = row.Get(column);
    if (v.empty()) return std::nullopt;
    std::string why;
    auto d = ParsePartialDate(v, &why);
    if (!d) {
        errors->push_back(CellError(spec, row, column, why));
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

namespace {

// The first date in a text ("4th 2017-11-14/15 Washington" -> 2017-11-14; "6th 2018-07"; "2022"):
// four digits not inside a longer number, with their month and day when given; nullopt if none.
std::optional<PartialDate> FirstDateIn(std::string_view text, std::size_t* at) {
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        if ((i > 0 && IsDigit(text[i - 1])) || (i + 4 < text.size() && IsDigit(text[i + 4]))) continue;
        const std::size_t n = PartialDateAt(text, i);
        if (n == 0) continue;
        if (auto d = ParsePartialDate(text.substr(i, n))) {
            *at = i;
            return d;
        }
    }
    return std::nullopt;
}

// One explicit date flag of a bilateral row: partner, column and the flagged cell's value.
const DateFlag* FindFlag(const TableSpec& spec, const std::string& partner, const char* column, const std::string& value,
                         const char* flag, std::set<const DateFlag*>* used) {
    for (const DateFlag& fl : spec.flags)
        if (fl.iso3 == partner && fl.column == column && fl.flag == flag &&
            (fl.column == "participation" || fl.value == value)) {
            used->insert(&fl);
            return &fl;
        }
    return nullptr;
}

// Reads a bilateral dialogues table: one participation per row (dialogue), events launched,
// round (one per dated meeting in the `rounds` cell; announced or planned meetings are not rounds
// held and stay in the notes only), suspended and ended. An empty launch cell becomes the table's
// `known_by=` bound (the earliest dated round), else "unknown"; nothing is guessed.
bool ImportBilateralTable(TableSpec spec, Instrument* in, SourceRegistry* registry, std::vector<LoadError>* errors,
                          std::vector<LoadError>* warnings) {
    std::vector<Row> rows;
    const std::size_t errorsBefore = errors->size();
    std::vector<std::string> extraColumns;
    if (!ReadRows(spec,
                  {"hub", "partner_iso3", "partner_name", "dialogue", "launched", "rounds", "suspended", "ended", "lead",
                   "source", "notes"},
                  {"launched", "suspended", "ended"}, &rows, errors, &extraColumns))
        return false;
    for (const std::string& c : extraColumns)
        warnings->push_back(LoadError{Where(spec), 1, 0, "", c, "column '" + c + "' is not a bilateral-table column: ignored"});
    std::set<const DateFlag*> used;
    for (const Row& row : rows) {
        if (!spec.tableHub.empty() && row.Get("hub") != spec.tableHub) continue;
        Participation part;
        part.country = Upper(row.Get("partner_iso3"));
        part.name = row.Get("partner_name");
        part.dialogue = row.Get("dialogue");
        if (part.country.empty()) {
            errors->push_back(CellError(spec, row, "partner_iso3", "empty partner code"));
            continue;
        }
        if (!IsKnownCountryCode(part.country) && !in->FindParty(part.country)) {
            errors->push_back(CellError(spec, row, "partner_iso3",
                                        "unknown partner '" + part.country +
                                            "' (not ISO 3166-1 alpha-3; a group such as the EU or ASEAN must be listed in "
                                            "the instrument's 'parties')"));
            continue;
        }
        if (part.dialogue.empty()) {
            errors->push_back(CellError(spec, row, "dialogue", "empty dialogue name"));
            continue;
        }
        std::vector<std::string> cites;
        for (auto& c : SplitCitations(row.Get("source"))) cites.push_back(registry->Intern(c));
        if (cites.empty() && !spec.fallbackSource.empty()) cites.push_back(spec.fallbackSource);
        if (cites.empty()) {
            errors->push_back(CellError(spec, row, "source", "no source cited"));
            continue;
        }
        const std::string notes = row.Get("notes");
        const std::string roundsCell = row.Get("rounds");
        const std::string lead = row.Get("lead");
        part.notes = notes;
        if (!roundsCell.empty()) part.notes += (part.notes.empty() ? "" : " | ") + std::string("Rounds read: ") + roundsCell;
        if (!lead.empty()) part.notes += (part.notes.empty() ? "" : " | ") + std::string("Lead: ") + lead;
        if (const DateFlag* fl = FindFlag(spec, part.country, "participation", "", "uncertain", &used)) {
            part.uncertain = true;
            part.uncertainBasis = fl->basis;
        }
        auto flagged = [&](const char* column, const std::string& value, FuzzyDate d) {
            if (const DateFlag* fl = FindFlag(spec, part.country, column, value, "uncertain", &used)) {
                d.uncertain = true;
                d.basis += (d.basis.empty() ? "" : "; ") + fl->basis;
            }
            if (const DateFlag* fl = FindFlag(spec, part.country, column, value, "derived", &used)) {
                d.derived = true;
                d.basis += (d.basis.empty() ? "" : "; ") + fl->basis;
            }
            return d;
        };
        auto make = [&](EventType t, FuzzyDate d, std::string note = {}) {
            Event e;
            e.type = t;
            e.date = std::move(d);
            e.sources = cites;
            e.note = std::move(note);
            return e;
        };
        // Launch: the cell, else the notes' known_by bound, else unknown.
        FuzzyDate launch = FuzzyDate::Unknown();
        if (auto cell = CellDate(spec, row, "launched", errors)) {
            launch = *cell;
        } else if (const NoteFacts facts = ReadNotes(notes); facts.knownBy) {
            launch = FuzzyDate::KnownBy(*facts.knownBy);
            launch.basis = "known_by in the table's notes: the earliest dated round or listing";
        }
        std::vector<Event> later;
        // Rounds: "Nth DATE place; ...", each a meeting held on that date ("(reported DATE)": by then).
        std::size_t start = 0;
        while (start <= roundsCell.size()) {
            std::size_t end = roundsCell.find(';', start);
            if (end == std::string::npos) end = roundsCell.size();
            const std::string segment = Trim(roundsCell.substr(start, end - start));
            start = end + 1;
            if (segment.empty()) continue;
            if (FindNoCase(segment, "announced") != std::string_view::npos ||
                FindNoCase(segment, "planned") != std::string_view::npos)
                continue;  // not (known to be) held
            std::size_t at = 0;
            const auto d = FirstDateIn(segment, &at);
            if (!d) continue;  // a round without a date read: in the notes only
            const std::size_t reported = FindNoCase(segment, "reported");
            FuzzyDate date = FuzzyDate::Exact(*d);
            if (reported != std::string_view::npos && reported < at) {
                date = FuzzyDate::KnownBy(*d);
                date.basis = "the round is reported on this date; the day it was held is not given";
            }
            later.push_back(make(EventType::Round, flagged("round", d->ToString(), date), segment));
        }
        if (auto s = CellDate(spec, row, "suspended", errors))
            later.push_back(make(EventType::Suspended, flagged("suspended", row.Get("suspended"), *s)));
        if (auto e = CellDate(spec, row, "ended", errors))
            later.push_back(make(EventType::Ended, flagged("ended", row.Get("ended"), *e)));
        std::stable_sort(later.begin(), later.end(), [](const Event& a, const Event& b) {
            const auto ka = a.date.Earliest() ? a.date.Earliest() : a.date.Latest();
            const auto kb = b.date.Earliest() ? b.date.Earliest() : b.date.Latest();
            if (!ka || !kb) return ka.has_value() && !kb.has_value();
            return *ka < *kb;
        });
        part.events.push_back(make(EventType::Launched, flagged("launched", row.Get("launched"), launch)));
        for (Event& e : later) part.events.push_back(std::move(e));
        in->participants.push_back(std::move(part));
    }
    for (const DateFlag& fl : spec.flags)
        if (!used.count(&fl))
            warnings->push_back(LoadError{fl.file, fl.line, 0, "", fl.column,
                                          fl.iso3 + ": flag '" + fl.flag + "' matches no cell of " + spec.path +
                                              " (column " + fl.column + " = '" + fl.value + "')"});
    return errors->size() == errorsBefore;
}

}  // namespace

bool ImportTable(const TableSpec& tableSpec, Instrument* in, SourceRegistry* registry, std::vector<LoadError>* errors,
                 std::vector<LoadError>* warnings) {
    if (tableSpec.format == TableFormat::Bilateral) return ImportBilateralTable(tableSpec, in, registry, errors, warnings);
    TableSpec spec = tableSpec;  // ReadRows records the sheet it read
    const bool treaty = spec.format == TableFormat::Treaty;
    std::vector<std::string> required =
        treaty ? std::vector<std::string>{"iso3", "name", "signed", "ratified", "in_force", "status", "source", "notes"}
               : std::vector<std::string>{"iso3", "name", "joined", "left", "role", "source", "notes"};
    std::vector<Row> rows;
    const std::size_t errorsBefore = errors->size();
    const std::set<std::string> dateColumns = treaty ? std::set<std::string>{"signed", "ratified", "in_force"}
                                                     : std::set<std::string>{"joined", "left"};
    std::vector<std::string> extraColumns;
    if (!ReadRows(spec, required, dateColumns, &rows, errors, &extraColumns)) return false;
    for (const std::string& c : extraColumns)
        warnings->push_back(LoadError{Where(spec), 1, 0, "", c,
                                      treaty ? "column '" + c + "' is not a treaty-table column: ignored"
                                             : "column '" + c + "' is not a forum-table column: kept as a note on the joined event"});

    std::vector<Pending> pending;
    std::map<std::string, std::size_t> index;
    std::set<const DateFlag*> usedFlags;
    for (const Row& row : rows) {
        const std::string iso = Upper(row.Get("iso3"));
        if (iso.empty()) {
            errors->push_back(CellError(spec, row, "iso3", "empty country code"));
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
        // Explicit flags for this row: (column, cell value) -> flags.
        std::vector<const DateFlag*> rowFlags;
        for (const DateFlag& fl : spec.flags)
            if (fl.iso3 == iso && (fl.column == "participation" || fl.value == row.Get(fl.column.c_str())))
                rowFlags.push_back(&fl);
        auto flagFor = [&](const char* column, const char* flag) -> const DateFlag* {
            for (const DateFlag* fl : rowFlags)
                if (fl->column == column && fl->flag == flag) {
                    usedFlags.insert(fl);
                    return fl;
                }
            return nullptr;
        };
        // Applies the row's explicit uncertain / derived flags of `column` to an event's date.
        auto applyFlags = [&](const char* column, FuzzyDate& d) {
            if (const DateFlag* fl = flagFor(column, "uncertain")) {
                d.uncertain = true;
                d.basis += (d.basis.empty() ? "" : "; ") + fl->basis;
            }
            if (const DateFlag* fl = flagFor(column, "derived")) {
                d.derived = true;
                d.basis += (d.basis.empty() ? "" : "; ") + fl->basis;
            }
        };
        if (const DateFlag* fl = flagFor("participation", "uncertain")) {
            p.part.uncertain = true;
            p.part.uncertainBasis = fl->basis;
        }

        std::vector<std::string> cites;
        for (auto& c : SplitCitations(row.Get("source"))) cites.push_back(registry->Intern(c));
        if (cites.empty()) {
            if (spec.fallbackSource.empty()) {
                errors->push_back(CellError(spec, row, "source", "no source cited"));
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
                errors->push_back(CellError(spec, row, "status",
                                            "unknown status '" + status + "' (ratified, acceded, accepted, signed, invited)"));
                continue;
            }
            auto signedCell = CellDate(spec, row, "signed", errors);
            auto depositCell = CellDate(spec, row, "ratified", errors);
            auto eifCell = CellDate(spec, row, "in_force", errors);
            std::vector<Event> evs;
            if (facts.invited || status == "invited") {
                FuzzyDate d = facts.invited ? FuzzyDate::Exact(*facts.invited) : boundOr(std::nullopt);
                applyFlags("invited", d);
                evs.push_back(make(EventType::Invited, d));
            }
            if (signedCell || status == "signed") {
                FuzzyDate d = signedCell ? *signedCell : boundOr(std::nullopt);
                applyFlags("signed", d);
                evs.push_back(make(EventType::Signed, d));
            }
            if (deposit || depositCell) {
                EventType t = status == "acceded" ? EventType::Acceded
                              : (status == "accepted" || facts.acceptance) ? EventType::Accepted
                                                                           : EventType::Ratified;
                FuzzyDate d = depositCell ? *depositCell : boundOr(std::nullopt);
                applyFlags("ratified", d);
                evs.push_back(make(t, d));
            }
            if (eifCell) {
                FuzzyDate d = *eifCell;
                applyFlags("in_force", d);
                evs.push_back(make(EventType::InForce, d));
            }
            for (auto& e : evs) p.part.events.push_back(std::move(e));
            std::stable_sort(p.part.events.begin(), p.part.events.end(),
                             [](const Event& a, const Event& b) { return TreatyStage(a.type) < TreatyStage(b.type); });
        } else {
            const bool program = in->kind == InstrumentKind::Program || in->kind == InstrumentKind::Assessment;
            auto joinedCell = CellDate(spec, row, "joined", errors);
            auto leftCell = CellDate(spec, row, "left", errors);
            FuzzyDate jd;
            const DateFlag* upper = flagFor("joined", "upper_bound");
            if (joinedCell && (spec.joinedIsUpperBound || upper)) {
                jd = FuzzyDate::KnownBy(joinedCell->value);
                jd.basis = upper ? upper->basis : "the table gives this date as an upper bound (on or before)";
            } else {
                jd = boundOr(joinedCell);
            }
            applyFlags("joined", jd);
            const std::string role = row.Get("role");
            std::optional<FuzzyDate> ld;
            if (leftCell) {
                ld = *leftCell;
                applyFlags("left", *ld);
            }
            // A membership of one round spans that round's own sourced dates.
            const Round* round = nullptr;
            const std::string suffix = "_" + row.Get("joined") + "_" + row.Get("left");
            for (const Round& r : spec.rounds) {
                // The id's ending names the years, its beginning the body, which the row's role names
                // too ("member (GGE 2014-2015, ...)"), so a GGE row never lands in an OEWG round.
                const bool years = r.id.size() > suffix.size() &&
                                   r.id.compare(r.id.size() - suffix.size(), suffix.size(), suffix) == 0;
                if (years && !round && FindNoCase(role, r.id.substr(0, r.id.find('_'))) != std::string_view::npos)
                    round = &r;
            }
            if (round) {
                const std::string basis = "membership of round " + round->id + " spans its own dates (rounds table)";
                auto sameYear = [](const FuzzyDate& a, const FuzzyDate& cell) {
                    return a.kind == DateKind::Exact && a.value.year == cell.value.year;
                };
                if (joinedCell && !jd.uncertain && sameYear(round->Start(), *joinedCell)) {
                    jd = round->Start();
                    jd.basis = basis;
                }
                if (ld && !ld->uncertain && sameYear(round->End(), *ld)) {
                    ld = round->End();
                    ld->basis = basis;
                }
            }
            std::vector<Event> evs;
            evs.push_back(make(program ? EventType::Start : EventType::Joined, jd));
            evs.back().role = role;
            evs.back().note = ExtraNote(row);
            if (round) evs.back().round = round->id;
            if (ld) {
                evs.push_back(make(program ? EventType::End : EventType::Left, *ld));
                if (round) evs.back().round = round->id;
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
    for (const DateFlag& fl : spec.flags)
        if (!usedFlags.count(&fl))
            warnings->push_back(LoadError{fl.file, fl.line, 0, "", fl.column,
                                          fl.iso3 + ": flag '" + fl.flag + "' matches no cell of " + spec.path +
                                              " (column " + fl.column + " = '" + fl.value + "')"});
    std::vector<std::string> conflicts;
    ApplyInstrumentRules(*in, &conflicts);
    for (const std::string& c : conflicts) warnings->push_back(LoadError{spec.path, 0, 0, "", "ratified", c});
    return errors->size() == errorsBefore;
}

bool ImportRounds(const std::string& path, std::vector<Round>* rounds, SourceRegistry* registry,
                  std::vector<LoadError>* errors) {
    TableSpec spec;
    spec.path = path;
    std::vector<Row> rows;
    if (!ReadRows(spec, {"round_id", "established_date", "first_session", "last_session", "report_symbol", "report_date",
                         "source", "notes"},
                  {"established_date", "first_session", "last_session", "report_date"}, &rows, errors))
        return false;
    const std::size_t before = errors->size();
    for (const Row& row : rows) {
        Round r;
        r.id = row.Get("round_id");
        // "gge_2014_2015" -> "GGE 2014-2015"
        const std::size_t us = r.id.find('_');
        r.name = Upper(r.id.substr(0, us));
        if (us != std::string::npos) {
            std::string years = r.id.substr(us + 1);
            std::replace(years.begin(), years.end(), '_', '-');
            r.name += " " + years;
        }
        std::vector<std::string> cites;
        for (auto& c : SplitCitations(row.Get("source"))) cites.push_back(registry->Intern(c));
        if (cites.empty()) {
            errors->push_back(CellError(spec, row, "source", "no source cited"));
            continue;
        }
        r.note = row.Get("notes");
        for (auto [column, type] : {std::pair{"established_date", "established"}, {"first_session", "first_session"},
                                    {"last_session", "last_session"}, {"report_date", "report_adopted"}}) {
            auto d = CellDate(spec, row, column, errors);
            if (!d) continue;
            KeyDate k;
            k.type = type;
            k.date = *d;
            k.sources = cites;
            if (k.type == "report_adopted") k.note = "report " + row.Get("report_symbol");
            r.keyDates.push_back(std::move(k));
        }
        rounds->push_back(std::move(r));
    }
    return errors->size() == before;
}

// ---- whole import --------------------------------------------------------------------------

namespace {

std::string DirOf(const std::string& path) {
    std::size_t s = path.find_last_of('/');
    return s == std::string::npos ? std::string(".") : path.substr(0, s);
}

// Reads the date-flags table (datasets/README.md, "Date flags") into flags and, in parallel, the
// table path (relative to the tables folder) each flag belongs to.
void ReadDateFlags(const std::string& path, std::vector<DateFlag>* flags, std::vector<std::string>* tables,
                   std::vector<LoadError>* errors) {
    TableSpec spec;
    spec.path = path;
    std::vector<Row> rows;
    if (!ReadRows(spec, {"table", "iso3", "column", "value", "flag", "basis"}, {}, &rows, errors)) return;
    static const std::set<std::string> kColumns = {"signed", "ratified", "in_force", "invited",  "joined", "left",
                                                   "participation", "launched", "round", "suspended", "ended"};
    static const std::set<std::string> kFlags = {"uncertain", "derived", "upper_bound"};
    for (const Row& row : rows) {
        DateFlag f;
        f.iso3 = Upper(row.Get("iso3"));
        f.column = Lower(row.Get("column"));
        f.value = row.Get("value");
        f.flag = Lower(row.Get("flag"));
        f.basis = row.Get("basis");
        f.file = path;
        f.line = row.number;
        if (!kColumns.count(f.column)) {
            errors->push_back(CellError(spec, row, "column",
                                        "unknown column '" + f.column +
                                            "' (signed, ratified, in_force, invited, joined, left, participation, "
                                            "launched, round, suspended, ended)"));
            continue;
        }
        if (!kFlags.count(f.flag) || (f.column == "participation" && f.flag != "uncertain")) {
            errors->push_back(CellError(spec, row, "flag",
                                        "unknown flag '" + f.flag + "' for column " + f.column +
                                            " (uncertain, derived, upper_bound; participation: uncertain)"));
            continue;
        }
        if (f.basis.empty()) {
            errors->push_back(CellError(spec, row, "basis", "a flag needs its basis"));
            continue;
        }
        flags->push_back(std::move(f));
        tables->push_back(row.Get("table"));
    }
}

// obj[key] when it is a string, else "" (a wrong type is reported by the dataset validator, which
// sees the same field; json::value() would throw type_error here).
std::string StringField(const json& obj, const char* key) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A date cell of an events or sources table: the dataset's JSON form of a date, either its text
// ("2011-06-01", "2011", "unknown") or, for bounds and flags, the JSON object itself.
bool DateCellJson(const TableSpec& spec, const Row& row, const char* column, json* out,
                  std::vector<LoadError>* errors) {
    const std::string v = row.Get(column);
    if (v.empty() || v[0] != '{') {
        *out = v.empty() ? json("unknown") : json(v);
        return true;
    }
    JsonReadResult r = ReadJson(v, 4);
    if (!r.fatal.empty() || !r.value.is_object()) {
        errors->push_back(CellError(spec, row, column, "not a date: expected YYYY[-MM[-DD]], unknown or a date object"));
        return false;
    }
    *out = std::move(r.value);
    return true;
}

// Reads an events table (TableFormat::Events) into the dataset JSON form of the participants.
void ReadEventsTable(TableSpec spec, json* participants, std::vector<LoadError>* errors) {
    std::vector<Row> rows;
    if (!ReadRows(spec, {"iso3", "name", "event", "date", "role", "round", "note", "sources", "participant_notes",
                         "participation_uncertain"},
                  {"date"}, &rows, errors))
        return;
    std::map<std::string, std::size_t> index;
    for (const Row& row : rows) {
        const std::string iso = Upper(row.Get("iso3"));
        if (iso.empty()) {
            errors->push_back(CellError(spec, row, "iso3", "empty country code"));
            continue;
        }
        // Bilateral instruments: optional columns hub and dialogue; one participant per dialogue.
        std::string hub, dialogue;
        for (const auto& [k, v] : row.extra) {
            if (k == "hub") hub = v;
            if (k == "dialogue") dialogue = v;
        }
        auto [it, fresh] = index.emplace(iso + "\x1f" + hub + "\x1f" + dialogue, participants->size());
        if (fresh) {
            json p = json::object();
            p["country"] = iso;
            if (!row.Get("name").empty()) p["name"] = row.Get("name");
            if (!hub.empty()) p["hub"] = hub;
            if (!dialogue.empty()) p["dialogue"] = dialogue;
            p["events"] = json::array();
            participants->push_back(std::move(p));
        }
        json& p = (*participants)[it->second];
        if (!row.Get("participant_notes").empty()) p["notes"] = row.Get("participant_notes");
        if (!row.Get("participation_uncertain").empty()) {
            p["uncertain"] = true;
            p["uncertain_basis"] = row.Get("participation_uncertain");
        }
        if (row.Get("event").empty()) continue;  // a participant without events
        json e = json::object();
        e["type"] = row.Get("event");
        if (!DateCellJson(spec, row, "date", &e["date"], errors)) continue;
        e["sources"] = json::array();
        for (const std::string& id : SplitCitations(row.Get("sources"))) e["sources"].push_back(id);
        for (const char* k : {"role", "note", "round"})
            if (!row.Get(k).empty()) e[k] = row.Get(k);
        p["events"].push_back(std::move(e));
    }
}

// Reads a sources table (id,title,url,as_of) into the dataset JSON form of sources (appending).
void ReadSourcesTable(TableSpec spec, json* sources, std::vector<LoadError>* errors) {
    std::vector<Row> rows;
    if (!ReadRows(spec, {"id", "title", "url", "as_of"}, {"as_of"}, &rows, errors)) return;
    for (const Row& row : rows) {
        json s = json::object();
        s["id"] = row.Get("id");
        s["title"] = row.Get("title");
        if (!row.Get("url").empty()) s["url"] = row.Get("url");
        if (!row.Get("as_of").empty() && !DateCellJson(spec, row, "as_of", &s["as_of"], errors)) continue;
        sources->push_back(std::move(s));
    }
}

struct TablePlan {
    std::string instrumentId;  // or the group's id when `group`
    bool group = false;        // a country group's member table (forum format)
    TableSpec spec;
    std::string roundsPath;  // "rounds_table"; empty if none
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
        plan.spec.instrument = plan.instrumentId;
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
            else if (f == "events") plan.spec.format = TableFormat::Events;
            else if (f == "bilateral") plan.spec.format = TableFormat::Bilateral;
            else result.errors.push_back(LoadError{meta, 0, 0, ptr + "/table_format", "table_format",
                                                   "expected \"treaty\", \"forum\", \"bilateral\" or \"events\""});
            in.erase("table_format");
        } else {
            const std::string kind = StringField(in, "kind");
            plan.spec.format = kind == "treaty"      ? TableFormat::Treaty
                               : kind == "bilateral" ? TableFormat::Bilateral
                                                     : TableFormat::Forum;
        }
        if (in.contains("table_hub")) {
            if (in["table_hub"].is_string()) plan.spec.tableHub = in["table_hub"].get<std::string>();
            else result.errors.push_back(LoadError{meta, 0, 0, ptr + "/table_hub", "table_hub", "wrong type: expected string"});
            in.erase("table_hub");
        }
        if (in.contains("joined_is_upper_bound")) {
            plan.spec.joinedIsUpperBound = in["joined_is_upper_bound"].is_boolean() && in["joined_is_upper_bound"].get<bool>();
            in.erase("joined_is_upper_bound");
        }
        if (in.contains("entry_into_force_rule_months")) {  // older spelling of rules.entry_into_force_months
            if (in["entry_into_force_rule_months"].is_number_integer()) {
                if (!in.contains("rules")) in["rules"] = json::object();
                if (in["rules"].is_object()) in["rules"]["entry_into_force_months"] = in["entry_into_force_rule_months"];
            } else {
                result.errors.push_back(LoadError{meta, 0, 0, ptr + "/entry_into_force_rule_months",
                                                  "entry_into_force_rule_months", "wrong type: expected integer"});
            }
            in.erase("entry_into_force_rule_months");
        }
        if (in.contains("rounds_table")) {
            if (in["rounds_table"].is_string()) {
                const std::string t = in["rounds_table"].get<std::string>();
                plan.roundsPath = (!t.empty() && t[0] == '/') ? t : tablesDir + "/" + t;
            } else {
                result.errors.push_back(LoadError{meta, 0, 0, ptr + "/rounds_table", "rounds_table", "wrong type: expected string"});
            }
            in.erase("rounds_table");
        }
        if (in.contains("table_source")) {
            if (in["table_source"].is_string()) plan.spec.fallbackSource = in["table_source"].get<std::string>();
            in.erase("table_source");
        }
        in["participants"] = json::array();
        if (plan.spec.format == TableFormat::Events && !plan.spec.path.empty()) {
            ReadEventsTable(plan.spec, &in["participants"], &result.errors);
            plan.spec.path.clear();  // read: the dataset parser takes the participants from here
        }
        plans.push_back(std::move(plan));
    }
    // Country groups (optional): each names a member table in the forum format
    // (iso3,name,joined,left,role,source,notes), read like a forum's.
    if (root.contains("groups")) {
        json& groups = root["groups"];
        for (std::size_t i = 0; groups.is_array() && i < groups.size(); ++i) {
            json& g = groups[i];
            if (!g.is_object()) continue;
            const std::string ptr = "/groups/" + std::to_string(i);
            TablePlan plan;
            plan.group = true;
            plan.instrumentId = StringField(g, "id");
            plan.spec.instrument = plan.instrumentId;
            plan.spec.format = TableFormat::Forum;
            if (g.contains("table")) {
                if (g["table"].is_string()) {
                    const std::string t = g["table"].get<std::string>();
                    plan.spec.path = (!t.empty() && t[0] == '/') ? t : tablesDir + "/" + t;
                } else {
                    result.errors.push_back(LoadError{meta, 0, 0, ptr + "/table", "table", "wrong type: expected string"});
                }
                g.erase("table");
            }
            if (g.contains("table_source")) {
                if (g["table_source"].is_string()) plan.spec.fallbackSource = g["table_source"].get<std::string>();
                g.erase("table_source");
            }
            if (g.contains("joined_is_upper_bound")) {
                plan.spec.joinedIsUpperBound = g["joined_is_upper_bound"].is_boolean() && g["joined_is_upper_bound"].get<bool>();
                g.erase("joined_is_upper_bound");
            }
            if (!g.contains("members")) g["members"] = json::array();
            plans.push_back(std::move(plan));
        }
    }
    // The date-flags table (optional): table,iso3,column,value,flag,basis.
    std::vector<DateFlag> flags;
    std::vector<std::string> flagTables;  // parallel to flags: the table each flag belongs to
    if (root.contains("date_flags")) {
        if (!root["date_flags"].is_string()) {
            result.errors.push_back(LoadError{meta, 0, 0, "/date_flags", "date_flags", "wrong type: expected string"});
        } else {
            const std::string f = root["date_flags"].get<std::string>();
            ReadDateFlags(!f.empty() && f[0] == '/' ? f : tablesDir + "/" + f, &flags, &flagTables, &result.errors);
        }
        root.erase("date_flags");
    }
    // The sources table (optional; `engagemap tables` writes one): id,title,url,as_of.
    if (root.contains("sources_table")) {
        TableSpec spec;
        if (root["sources_table"].is_string()) {
            const std::string f = root["sources_table"].get<std::string>();
            spec.path = !f.empty() && f[0] == '/' ? f : tablesDir + "/" + f;
            spec.instrument = "sources";  // its sheet in a workbook
            if (!root.contains("sources") || !root["sources"].is_array()) root["sources"] = json::array();
            ReadSourcesTable(spec, &root["sources"], &result.errors);
        } else {
            result.errors.push_back(LoadError{meta, 0, 0, "/sources_table", "sources_table", "wrong type: expected string"});
        }
        root.erase("sources_table");
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
    if (!options.generatedBy.empty()) ds.generatedBy = options.generatedBy;

    SourceRegistry registry;
    for (auto& s : ds.sources) registry.Add(s);
    for (auto& plan : plans) {
        if (plan.spec.path.empty()) continue;
        Instrument asForum;  // a group's members are read as a forum's participants
        CountryGroup* group = nullptr;
        if (plan.group) {
            const int gi = ds.FindGroupIndex(plan.instrumentId);
            if (gi < 0) continue;
            group = &ds.groups[static_cast<std::size_t>(gi)];
            asForum.id = group->id;
            asForum.name = group->name;
            asForum.kind = InstrumentKind::Forum;
            asForum.keyDates = group->keyDates;
            asForum.participants = std::move(group->members);
        }
        Instrument& in = plan.group ? asForum : ds.instruments[ds.FindInstrument(plan.instrumentId)];
        if (!plan.roundsPath.empty() && ImportRounds(plan.roundsPath, &in.rounds, &registry, &result.errors))
            plan.spec.rounds = in.rounds;
        const std::string tableName = plan.spec.path.substr(std::min(plan.spec.path.size(), tablesDir.size() + 1));
        // A flag names its table by path, or by the instrument's id (a workbook holds several).
        for (const DateFlag& fl : flags) {
            const std::string& table = flagTables[&fl - flags.data()];
            if (table == tableName || table == plan.spec.path || table == plan.instrumentId) plan.spec.flags.push_back(fl);
        }
        plan.spec.encoding = options.encoding;
        ImportTable(plan.spec, &in, &registry, &result.errors, &result.warnings);
        if (group) group->members = std::move(asForum.participants);
    }
    ds.sources = registry.Sources();
    if (!result.errors.empty()) return result;

    // Validate what will be written, with the loader's rules.
    DatasetLoadResult check = ParseDataset(WriteDatasetJson(ds), "(imported dataset)");
    for (auto e : check.errors) {
        // /instruments/I/participants/P/... -> name the table and country.
        int i = -1, p = -1;
        if (std::sscanf(e.path.c_str(), "/groups/%d/members/%d", &i, &p) == 2 && i >= 0 &&
            i < static_cast<int>(ds.groups.size()) && p >= 0 &&
            p < static_cast<int>(ds.groups[i].members.size())) {
            for (auto& plan : plans)
                if (plan.group && plan.instrumentId == ds.groups[i].id) e.file = plan.spec.path;
            e.message = ds.groups[i].members[p].country + ": " + e.message;
        } else if (std::sscanf(e.path.c_str(), "/instruments/%d/participants/%d", &i, &p) == 2 && i >= 0 &&
            i < static_cast<int>(ds.instruments.size()) && p >= 0 &&
            p < static_cast<int>(ds.instruments[i].participants.size())) {
            for (auto& plan : plans)
                if (!plan.group && plan.instrumentId == ds.instruments[i].id) e.file = plan.spec.path;
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
