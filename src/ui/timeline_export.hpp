// Timeline export: a headless PNG of one instrument at one date, with the same overlay the
// window shows (title, large date, legend with counts and notes, milestone caption), drawn with
// Dear ImGui on the EGL context. `engagemap --export F --instrument ID --date YYYY-MM-DD`.
#pragma once

#include <string>

#include "core/app/map_document.hpp"
#include "core/data/dataset.hpp"
#include "render/headless_export.hpp"
#include "ui/theme.hpp"

namespace engagemap {

struct TimelineExportOptions {
    ExportOptions map;
    std::string instrumentId;  // must exist in the dataset
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
