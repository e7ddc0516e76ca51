// MapWidget (include/engagemap/map_widget.hpp): the app's own MapWidget, coloured the way the
// app's explorer colours it (RecolourMap in ui/app_state.cpp: ResolveViewState -> BuildView), with
// the app's tooltip text for the hovered country.
#include "engagemap/map_widget.hpp"

#include <imgui.h>
#include <glad/gl.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "embed/embed_internal.hpp"

#include "core/filter/engagement_views.hpp"
#include "core/filter/view_table.hpp"
#include "core/story/slide_camera.hpp"
#include "core/style/map_style.hpp"
#include "ui/map_widget.hpp"

namespace engagemap::embed {

struct MapWidget::Impl {
    engagemap::MapWidget widget;
    MapData data;
    View view;
    Date date;
    std::shared_ptr<const MapDocument> shown;  // data's document centred on the view's meridian
    bool initialised = false;
    bool cameraPending = false;                // the view's camera is applied at the next Draw
    float contentScale = 1.0f;
    ViewRequest request;
    ViewResult result;                         // empty when the view does not resolve
    bool resolved = false;
    std::string error;
    std::map<std::string, std::vector<std::string>> sources;  // iso3 -> sources' short texts
    std::string clicked;

    void ShowDocument() {
        if (data.Empty()) return;
        const double meridian = view.Internals().state.centralMeridian;
        if (!shown || shown->countries.countries.size() != data.Internals().document->countries.countries.size() ||
            lastMeridian != meridian || lastData != &data.Internals()) {
            shown = RecentredDocument(data.Internals().document, meridian);
            lastMeridian = meridian;
            lastData = &data.Internals();
            if (initialised) widget.SetDocument(shown.get());
        }
    }

    // Re-derives the colours, arcs, legend and hover texts from the view and the date.
    void Recolour() {
        if (data.Empty() || !shown) return;
        const ViewState& state = view.Internals().state;
        widget.Style() = MapStyleFor(state.theme, widget.Style());
        const Dataset& dataset = *data.Internals().dataset;
        const CountrySet& countries = shown->countries;
        request = ViewRequest{};
        error.clear();
        resolved = ResolveViewState(state, dataset, countries, ClampToViewTimeline(data.Internals(), state, ToCivil(date)),
                                    &request, &error);
        sources.clear();
        std::vector<Rgba8> colours;
        if (resolved) {
            ViewStyle style;
            style.theme = state.theme;
            style.noneColour = widget.Style().land;
            result = BuildView(dataset, countries, request, style);
            colours = result.colours;
            ViewTableOptions options;
            options.includedOnly = false;
            const ViewTable table = BuildViewTable(dataset, countries, request, result, options);
            const auto column = std::find(table.header.begin(), table.header.end(), "sources");
            if (column != table.header.end() && !table.header.empty() && table.header.front() == "iso3") {
                const std::size_t at = static_cast<std::size_t>(column - table.header.begin());
                for (const auto& row : table.rows) sources[row.front()] = SplitSources(row[at]);
            }
        } else {
            result = ViewResult{};
            colours = RegionColours(countries, widget.Style());
        }
        if (!initialised) return;
        widget.ShowColours(colours);
        widget.ShowArcs(ViewStrokes(result));
    }

    static std::vector<std::string> SplitSources(const std::string& joined) {
        std::vector<std::string> out;
        std::size_t start = 0;
        while (start < joined.size()) {
            const std::size_t end = joined.find("; ", start);
            const std::string part = joined.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (!part.empty()) out.push_back(part);
            if (end == std::string::npos) break;
            start = end + 2;
        }
        return out;
    }

    MapHover Describe(int index) const {
        MapHover hover;
        if (index < 0 || !shown || index >= static_cast<int>(shown->countries.countries.size())) return hover;
        const CountryGeometry& country = shown->countries.countries[static_cast<std::size_t>(index)];
        hover.valid = true;
        hover.iso3 = country.key;
        hover.name = country.name;
        if (resolved) {
            hover.lines = DescribeCountryInView(*data.Internals().dataset, shown->countries, request, result, index);
        } else {
            hover.lines = {country.name};
        }
        if (hover.lines.size() > 1) hover.status = hover.lines[1];
        if (auto it = sources.find(country.key); it != sources.end()) hover.sources = it->second;
        return hover;
    }

    double lastMeridian = 0;
    const MapData::Impl* lastData = nullptr;
};

namespace {

// glad's loader signature, fed from the host's GlProcLoader (`loader` points at it).
GLADapiproc LoadThroughHost(void* loader, const char* name) { return (*static_cast<GlProcLoader*>(loader))(name); }

}  // namespace

MapWidget::MapWidget() : impl_(std::make_unique<Impl>()) {}
MapWidget::~MapWidget() = default;

bool MapWidget::Init(GlProcLoader loader, std::string* error) {
    if (!loader || !gladLoadGLUserPtr(LoadThroughHost, &loader)) {
        if (error) *error = "cannot load the OpenGL 3.3 core functions through the host's loader (is a GL 3.3 context current?)";
        return false;
    }
    if (!impl_->widget.Init(error)) return false;
    impl_->initialised = true;
    if (impl_->shown) impl_->widget.SetDocument(impl_->shown.get());
    impl_->Recolour();
    return true;
}

void MapWidget::SetData(const MapData& data) {
    impl_->data = data;
    impl_->ShowDocument();
    impl_->Recolour();
}

void MapWidget::SetView(const View& view) {
    const ViewState& before = impl_->view.Internals().state;
    const ViewState& after = view.Internals().state;
    const bool refit = before.projection != after.projection || before.centralMeridian != after.centralMeridian;
    const bool cameraChanged = !(before.camera == after.camera);
    impl_->view = view;
    impl_->widget.SetProjection(after.projection);
    impl_->ShowDocument();
    if (refit && !after.camera) impl_->widget.FitWorld();
    if (after.camera && (cameraChanged || refit)) impl_->cameraPending = true;
    if (!after.camera && cameraChanged) impl_->widget.FitWorld();
    impl_->Recolour();
}

void MapWidget::SetDate(const Date& date) {
    if (date == impl_->date) return;
    impl_->date = date;
    impl_->Recolour();
}

const std::string& MapWidget::LastError() const { return impl_->error; }

std::vector<LegendEntry> MapWidget::Legend() const {
    std::vector<LegendEntry> out;
    for (const ViewLegendEntry& e : impl_->result.legend.entries) {
        const std::uint32_t rgba = (std::uint32_t{e.colour.r} << 24) | (std::uint32_t{e.colour.g} << 16) |
                                   (std::uint32_t{e.colour.b} << 8) | e.colour.a;
        out.push_back(LegendEntry{e.label, rgba, e.certain + e.uncertain});
    }
    return out;
}

std::string MapWidget::LegendTitle() const { return impl_->result.legend.title; }

void MapWidget::SetContentScale(float scale) { impl_->contentScale = std::max(0.25f, scale); }
void MapWidget::FitWorld() { impl_->widget.FitWorld(); }

MapHover MapWidget::Draw(const char* id, float widthPx, float heightPx) {
    Impl& s = *impl_;
    s.clicked.clear();
    if (!s.initialised) {
        ImGui::TextUnformatted("engagemap: MapWidget::Init was not called");
        return {};
    }
    const float framebufferScale = std::max(1e-3f, ImGui::GetIO().DisplayFramebufferScale.x);
    s.widget.SetClock(ImGui::GetTime());
    if (s.cameraPending) {
        // The size the widget will take (as engagemap::MapWidget::Draw computes it), in physical pixels.
        const ImVec2 avail = ImGui::GetContentRegionAvail();
        const double w = std::round(std::max(widthPx > 0 ? widthPx : avail.x, 16.0f) * framebufferScale);
        const double h = std::round(std::max(heightPx > 0 ? heightPx : avail.y, 16.0f) * framebufferScale);
        const ViewState& state = s.view.Internals().state;
        // As the app and its exports apply a slide's camera (in the recentred map's frame).
        s.widget.SetView(CameraView(*state.camera, state.projection, w, h, 8.0 * s.contentScale));
        s.cameraPending = false;
    }
    s.widget.Draw(id, widthPx, heightPx, framebufferScale, s.contentScale);
    if (s.widget.ClickedCountry() >= 0) s.clicked = s.Describe(s.widget.ClickedCountry()).iso3;
    return s.Describe(s.widget.HoveredCountry());
}

std::string MapWidget::Clicked() const { return impl_->clicked; }

}  // namespace engagemap::embed
