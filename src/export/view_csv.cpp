#include "export/view_csv.hpp"

#include "core/filter/view_table.hpp"
#include "core/io/atomic_file.hpp"

namespace engagemap {

bool WriteViewCsv(const Dataset& dataset, const CountrySet& countries, const ViewState& view, const CivilDate& day,
                  const std::string& path, std::string* error, std::size_t* bytes) {
    ViewRequest request;
    if (!ResolveViewState(view, dataset, countries, day, &request, error)) return false;
    const ViewResult result = BuildView(dataset, countries, request);
    const std::string csv = ViewTableCsv(dataset, countries, request, result);
    if (!WriteOutputFile(path, csv, error)) return false;
    if (bytes) *bytes = csv.size();
    return true;
}

}  // namespace engagemap
