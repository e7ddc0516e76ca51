// libFuzzer target: the dataset loader + validator (ParseDataset) on arbitrary bytes, with a fixed
// set of geodata country keys. A dataset that is accepted must also survive the rest of the
// pipeline: status queries at a few dates, and WriteDatasetJson -> ParseDataset must accept the
// written text again (the writer's documented round trip). Any refusal there aborts (a finding).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "core/data/dataset_loader.hpp"
#include "core/data/dataset_writer.hpp"
#include "core/data/participation_query.hpp"

namespace {

const std::set<std::string>& KnownCountries() {
    static const std::set<std::string> keys = {"HUN", "GBR", "ISL", "SRB", "USA", "XKX", "MUS", "FRA", "JPN"};
    return keys;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace engagemap;
    DatasetLoadOptions options;
    options.maxBytes = 1u << 20;  // the fuzzer's inputs are small; keeps the limit path reachable
    options.knownCountries = &KnownCountries();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    DatasetLoadResult r = ParseDataset(text, "fuzz.json", options);
    for (const LoadError& e : r.errors) (void)e.ToString();
    for (const LoadError& e : r.warnings) (void)e.ToString();
    if (!r.Ok()) return 0;

    const Dataset& d = r.dataset;
    for (int i = 0; i < static_cast<int>(d.instruments.size()); ++i) {
        for (const CivilDate day : {CivilDate{1900, 1, 1}, CivilDate{2004, 7, 1}, CivilDate{2100, 12, 31}}) {
            const StatusCount c = CountWithStatus(d, i, StatusFilter::Any, day);
            (void)c;
            for (const Participation& p : d.instruments[i].participants)
                (void)DescribeStatus(StatusAt(d.instruments[i], p, day));
        }
    }
    const std::string written = WriteDatasetJson(d);
    DatasetLoadResult again = ParseDataset(written, "written.json");
    if (!again.Ok()) {
        std::fprintf(stderr, "written dataset refused: %s\n%s\n", again.errors[0].ToString().c_str(), written.c_str());
        std::abort();
    }
    if (WriteDatasetJson(again.dataset) != written) {
        std::fprintf(stderr, "round trip changed the dataset:\n%s\n", written.c_str());
        std::abort();
    }
    return 0;
}
