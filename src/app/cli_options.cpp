#include "app/cli_options.hpp"

#include <cctype>

#include "core/document/map_document.hpp"
#include "core/io/data_paths.hpp"

namespace engagemap {

bool FinishCliOptions(CliOptions& out, std::string* error) {
    auto fail = [&](const std::string& msg) {
        if (error) *error = msg;
        return false;
    };
    if (!out.storyPath.empty()) out.presentation = out.exportPath.empty();
    if (out.geodata.path.empty()) {
        out.geodata.path = FindBundledFile("geodata/countries.gpkg");
        if (out.geodata.path.empty())
            return fail("bundled geodata/countries.gpkg not found (" + DescribeDataSearch(CurrentDataDirSearch()) +
                        "); pass --geodata PATH");
        if (out.geodata.layer.empty()) out.geodata.layer = "countries_50m";
    }
    if (out.datasetPath.empty()) out.datasetPath = FindBundledFile("datasets/engagemap.json");
    if (out.from.empty() != out.to.empty()) return fail("give both --from and --to");

    // Options that would change nothing are refused, saying why.
    const bool statusView = out.view.kind == ViewKind::InstrumentStatus;
    const bool breadthView = out.view.kind == ViewKind::Breadth;
    if (!out.view.pillars.empty() && !breadthView)
        return fail("--pillar only filters the breadth view (add --view breadth)");
    if (!out.view.kinds.empty() && !breadthView) return fail("--kind only filters the breadth view (add --view breadth)");
    if (!out.view.instrumentIds.empty() && !breadthView)
        return fail("--instruments only chooses what the breadth view counts (add --view breadth)");
    if (!out.view.signaturesCount && statusView)
        return fail("--signatures only changes the breadth and compare views (add --view breadth or --compare ID)");
    if (!out.view.hub.empty() && !statusView) return fail("--hub only picks the hub of the status view of a bilateral instrument");
    if (out.zoomToRegion && out.view.regions.empty()) return fail("--zoom-to-region needs --region R");
    if (!out.exportPath.empty()) {
        // The output format is chosen by the file's extension: one the app cannot write is refused,
        // never written as PNG bytes under another name.
        std::string ext;
        const std::size_t slash = out.exportPath.find_last_of('/');
        const std::size_t dot = out.exportPath.find_last_of('.');
        if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) ext = out.exportPath.substr(dot);
        for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const bool video = !out.from.empty();
        if (!video && ext == ".gif")
            return fail("--export " + out.exportPath + ": a GIF is an animation: give --from and --to");
        if (video ? (ext != ".mp4" && ext != ".gif" && ext != ".png")
                  : (ext != ".png" && ext != ".csv" && ext != ".svg" && ext != ".pdf" && ext != ".html"))
            return fail("--export " + out.exportPath + ": cannot write '" + (ext.empty() ? "(no extension)" : ext) +
                        "' files; " +
                        (video ? "an animation (--from/--to) is written as .mp4 (ffmpeg), .gif (ffmpeg) or as .png frames"
                               : "a view is written as .png (the picture), .svg or .pdf (vector), .csv (the table "
                                 "behind it) or .html (an interactive page, offline); an animation (--from/--to) as "
                                 ".mp4, .gif or .png frames"));
        const bool dataView = !out.storyPath.empty() || !out.view.instrumentA.empty() ||
                              out.view.kind != ViewKind::InstrumentStatus;
        if ((ext == ".svg" || ext == ".pdf") && !dataView)
            return fail("--export " + out.exportPath + ": an SVG or PDF shows a data view: give --instrument ID, "
                        "--view breadth or --story S.json");
    }
    if (!out.exportPath.empty() && !out.storyPath.empty()) {
        // Each slide brings its own view, date, projection, camera and theme.
        if (!(out.view == ViewState{}) || !out.date.empty() || out.zoomToRegion || !out.focus.Empty())
            return fail("with --story, each slide has its own view and date: --instrument, --view, --compare, "
                        "--region, --pillar, --kind, --signatures, --projection, --theme, --date, --focus and "
                        "--zoom-to-region do not apply");
        if (!out.from.empty()) return fail("with --story, a slide's range is exported at its end date; --from/--to do not apply");
        if (out.exportPath.size() >= 4 && out.exportPath.compare(out.exportPath.size() - 4, 4, ".csv") == 0)
            return fail("with --story, --export writes PNG images (one per slide), SVG images, a PDF or an HTML page, not CSV");
    }
    if (!out.exportPath.empty() && out.storyPath.empty()) {
        const bool dataView = !out.view.instrumentA.empty() || !statusView;
        if (!dataView && !out.view.regions.empty())
            return fail("--region dims countries of a data view: give --instrument ID or --view breadth");
        if (!dataView && (!out.date.empty() || !out.from.empty()))
            return fail("--date needs --instrument (or --view breadth) for an export");
    }
    return true;
}

}  // namespace engagemap
