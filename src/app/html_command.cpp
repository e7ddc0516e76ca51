#include "app/html_command.hpp"

#include <cstdio>

#include "core/data/dataset_loader.hpp"
#include "core/story/storyboard.hpp"
#include "core/story/storyboard_ids.hpp"
#include "export/html_export.hpp"

namespace engagemap {

int RunHtmlExport(const CliOptions& cli, const MapDocument& document, const Dataset& dataset, const CivilDate& date) {
    WebModule module;
    std::string error;
    if (!LoadWebModule(WebModuleSearchPath(), &module, &error)) {
        std::fprintf(stderr, "engagemap: cannot write %s: %s\n", cli.exportPath.c_str(), error.c_str());
        return 1;
    }
    MapPayload payload;
    if (!ReadFileVsi(cli.datasetPath, DatasetLoadOptions{}.maxBytes, &payload.datasetJson, &error)) {
        std::fprintf(stderr, "engagemap: %s: %s\n", cli.datasetPath.c_str(), error.c_str());
        return 1;
    }
    Storyboard story;
    if (!cli.storyPath.empty()) {
        const StoryboardKnownIds known = KnownStoryboardIds(&dataset, document.countries);
        StoryboardLoadOptions options;
        known.ApplyTo(&options);
        StoryboardLoadResult loaded = LoadStoryboard(cli.storyPath, options);
        for (const auto& e : loaded.errors) std::fprintf(stderr, "engagemap: %s\n", e.ToString().c_str());
        if (!loaded.Ok() || loaded.storyboard.slides.empty()) {
            std::fprintf(stderr, "engagemap: %s: storyboard refused or empty; nothing written\n", cli.storyPath.c_str());
            return 1;
        }
        story = std::move(loaded.storyboard);
        if (cli.slideGiven) {
            // As for PNG: --slide N exports only that slide.
            if (static_cast<std::size_t>(cli.slide) > story.slides.size()) {
                std::fprintf(stderr, "engagemap: --slide %d: %s has %zu slide(s)\n", cli.slide, cli.storyPath.c_str(),
                             story.slides.size());
                return 1;
            }
            story.slides = {story.slides[static_cast<std::size_t>(cli.slide - 1)]};
        }
    } else {
        // One slide: the command line's view at its date.
        Slide slide;
        slide.view = cli.view;
        slide.date = date;
        story.slides.push_back(std::move(slide));
    }
    for (std::size_t i = 0; i < story.slides.size(); ++i)
        if (story.slides[i].view.centralMeridian != document.countries.centralMeridian)
            std::fprintf(stderr, "engagemap: warning: slide %zu asks for central meridian %g; the page shows the map centred on %g\n",
                         i + 1, story.slides[i].view.centralMeridian, document.countries.centralMeridian);
    payload.storyJson = WriteStoryboardJson(story);
    payload.countries = document.countries;
    payload.mesh = document.mesh;
    payload.colours = document.colours;
    std::size_t bytes = 0;
    if (!WriteHtmlExport(cli.exportPath, module, payload, story.title, &error, &bytes)) {
        std::fprintf(stderr, "engagemap: export failed: %s\n", error.c_str());
        return 1;
    }
    std::printf("wrote %s (%zu slide(s), %zu countries, %.1f MB, self-contained)\n", cli.exportPath.c_str(),
                story.slides.size(), document.countries.countries.size(), static_cast<double>(bytes) / 1e6);
    return 0;
}

}  // namespace engagemap
