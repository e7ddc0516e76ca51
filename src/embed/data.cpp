// LoadData and MapData (include/engagemap/data.hpp): the app's own loaders, LoadMapDocument and
// LoadDataset, behind a shared immutable snapshot.
#include "engagemap/data.hpp"

#include <set>

#include "embed/embed_internal.hpp"

#include "core/data/dataset_loader.hpp"
#include "core/timeline/instrument_timeline.hpp"

namespace engagemap::embed {

namespace {

// Each instrument's timeline span, as the app's timeline bar shows it.
std::vector<InstrumentInfo> DescribeInstruments(const Dataset& dataset, const CountrySet& countries) {
    std::vector<InstrumentInfo> out;
    InstrumentTimeline timeline;
    timeline.SetData(&dataset, &countries);
    for (std::size_t i = 0; i < dataset.instruments.size(); ++i) {
        const Instrument& in = dataset.instruments[i];
        timeline.SelectInstrument(static_cast<int>(i));
        out.push_back(InstrumentInfo{in.id, in.name, in.shortName, std::string(engagemap::ToString(in.kind)),
                                     FromCivil(timeline.Controller().Start()), FromCivil(timeline.Controller().End())});
    }
    return out;
}

}  // namespace

LoadResult LoadData(const DataPaths& paths) {
    LoadResult result;
    GeodataOptions geodata;
    geodata.path = paths.geodata;
    geodata.layer = paths.geodataLayer;
    std::vector<LoadError> errors;
    std::shared_ptr<const MapDocument> document = LoadMapDocument(geodata, &errors);
    if (!document) {
        result.errors = ToProblems(errors);
        if (result.errors.empty()) result.errors.push_back(Problem{paths.geodata, 0, 0, "", "cannot load the geodata"});
        return result;
    }
    result.warnings = ToProblems(document->warnings);
    std::set<std::string> known;
    for (const CountryGeometry& c : document->countries.countries) known.insert(c.key);
    DatasetLoadOptions options;
    options.knownCountries = &known;
    DatasetLoadResult dataset = LoadDataset(paths.dataset, options);
    for (const LoadError& w : dataset.warnings) result.warnings.push_back(ToProblem(w));
    if (!dataset.Ok()) {
        result.errors = ToProblems(dataset.errors);
        return result;
    }
    auto impl = std::make_shared<MapData::Impl>();
    impl->document = std::move(document);
    impl->dataset = std::make_shared<const Dataset>(std::move(dataset.dataset));
    impl->instruments = DescribeInstruments(*impl->dataset, impl->document->countries);
    result.data = MapData(std::move(impl));
    return result;
}

std::vector<InstrumentInfo> MapData::Instruments() const { return impl_ ? impl_->instruments : std::vector<InstrumentInfo>{}; }

std::vector<CountryInfo> MapData::Countries() const {
    std::vector<CountryInfo> out;
    if (!impl_) return out;
    for (const CountryGeometry& c : impl_->document->countries.countries) out.push_back(CountryInfo{c.key, c.name});
    return out;
}

Date MapData::LatestDate() const { return impl_ ? FromCivil(LatestDatasetDate(*impl_->dataset)) : Date{}; }

CivilDate ClampToViewTimeline(const MapData::Impl& data, const ViewState& view, const CivilDate& date) {
    InstrumentTimeline timeline;
    timeline.SetData(data.dataset.get(), &data.document->countries);
    if (view.instrumentA.empty() || !timeline.SelectInstrument(view.instrumentA)) return date;
    timeline.Controller().SetDate(date);
    return timeline.Controller().Date();
}

}  // namespace engagemap::embed
