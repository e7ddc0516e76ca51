// Timeline export: a headless PNG of a view (one instrument's status, breadth of engagement, or
// two instruments compared; optionally filtered by region, pillar and kind) at one date, with
// the same overlay the window shows (title, large date, legend with counts and notes,
// milestone caption, source line), drawn with Dear ImGui on the EGL context.
// `engagemap --export F --instrument ID --date YYYY-MM-DD [--view breadth|compare ...]`.
#pragma once

#include <string>

#include "core/app/map_document.hpp"
#include "core/data/dataset.hpp"
#include "core/filter/view_spec.hpp"
#include "render/headless_export.hpp"
#include "ui/theme.hpp"

namespace engagemap {

struct TimelineExportOptions {
    ExportOptions map;
    std::string instrumentId;  // status view: the instrument; compare: A; optional for breadth
    ViewSpec view;             // kind, instrument B, regions, pillars, kinds (instrumentA is
                               // taken from instrumentId)
    CivilDate date;            // clamped to the instrument's range
    bool overlay = true;       // title, date, legend, caption, source line
    Theme theme = Theme::Light;  // base-map and text colours
};

// Renders and writes the PNG. Returns false with a message (unknown instrument, GL, file).
bool ExportTimelinePng(const MapDocument& document, const Dataset& dataset, const TimelineExportOptions& options,
                       const std::string& path, std::string* error);

// Renders into `image` with the GL context current on this thread (used by golden tests).
bool RenderTimelineImage(const MapDocument& document, const Dataset& dataset, const TimelineExportOptions& options,
                         RgbaImage& image, std::string* error);

}  // namespace engagemap
