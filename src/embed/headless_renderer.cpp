// HeadlessRenderer (include/engagemap/headless_renderer.hpp): the app's `--export` path —
// RenderTimelineImage on an EGL context, ExportTimelineVector for SVG/PDF — with in-memory
// results through GDAL's /vsimem/.
#include "engagemap/headless_renderer.hpp"

#include <cpl_vsi.h>

#include <atomic>
#include <cstring>
#include <string>

#include "embed/embed_internal.hpp"

#include "core/io/png_image.hpp"
#include "export/timeline_export.hpp"
#include "export/vector_export.hpp"
#include "render/headless_gl_context.hpp"

namespace engagemap::embed {

namespace {

// A /vsimem/ name no other call uses: "/vsimem/engagemap-embed-<n><extension>".
std::string MemoryPath(const char* extension) {
    static std::atomic<unsigned long> counter{0};
    return "/vsimem/engagemap-embed-" + std::to_string(counter++) + extension;
}

// Takes the bytes of a /vsimem/ file and removes it.
std::string TakeMemoryFile(const std::string& path) {
    vsi_l_offset size = 0;
    GByte* data = VSIGetMemFileBuffer(path.c_str(), &size, FALSE);
    std::string out = data ? std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)) : std::string();
    VSIUnlink(path.c_str());
    return out;
}

// The export options of a still of `view` at `date`, as `engagemap --export` builds them.
bool StillOptions(const MapData& data, const View& view, const Date& date, const RenderOptions& options,
                  TimelineExportOptions* out, std::string* error) {
    if (data.Empty()) {
        if (error) *error = "no data loaded";
        return false;
    }
    if (options.width < 16 || options.height < 16 || options.width > 16384 || options.height > 16384) {
        if (error) *error = "image size " + std::to_string(options.width) + "x" + std::to_string(options.height) +
                            " is outside 16..16384 pixels";
        return false;
    }
    const ViewState& state = view.Internals().state;
    out->map.width = options.width;
    out->map.height = options.height;
    out->map.msaaSamples = options.msaaSamples;
    out->map.projection = state.projection;
    out->map.style = MapStyleFor(state.theme, out->map.style);
    out->view = state;
    out->overlay = options.overlay;
    out->title = options.title;
    out->caption = options.caption;
    out->date = ClampToViewTimeline(data.Internals(), state, ToCivil(date));
    ViewRequest request;
    return ResolveViewState(state, *data.Internals().dataset, data.Internals().document->countries, out->date, &request,
                            error);
}

}  // namespace

bool HeadlessRenderer::RenderRgba(const MapData& data, const View& view, const Date& date, const RenderOptions& options,
                                  Image* out, std::string* error) const {
    TimelineExportOptions still;
    if (!StillOptions(data, view, date, options, &still, error)) return false;
    auto context = HeadlessGlContext::Create(error);
    if (!context) return false;
    RgbaImage image;
    if (!RenderTimelineImage(*data.Internals().document, *data.Internals().dataset, still, image, error)) return false;
    out->width = image.width;
    out->height = image.height;
    out->rgba = std::move(image.pixels);
    return true;
}

bool HeadlessRenderer::RenderPng(const MapData& data, const View& view, const Date& date, const RenderOptions& options,
                                 std::vector<std::uint8_t>* png, std::string* error) const {
    Image image;
    return RenderRgba(data, view, date, options, &image, error) && EncodePng(image, png, error);
}

bool HeadlessRenderer::RenderSvg(const MapData& data, const View& view, const Date& date, const RenderOptions& options,
                                 std::string* svg, std::string* error) const {
    TimelineExportOptions still;
    if (!StillOptions(data, view, date, options, &still, error)) return false;
    const std::string path = MemoryPath(".svg");
    if (!ExportTimelineVector(*data.Internals().document, *data.Internals().dataset, {still}, path, error)) {
        VSIUnlink(path.c_str());
        return false;
    }
    *svg = TakeMemoryFile(path);
    return true;
}

bool HeadlessRenderer::WriteFile(const std::string& path, const MapData& data, const View& view, const Date& date,
                                 const RenderOptions& options, std::string* error) const {
    if (VectorFormatForPath(path)) {
        TimelineExportOptions still;
        return StillOptions(data, view, date, options, &still, error) &&
               ExportTimelineVector(*data.Internals().document, *data.Internals().dataset, {still}, path, error);
    }
    Image image;
    return RenderRgba(data, view, date, options, &image, error) && WritePngFile(path, image, error);
}

bool EncodePng(const Image& image, std::vector<std::uint8_t>* png, std::string* error) {
    const std::string path = MemoryPath(".png");
    if (!WritePngFile(path, image, error)) {
        VSIUnlink(path.c_str());
        return false;
    }
    const std::string bytes = TakeMemoryFile(path);
    png->assign(bytes.begin(), bytes.end());
    return true;
}

bool WritePngFile(const std::string& path, const Image& image, std::string* error) {
    if (image.width <= 0 || image.height <= 0 ||
        image.rgba.size() != static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4) {
        if (error) *error = "not an image: " + std::to_string(image.width) + "x" + std::to_string(image.height) + " with " +
                            std::to_string(image.rgba.size()) + " bytes";
        return false;
    }
    RgbaImage rgba{image.width, image.height, image.rgba};
    return WritePng(path, rgba, error);
}

}  // namespace engagemap::embed
