// libFuzzer target: the dataset importer (ImportDataset, src/core/data/importer.hpp) on arbitrary
// metadata + CSV. The input is split at the first "\n===\n": the part before is the metadata file,
// the part after the table "t.csv" next to it (both in /vsimem/). Network paths named inside the
// metadata are refused (SetNetworkAllowed(false)). An accepted import must be a dataset the loader
// accepts again from its own output; an exception or a crash is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>

#include "core/data/dataset_loader.hpp"
#include "core/data/dataset_writer.hpp"
#include "core/data/importer.hpp"
#include "core/io/input_file.hpp"

namespace {

constexpr const char* kMeta = "/vsimem/fuzz_import/meta.json";
constexpr const char* kTable = "/vsimem/fuzz_import/t.csv";

void PutFile(const char* path, std::string_view bytes) {
    VSILFILE* f = VSIFOpenL(path, "wb");
    if (!f) return;
    VSIFWriteL(bytes.data(), 1, bytes.size(), f);
    VSIFCloseL(f);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    CPLSetErrorHandler(CPLQuietErrorHandler);
    GDALAllRegister();
    engagemap::SetNetworkAllowed(false);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace engagemap;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t split = input.find("\n===\n");
    PutFile(kMeta, input.substr(0, split));
    PutFile(kTable, split == std::string_view::npos ? std::string_view() : input.substr(split + 5));
    ImportOptions options;
    options.metadataPath = kMeta;
    ImportResult r = ImportDataset(options);
    VSIUnlink(kMeta);
    VSIUnlink(kTable);
    for (const LoadError& e : r.errors) (void)e.ToString();
    for (const LoadError& e : r.warnings) (void)e.ToString();
    if (!r.Ok()) return 0;
    const DatasetLoadResult again = ParseDataset(WriteDatasetJson(r.dataset), "(imported)");
    if (!again.Ok()) {
        std::fprintf(stderr, "imported dataset refused by the loader: %s\n", again.errors[0].ToString().c_str());
        std::abort();
    }
    return 0;
}
