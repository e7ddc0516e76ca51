// render_png: the Budapest Convention's parties at a date, as a PNG, with no window.
//   render_png OUT.png [YYYY-MM-DD] [WIDTHxHEIGHT]
#include <cstdio>
#include <string>

#include <engagemap/engagemap.hpp>

namespace em = engagemap::embed;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: render_png OUT.png [YYYY-MM-DD] [WIDTHxHEIGHT]\n");
        return 2;
    }
    const std::optional<em::Date> date = em::Date::FromIso(argc > 2 ? argv[2] : "2012-06-30");
    em::RenderOptions options;
    if (!date || (argc > 3 && std::sscanf(argv[3], "%dx%d", &options.width, &options.height) != 2)) {
        std::fprintf(stderr, "render_png: a date is YYYY-MM-DD, a size WIDTHxHEIGHT\n");
        return 2;
    }
    // The bundled boundaries and dataset, installed with the package (share/engagemap).
    const em::LoadResult loaded = em::LoadData(em::BundledDataPaths());
    for (const em::Problem& p : loaded.errors) std::fprintf(stderr, "render_png: %s\n", p.ToString().c_str());
    if (!loaded.Ok()) return 1;

    em::ViewOptions view;
    view.instrument = "budapest";  // the status of each country in the Budapest Convention
    std::string error;
    const std::optional<em::View> budapest = em::View::FromOptions(view, &error);
    em::HeadlessRenderer renderer;
    if (!budapest || !renderer.WriteFile(argv[1], loaded.data, *budapest, *date, options, &error)) {
        std::fprintf(stderr, "render_png: %s\n", error.c_str());
        return 1;
    }
    std::printf("wrote %s (%dx%d, Budapest Convention at %s, engagemap %s)\n", argv[1], options.width, options.height,
                date->ToIso().c_str(), em::LibraryVersion());
    return 0;
}
