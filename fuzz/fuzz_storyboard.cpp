// libFuzzer target: the storyboard loader (ParseStoryboard, src/core/story/storyboard.hpp) on
// arbitrary bytes, with fixed sets of known instruments, pillars and regions. A storyboard that is
// accepted must survive the documented round trip exactly: ParseStoryboard(WriteStoryboardJson(s))
// is accepted and gives s back. Anything else aborts (a finding).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "core/story/storyboard.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace engagemap;
    static const std::set<std::string> instruments = {"budapest", "malabo", "foc", "un-gge"};
    static const std::set<std::string> pillars = {"law-enforcement", "capacity-building"};
    static const std::set<std::string> regions = {"Africa", "Americas", "Asia", "Europe", "Oceania"};
    StoryboardLoadOptions options;
    options.knownInstruments = &instruments;
    options.knownPillars = &pillars;
    options.knownRegions = &regions;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    StoryboardLoadResult r = ParseStoryboard(text, "fuzz.story.json", options);
    for (const LoadError& e : r.errors) (void)e.ToString();
    for (const LoadError& e : r.warnings) (void)e.ToString();
    if (!r.Ok()) return 0;

    const std::string written = WriteStoryboardJson(r.storyboard);
    StoryboardLoadResult again = ParseStoryboard(written, "written.story.json");
    if (!again.Ok()) {
        std::fprintf(stderr, "written storyboard refused: %s\n%s\n", again.errors[0].ToString().c_str(),
                     written.c_str());
        std::abort();
    }
    if (!(again.storyboard == r.storyboard)) {
        std::fprintf(stderr, "round trip changed the storyboard:\n%s\n", written.c_str());
        std::abort();
    }
    return 0;
}
