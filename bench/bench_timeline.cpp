// Benchmark of moving the date: recompute every country's status for the selected instrument,
// build the colours, and upload the colour tables — and confirm no geometry is uploaded.
#include <cstdio>
#include <set>

#include <glad/gl.h>

#include "bench_harness.hpp"
#include "bench_inputs.hpp"
#include "core/document/map_document.hpp"
#include "core/data/dataset_loader.hpp"
#include "core/timeline/instrument_timeline.hpp"
#include "render/headless_gl_context.hpp"
#include "render/map_renderer.hpp"

namespace engagemap::bench {
namespace {

const bool kDateChange = Register("timeline", [](Reporter& r) {
    std::string error;
    auto context = HeadlessGlContext::Create(&error);
    if (!context) return;
    BundledInputs inputs = LoadBundledInputs();
    if (!inputs.Ok()) return;
    auto& doc = inputs.doc;
    DatasetLoadResult& dataset = inputs.dataset;

    InstrumentTimeline timeline;
    timeline.SetData(&dataset.dataset, &doc->countries);
    timeline.SelectInstrument("budapest");
    MapRenderer renderer;
    if (!renderer.Init(&error)) return;
    renderer.SetMesh(doc->mesh, doc->countries.countries.size());
    MapView view;
    view.SetViewport(64, 64);
    view.FitWorld(ProjectionKind::EqualEarth);
    renderer.Draw(view, MapStyle{}, 1.0f, 0.0);  // first geometry upload
    glFinish();
    const UploadStats before = renderer.Stats();

    // One date change per day of the whole range (about 8,800 for the Budapest Convention).
    TimelineController& c = timeline.Controller();
    c.JumpToStart();
    const std::int64_t days = DaysFromCivil(c.End()) - DaysFromCivil(c.Start());
    double statusMs = 0, uploadMs = 0;
    std::vector<Rgba8> colours;
    for (std::int64_t d = 0; d <= days; ++d) {
        statusMs += TimeMs([&] { colours = timeline.Colours(MapStyle{}.land); });
        uploadMs += TimeMs([&] {
            renderer.FadeCountryColours(colours, static_cast<double>(d), 0.25);
            renderer.Draw(view, MapStyle{}, 1.0f, static_cast<double>(d));  // uploads the tables
            glFinish();
        });
        c.SetDate(AddDays(c.Date(), 1));
    }
    const UploadStats after = renderer.Stats();
    const double n = static_cast<double>(days + 1);
    char note[200];
    std::snprintf(note, sizeof note, "%zu countries, %lld date changes; mean", doc->countries.countries.size(),
                  static_cast<long long>(days + 1));
    r.Add({"date change: status recompute + colours (budapest)", statusMs / n, "ms", note});
    std::snprintf(note, sizeof note, "mean, incl. a 64x64 draw; %zu bytes per upload", after.colourBytes);
    r.Add({"date change: colour-table upload + draw", uploadMs / n, "ms", note});
    std::snprintf(note, sizeof note, "geometry uploads before %zu, after %zu", before.geometryUploads, after.geometryUploads);
    r.Add({"date change: geometry bytes uploaded", static_cast<double>(after.geometryBytes - before.geometryBytes),
           "bytes", note});
});

}  // namespace
}  // namespace engagemap::bench
