#include "core/data/table_export.hpp"

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <set>

#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>

#include "core/data/dataset_writer.hpp"
#include "core/io/atomic_file.hpp"

namespace engagemap {

namespace {

using ojson = nlohmann::ordered_json;

const std::vector<std::string> kEventColumns = {"iso3",  "name",    "event",   "date",
                                                "role",  "round",   "note",    "sources",
                                                "participant_notes", "participation_uncertain"};
// Bilateral instruments add the dialogue's other party and name (one participant per dialogue).
const std::vector<std::string> kBilateralEventColumns = {"iso3",  "name",    "event",   "date",
                                                         "role",  "round",   "note",    "sources",
                                                         "participant_notes", "participation_uncertain",
                                                         "hub",   "dialogue"};
const std::vector<std::string> kSourceColumns = {"id", "title", "url", "as_of"};

// A table to write: its name (sheet / file stem), columns and rows of text cells.
struct Sheet {
    std::string name;
    const std::vector<std::string>* columns;
    std::vector<std::vector<std::string>> rows;
};

// The date as one cell: its text form, or its JSON object (datasets/README.md, "Honest dates").
std::string DateCell(const FuzzyDate& d) {
    const ojson j = DateToJson(d);
    return j.is_string() ? j.get<std::string>() : j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

Sheet EventsSheet(const Instrument& in) {
    const bool bilateral = in.kind == InstrumentKind::Bilateral;
    Sheet s{in.id, bilateral ? &kBilateralEventColumns : &kEventColumns, {}};
    for (const Participation& p : in.participants) {
        const std::string uncertain = p.uncertain ? (p.uncertainBasis.empty() ? "yes" : p.uncertainBasis) : "";
        bool first = true;
        auto row = [&](const Event* e) {
            std::string sources;
            if (e)
                for (const std::string& id : e->sources) sources += (sources.empty() ? "" : "; ") + id;
            s.rows.push_back({p.country, first ? p.name : "", e ? std::string(ToString(e->type)) : "",
                              e ? DateCell(e->date) : "", e ? e->role : "", e ? e->round : "", e ? e->note : "",
                              sources, first ? p.notes : "", first ? uncertain : ""});
            if (bilateral) {  // on every row: they say which dialogue the event belongs to
                s.rows.back().push_back(p.hub);
                s.rows.back().push_back(p.dialogue);
            }
            first = false;
        };
        for (const Event& e : p.events) row(&e);
        if (p.events.empty()) row(nullptr);
    }
    return s;
}

Sheet SourcesSheet(const Dataset& d) {
    Sheet s{"sources", &kSourceColumns, {}};
    for (const Source& src : d.sources) s.rows.push_back({src.id, src.title, src.url, DateCell(src.asOf)});
    return s;
}

// Writes `sheets` into one GDAL dataset at `vsiPath` with `driver` (all columns text).
std::string WriteWithOgr(const char* driverName, const std::string& vsiPath, const std::vector<Sheet>& sheets) {
    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });
    GDALDriverH driver = GDALGetDriverByName(driverName);
    if (!driver) return std::string("GDAL has no ") + driverName + " driver";
    GDALDatasetH ds = GDALCreate(driver, vsiPath.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds) return "cannot create " + vsiPath;
    std::string error;
    for (const Sheet& sheet : sheets) {
        OGRLayerH layer = GDALDatasetCreateLayer(ds, sheet.name.c_str(), nullptr, wkbNone, nullptr);
        if (!layer) {
            error = "cannot create the sheet " + sheet.name;
            break;
        }
        for (const std::string& c : *sheet.columns) {
            OGRFieldDefnH f = OGR_Fld_Create(c.c_str(), OFTString);
            OGR_L_CreateField(layer, f, TRUE);
            OGR_Fld_Destroy(f);
        }
        for (const auto& cells : sheet.rows) {
            OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
            for (std::size_t i = 0; i < cells.size(); ++i)
                if (!cells[i].empty()) OGR_F_SetFieldString(f, static_cast<int>(i), cells[i].c_str());
            const OGRErr err = OGR_L_CreateFeature(layer, f);
            OGR_F_Destroy(f);
            if (err != OGRERR_NONE) {
                error = "cannot write a row of the sheet " + sheet.name;
                break;
            }
        }
        if (!error.empty()) break;
    }
    GDALClose(ds);
    return error;
}

// Moves the in-memory file `vsiPath` to `path` atomically and frees it.
std::string Publish(const std::string& vsiPath, const std::string& path, std::vector<std::string>* written) {
    vsi_l_offset size = 0;
    GByte* bytes = VSIGetMemFileBuffer(vsiPath.c_str(), &size, FALSE);
    std::string error;
    if (!bytes) error = "cannot write " + path + ": nothing was produced";
    else if (WriteFileAtomically(path, std::string_view(reinterpret_cast<const char*>(bytes), size), &error))
        written->push_back(path);
    VSIUnlink(vsiPath.c_str());
    return error;
}

// The metadata file: the dataset without participants and sources, naming the tables.
std::string Metadata(const Dataset& d, const std::vector<const Instrument*>& instruments, TableFileFormat format,
                     const std::string& workbook) {
    ojson root = DatasetToJson(d);
    root["format"] = "engagemap-import";
    root.erase("sources");
    root["sources_table"] = workbook.empty() ? "sources.csv" : workbook;
    std::set<std::string> ids;
    for (const Instrument* in : instruments) ids.insert(in->id);
    ojson kept = ojson::array();
    for (ojson& in : root["instruments"]) {
        const std::string id = in.value("id", "");
        if (!ids.count(id)) continue;
        in.erase("participants");
        in["table"] = format == TableFileFormat::Csv ? id + ".csv" : workbook;
        in["table_format"] = "events";
        kept.push_back(std::move(in));
    }
    root["instruments"] = std::move(kept);
    if (root.contains("milestones")) {
        ojson milestones = ojson::array();
        for (ojson& m : root["milestones"])
            if (!m.contains("instrument") || ids.count(m.value("instrument", ""))) milestones.push_back(std::move(m));
        root["milestones"] = std::move(milestones);
    }
    return root.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

}  // namespace

TablesExportResult ExportTables(const Dataset& d, const TablesExportOptions& o) {
    TablesExportResult r;
    std::vector<const Instrument*> instruments;
    for (const Instrument& in : d.instruments)
        if (o.instruments.empty() || std::find(o.instruments.begin(), o.instruments.end(), in.id) != o.instruments.end())
            instruments.push_back(&in);
    for (const std::string& id : o.instruments)
        if (d.FindInstrument(id) < 0) {
            r.error = "no instrument '" + id + "' in the dataset";
            return r;
        }
    std::vector<Sheet> sheets;
    for (const Instrument* in : instruments) sheets.push_back(EventsSheet(*in));
    sheets.push_back(SourcesSheet(d));
    const std::string dir = o.outputDir.empty() ? std::string(".") : o.outputDir;
    const std::string mem = "/vsimem/engagemap-tables-" + std::to_string(reinterpret_cast<std::uintptr_t>(&r));
    std::string workbook;
    if (o.format == TableFileFormat::Csv) {
        for (const Sheet& s : sheets) {
            const std::string vsi = mem + "-" + s.name + ".csv";  // a .csv name: a single-file CSV dataset
            r.error = WriteWithOgr("CSV", vsi, {s});
            if (r.error.empty()) r.error = Publish(vsi, dir + "/" + s.name + ".csv", &r.written);
            if (!r.error.empty()) return r;
        }
    } else {
        const bool xlsx = o.format == TableFileFormat::Xlsx;
        workbook = xlsx ? "engagemap.xlsx" : "engagemap.ods";
        const std::string vsi = mem + "-" + workbook;
        r.error = WriteWithOgr(xlsx ? "XLSX" : "ODS", vsi, sheets);
        if (r.error.empty()) r.error = Publish(vsi, dir + "/" + workbook, &r.written);
        if (!r.error.empty()) return r;
    }
    const std::string metaPath = dir + "/instruments.json";
    if (!WriteFileAtomically(metaPath, Metadata(d, instruments, o.format, workbook), &r.error)) return r;
    r.written.push_back(metaPath);
    return r;
}

}  // namespace engagemap
