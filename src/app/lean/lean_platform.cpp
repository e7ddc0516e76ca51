// The lean program's hand-over points (full_program.hpp). Each function here is also defined in
// the libraries, where it needs GDAL, OpenGL, GLFW or cairo; the lean program links this file
// instead, so those libraries are never loaded. What can be done without them is done here (a map
// from a matching geodata snapshot, a map at its own central meridian); everything else replaces
// the process with engagemap-full, which runs the same command from the start. Nothing has been
// written by then: outputs are only renamed into place at the end of a successful export.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/dataset_commands.hpp"
#include "app/html_command.hpp"
#include "app/lean/full_program.hpp"
#include "core/document/map_document.hpp"
#include "core/io/vsi_files.hpp"
#include "export/frame_backend.hpp"
#include "export/vector_export.hpp"
#include "render/headless_export.hpp"
#include "render/headless_gl_context.hpp"
#include "ui/app_window.hpp"

namespace engagemap {

// ---- geodata: snapshots only (GDAL/OGR, GEOS and GLU are the full program's) ----------------

std::unique_ptr<MapDocument> LoadMapDocument(const GeodataOptions& options, std::vector<LoadError>*) {
    if (auto document = LoadMapDocumentFromSnapshot(options)) return document;
    RunFullProgram("geodata without a matching snapshot");
}

std::shared_ptr<const MapDocument> RecentredDocument(std::shared_ptr<const MapDocument> document, double centralMeridian) {
    if (!document || document->countries.centralMeridian == centralMeridian) return document;
    RunFullProgram("a central meridian other than the map's own");
}

// ---- files: local only (GDAL's VSI layer is the full program's) -----------------------------

bool ReadVsiFile(const std::string&, std::uint64_t, std::string*, std::string*) { RunFullProgram("a /vsi… path"); }
bool WriteVsiMemFile(const std::string&, std::string_view, std::string*) { RunFullProgram("a /vsimem/ output"); }
// GDAL is not in this process: nothing to configure (the full program applies --allow-network itself).
void ApplyNetworkPolicyToGdal(bool) {}

// ---- OpenGL, cairo, the window ---------------------------------------------------------------

std::unique_ptr<HeadlessGlContext> HeadlessGlContext::Create(std::string*) { RunFullProgram("the GL renderer"); }
HeadlessGlContext::~HeadlessGlContext() = default;  // never made here: Create hands over
std::unique_ptr<FrameBackend> MakeGlFrameBackend(int) { RunFullProgram("the GL renderer"); }
bool ExportMapPng(const MapDocument&, const ExportOptions&, const std::string&, std::string*, const ExportOverlay&) {
    RunFullProgram("the GL renderer");
}
bool ExportTimelineVector(const MapDocument&, const Dataset&, const std::vector<TimelineExportOptions>&,
                          const std::string&, std::string*) {
    RunFullProgram("SVG and PDF (cairo)");
}
int RunAppWindow(const AppWindowOptions&) { RunFullProgram("the window"); }

// ---- subcommands that read geodata through GDAL or write tables ------------------------------

int RunDatasetCommand(const DatasetCommandOptions&) { RunFullProgram("a dataset command"); }
int RunHtmlExport(const CliOptions&, const MapDocument&, const Dataset&, const CivilDate&) {
    RunFullProgram("the HTML export");
}

}  // namespace engagemap
