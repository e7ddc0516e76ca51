#include "export/view_csv.hpp"

#include <cpl_vsi.h>

#include "core/filter/view_table.hpp"

namespace engagemap {

bool WriteViewCsv(const Dataset& dataset, const CountrySet& countries, const ViewState& view, const CivilDate& day,
                  const std::string& path, std::string* error, std::size_t* bytes) {
    ViewRequest request;
    if (!ResolveViewState(view, dataset, countries, day, &request, error)) return false;
    const ViewResult result = BuildView(dataset, countries, request);
    const std::string csv = ViewTableCsv(dataset, countries, request, result);
    VSILFILE* f = VSIFOpenL(path.c_str(), "wb");
    const bool ok = f && VSIFWriteL(csv.data(), 1, csv.size(), f) == csv.size();
    if (f && VSIFCloseL(f) != 0 && ok) {
        if (error) *error = path + ": cannot write";
        return false;
    }
    if (!ok) {
        if (error) *error = path + ": cannot write";
        return false;
    }
    if (bytes) *bytes = csv.size();
    return true;
}

}  // namespace engagemap
