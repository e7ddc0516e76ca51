// The browser's side of what the desktop does through GDAL, GLU, EGL and the file system. The web
// module links the exports' frame renderer and the loaders unchanged; these are the few functions
// they reach that have no meaning in a page: each fails with a message saying where the work is
// done instead (the desktop app resolves the data and embeds the result, see map_payload.hpp).
#include <imgui.h>
#include <imgui_internal.h>  // ImFontAtlasGetBuilderForStbTruetype, ImCeil

#include <memory>
#include <string>

#include "core/document/map_document.hpp"
#include "core/geo/antimeridian.hpp"
#include "core/geo/triangulate.hpp"
#include "core/io/atomic_file.hpp"
#include "core/io/input_file.hpp"
#include "core/io/png_codec.hpp"
#include "core/io/png_image.hpp"
#include "render/headless_gl_context.hpp"

namespace ImGuiFreeType {
namespace {

// ImGui's stb_truetype builder, then the metrics rounded as the desktop's FreeType builder (with
// hinting) gives them: whole-pixel ascent, descent and advances. Text then measures the same in
// the page as in a desktop export, so legends wrap and bands size alike (glyph shapes still differ).
bool BuildLikeFreeType(ImFontAtlas* atlas) {
    if (!ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(atlas)) return false;
    for (ImFont* font : atlas->Fonts) {
        font->Ascent = ImCeil(font->Ascent);
        font->Descent = ImCeil(font->Descent);
        for (ImFontGlyph& glyph : font->Glyphs) glyph.AdvanceX = IM_ROUND(glyph.AdvanceX);
        font->BuildLookupTable();
    }
    return true;
}

}  // namespace

const ImFontBuilderIO* GetBuilderForFreeType() {
    static const ImFontBuilderIO builder{BuildLikeFreeType};
    return &builder;
}
}  // namespace ImGuiFreeType

namespace engagemap {
namespace {

void Say(std::string* error, const char* what) {
    if (error) *error = what;
}

}  // namespace

bool ReadInputFile(const std::string&, std::uint64_t, std::string*, std::string* error) {
    Say(error, "the page reads no files: its data is embedded by `engagemap --export F.html`");
    return false;
}

bool WriteFileAtomically(const std::string&, std::string_view, std::string* error, const AtomicWriteOptions&) {
    Say(error, "the page writes no files");
    return false;
}

bool WriteOutputFile(const std::string&, std::string_view, std::string* error, const AtomicWriteOptions&) {
    Say(error, "the page writes no files");
    return false;
}

bool WritePng(const std::string&, const RgbaImage&, std::string* error) {
    Say(error, "the page writes no files");
    return false;
}

bool EncodePng(const RgbaImage&, std::string*, std::string* error, PngEncoding*) {
    Say(error, "the page encodes no PNG files");
    return false;
}

bool EncodeTruecolourPng(int, int, bool, const PngRowSource&, std::string*, std::string* error) {
    Say(error, "the page encodes no PNG files");
    return false;
}

std::unique_ptr<HeadlessGlContext> HeadlessGlContext::Create(std::string* error) {
    Say(error, "the page draws into its canvas's WebGL 2 context; there is no headless context");
    return nullptr;
}

// The page shows the map centred where the desktop export centred it (the embedded mesh); cutting
// and re-triangulating rings for another central meridian needs GDAL/GEOS and GLU.
std::shared_ptr<const MapDocument> RecentredDocument(std::shared_ptr<const MapDocument> document, double) {
    return document;
}

}  // namespace engagemap
