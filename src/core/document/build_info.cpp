#include "core/document/build_info.hpp"

#include "core/data/dataset_as_of.hpp"
#include "core/data/dataset_loader.hpp"

namespace engagemap {

std::string VersionReport(const std::string& datasetPath) {
    std::string text = "engagemap " + std::string(EngagemapVersion()) + " (git " + std::string(EngagemapGitCommit()) + ")\n";
    if (datasetPath.empty()) return text + "dataset: none found (pass --dataset FILE)\n";
    const DatasetLoadResult r = LoadDataset(datasetPath);
    if (!r.Ok()) return text + "dataset: " + r.errors.front().ToString() + "\n";
    const std::optional<PartialDate> asOf = DatasetAsOf(r.dataset);
    text += "dataset: " + datasetPath + "\n";
    text += "  format version " + std::to_string(r.dataset.version) + ", as of " +
            (asOf ? asOf->ToString() : std::string("unknown")) + " (latest source date), " +
            std::to_string(r.dataset.instruments.size()) + " instruments, " +
            std::to_string(r.dataset.sources.size()) + " sources\n";
    return text;
}

}  // namespace engagemap
