#include "render/map_renderer.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <unordered_map>
#include <utility>

#include "core/geo/great_circle.hpp"
#include "render/border_lod.hpp"

namespace engagemap {
namespace {

constexpr int kColourTableWidth = 256;  // entries per texture row (matches colour_table.glsl)

// A fill vertex before deduplication: position in lon/lat and its country.
struct FillVertexKey {
    double lon, lat;
    uint16_t country;
    bool operator==(const FillVertexKey& o) const { return lon == o.lon && lat == o.lat && country == o.country; }
};
struct FillVertexHash {
    size_t operator()(const FillVertexKey& k) const {
        uint64_t a, b;
        std::memcpy(&a, &k.lon, sizeof a);
        std::memcpy(&b, &k.lat, sizeof b);
        return std::hash<uint64_t>()(a * 0x9E3779B97F4A7C15ull ^ (b + k.country));
    }
};


// Segments as vec4 (a.xy, b.xy) in projected units.
std::vector<float> ProjectSegments(ProjectionKind kind, const std::vector<LonLat>& ends) {
    std::vector<float> xy;
    ProjectPositions(kind, ends, xy);
    return xy;  // consecutive pairs of points are exactly the vec4 layout
}

// One arc segment as the arc shader reads it (arc.vert).
struct ArcSegment {
    float ax, ay, bx, by;  // projected units
    uint8_t rgba[4];
    float halfWidth;       // pixels at pixel scale 1
    float dashed;          // 0 or 1
    float unused;
    float lengthBefore;    // projected units along the arc before this segment
};

// `instances` quads of the bound VAO (its element buffer holds the quad's six indices).
void DrawQuads(size_t instances) {
    glDrawElementsInstanced(GL_TRIANGLES, 6, GL_UNSIGNED_BYTE, nullptr, static_cast<GLsizei>(instances));
}

}  // namespace

MapRenderer::~MapRenderer() {
    if (!fillVao_) return;  // never initialised: no GL objects (and maybe no GL context)
    GLuint buffers[] = {fillPositions_, fillCountries_, fillIndices_, borderSegments_, frameSegments_, markerInstances_,
                        arcInstances_, quadIndices_};
    glDeleteBuffers(8, buffers);
    GLuint vaos[] = {fillVao_, borderVao_, frameVao_, markerVao_, arcVao_, paletteVao_};
    glDeleteVertexArrays(6, vaos);
    GLuint textures[] = {paletteTexture_, idTexture_};
    glDeleteTextures(2, textures);
    if (idFbo_) glDeleteFramebuffers(1, &idFbo_);
}

bool MapRenderer::Init(std::string* error) {
    if (!fillProgram_.Build("fill.vert", "fill.frag", error, "id_raster.glsl")) return false;
    if (!lineProgram_.Build("line.vert", "line.frag", error)) return false;
    if (!markerProgram_.Build("marker.vert", "marker.frag", error, "id_raster.glsl")) return false;
    if (!paletteProgram_.Build("palette.vert", "palette.frag", error, "colour_table.glsl")) return false;
    glGenVertexArrays(1, &paletteVao_);  // the palette pass has no attributes (gl_VertexID)
    if (!arcProgram_.Build("arc.vert", "arc.frag", error)) return false;

    glGenVertexArrays(1, &fillVao_);
    glGenBuffers(1, &fillPositions_);
    glGenBuffers(1, &fillCountries_);
    glBindVertexArray(fillVao_);
    glBindBuffer(GL_ARRAY_BUFFER, fillPositions_);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    glBindBuffer(GL_ARRAY_BUFFER, fillCountries_);
    glEnableVertexAttribArray(1);
    glVertexAttribIPointer(1, 1, GL_UNSIGNED_SHORT, 0, nullptr);
    glGenBuffers(1, &fillIndices_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, fillIndices_);  // recorded in fillVao_

    // Quads (borders, frame, markers) are two indexed triangles over four corners (shaders'
    // kCorners), so the vertex cache shades four vertices per instance instead of six.
    glGenBuffers(1, &quadIndices_);
    const uint8_t quad[6] = {0, 1, 2, 0, 2, 3};
    for (auto [vao, buffer] : {std::pair{&borderVao_, &borderSegments_}, std::pair{&frameVao_, &frameSegments_}}) {
        glGenVertexArrays(1, vao);
        glGenBuffers(1, buffer);
        glBindVertexArray(*vao);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, quadIndices_);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, sizeof quad, quad, GL_STATIC_DRAW);
        glBindBuffer(GL_ARRAY_BUFFER, *buffer);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, 0, nullptr);
        glVertexAttribDivisor(0, 1);
    }
    // Markers: per instance centre (2 floats), extent (1 float), country (uint16 + padding).
    glGenVertexArrays(1, &markerVao_);
    glGenBuffers(1, &markerInstances_);
    glBindVertexArray(markerVao_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, quadIndices_);
    glBindBuffer(GL_ARRAY_BUFFER, markerInstances_);
    constexpr GLsizei kStride = sizeof(MapMarker);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, kStride, reinterpret_cast<void*>(offsetof(MapMarker, x)));
    glVertexAttribDivisor(0, 1);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 1, GL_FLOAT, GL_FALSE, kStride, reinterpret_cast<void*>(offsetof(MapMarker, extent)));
    glVertexAttribDivisor(1, 1);
    glEnableVertexAttribArray(2);
    glVertexAttribIPointer(2, 1, GL_UNSIGNED_SHORT, kStride, reinterpret_cast<void*>(offsetof(MapMarker, country)));
    glVertexAttribDivisor(2, 1);
    // Arc segments: per instance segment (4 floats), colour (4 bytes), style (4 floats).
    glGenVertexArrays(1, &arcVao_);
    glGenBuffers(1, &arcInstances_);
    glBindVertexArray(arcVao_);
    glBindBuffer(GL_ARRAY_BUFFER, arcInstances_);
    constexpr GLsizei kArcStride = sizeof(ArcSegment);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, kArcStride, reinterpret_cast<void*>(offsetof(ArcSegment, ax)));
    glVertexAttribDivisor(0, 1);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 4, GL_UNSIGNED_BYTE, GL_TRUE, kArcStride, reinterpret_cast<void*>(offsetof(ArcSegment, rgba)));
    glVertexAttribDivisor(1, 1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, kArcStride, reinterpret_cast<void*>(offsetof(ArcSegment, halfWidth)));
    glVertexAttribDivisor(2, 1);
    glBindVertexArray(0);

    glGenTextures(1, &paletteTexture_);
    glBindTexture(GL_TEXTURE_2D, paletteTexture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    return true;
}

void MapRenderer::SetMesh(MapMesh mesh, size_t countryCount) {
    mesh_ = std::move(mesh);
    countryCount_ = countryCount;
    geometryDirty_ = true;
    coloursDirty_ = true;
}

void MapRenderer::SetProjection(ProjectionKind projection) {
    if (projection == projection_) return;
    projection_ = projection;
    geometryDirty_ = true;
    arcsDirty_ = true;
}

void MapRenderer::SetArcs(const std::vector<ArcStroke>& arcs) {
    arcs_ = arcs;
    arcsDirty_ = true;
}

void MapRenderer::UploadArcs() {
    std::vector<ArcSegment> segments;
    for (const ArcStroke& arc : arcs_) {
        float before = 0;
        for (const std::vector<Vec2>& piece : ProjectArc(projection_, arc.pieces)) {
            for (size_t i = 1; i < piece.size(); ++i) {
                ArcSegment s{};
                s.ax = static_cast<float>(piece[i - 1].x);
                s.ay = static_cast<float>(piece[i - 1].y);
                s.bx = static_cast<float>(piece[i].x);
                s.by = static_cast<float>(piece[i].y);
                s.rgba[0] = arc.colour.r;
                s.rgba[1] = arc.colour.g;
                s.rgba[2] = arc.colour.b;
                s.rgba[3] = arc.colour.a;
                s.halfWidth = 0.5f * arc.widthPx;
                s.dashed = arc.dashed ? 1.0f : 0.0f;
                s.lengthBefore = before;
                before += std::hypot(s.bx - s.ax, s.by - s.ay);
                segments.push_back(s);
            }
        }
    }
    glBindBuffer(GL_ARRAY_BUFFER, arcInstances_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(segments.size() * sizeof(ArcSegment)), segments.data(),
                 GL_DYNAMIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    arcSegmentCount_ = segments.size();
    stats_.geometryBytes += segments.size() * sizeof(ArcSegment);
    arcsDirty_ = false;
}

void MapRenderer::SetMarkers(const std::vector<MapMarker>& markers) {
    glBindBuffer(GL_ARRAY_BUFFER, markerInstances_);
    glBufferData(GL_ARRAY_BUFFER, markers.size() * sizeof(MapMarker), markers.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    markerCount_ = markers.size();
    rasterValid_ = false;
    stats_.geometryBytes += markers.size() * sizeof(MapMarker);
}

void MapRenderer::SetCountryColours(const std::vector<Rgba8>& colours) {
    to_ = colours;
    from_ = colours;
    fadeStart_.assign(colours.size(), -1e9f);
    coloursDirty_ = true;
}

void MapRenderer::FadeCountryColours(const std::vector<Rgba8>& colours, double nowSeconds, double fadeSeconds) {
    const std::vector<Rgba8> shown = ColoursAt(nowSeconds);  // fades start from what is on screen now
    fadeSeconds_ = std::max(1e-3, fadeSeconds);
    const size_t n = colours.size();
    to_.resize(n, tableLand_);
    from_.resize(n, tableLand_);
    fadeStart_.resize(n, -1e9f);
    for (size_t i = 0; i < n; ++i) {
        if (colours[i] == to_[i]) continue;
        from_[i] = i < shown.size() ? shown[i] : tableLand_;
        to_[i] = colours[i];
        fadeStart_[i] = static_cast<float>(nowSeconds);
    }
    coloursDirty_ = true;
}

std::vector<Rgba8> MapRenderer::ColoursAt(double nowSeconds) const {
    std::vector<Rgba8> shown(to_.size());
    for (size_t i = 0; i < to_.size(); ++i) {
        const double t = std::clamp((nowSeconds - fadeStart_[i]) / fadeSeconds_, 0.0, 1.0);
        if (t >= 1.0) {
            shown[i] = to_[i];
            continue;
        }
        const double s = t * t * (3 - 2 * t);  // smoothstep
        auto lerp = [s](uint8_t a, uint8_t b) { return static_cast<uint8_t>(std::lround(a + (b - a) * s)); };
        shown[i] = Rgba8{lerp(from_[i].r, to_[i].r), lerp(from_[i].g, to_[i].g), lerp(from_[i].b, to_[i].b),
                         lerp(from_[i].a, to_[i].a)};
    }
    return shown;
}

bool MapRenderer::Fading(double nowSeconds) const {
    for (float start : fadeStart_)
        if (nowSeconds - start < fadeSeconds_) return true;
    return false;
}

void MapRenderer::UploadColourTable(const MapStyle& style, double nowSeconds) {
    // Entry i < countryCount_ is country i at `nowSeconds` (mid-fade colours blended here, a few
    // hundred entries); entry countryCount_ is the ocean (the globe fill).
    const size_t entries = countryCount_ + 1;
    const size_t rows = (entries + kColourTableWidth - 1) / kColourTableWidth;
    const std::vector<Rgba8> shown = ColoursAt(nowSeconds);
    std::vector<Rgba8> table(rows * kColourTableWidth, style.land);
    std::copy_n(shown.begin(), std::min(shown.size(), countryCount_), table.begin());
    table[countryCount_] = style.ocean;
    tableOcean_ = style.ocean;
    tableLand_ = style.land;
    coloursDirty_ = false;
    if (table == uploadedTable_) return;  // e.g. the last frame of a fade already showed it

    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glBindTexture(GL_TEXTURE_2D, paletteTexture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, kColourTableWidth, static_cast<GLsizei>(rows), 0, GL_RGBA,
                 GL_UNSIGNED_BYTE, table.data());
    stats_.colourBytes = table.size() * sizeof(Rgba8);
    stats_.colourUploads++;
    uploadedTable_ = std::move(table);
}

void MapRenderer::UploadGeometry() {
    // Fill: the globe (a triangle fan over the densified world outline, as triangles) first,
    // then every country's triangles; vertices shared by triangles of one country are stored
    // once (indexed fill: about a third of the vertices to project and shade).
    const Ring outline = WorldOutline(1.0);
    const LonLat centre{0.0, 0.0};
    const auto globeId = static_cast<uint16_t>(countryCount_);
    std::vector<LonLat> lonlat;
    std::vector<uint16_t> ids;
    std::vector<uint32_t> indices;
    indices.reserve(outline.size() * 3 + mesh_.fillVertices.size());
    std::unordered_map<FillVertexKey, uint32_t, FillVertexHash> seen;
    seen.reserve(mesh_.fillVertices.size() / 2 + outline.size());
    auto add = [&](const LonLat& p, uint16_t country) {
        auto [it, inserted] = seen.try_emplace(FillVertexKey{p.lon, p.lat, country}, static_cast<uint32_t>(lonlat.size()));
        if (inserted) {
            lonlat.push_back(p);
            ids.push_back(country);
        }
        indices.push_back(it->second);
    };
    for (size_t i = 0; i < outline.size(); ++i) {
        add(centre, globeId);
        add(outline[i], globeId);
        add(outline[(i + 1) % outline.size()], globeId);
    }
    for (size_t i = 0; i < mesh_.fillVertices.size(); ++i) add(mesh_.fillVertices[i], mesh_.fillCountry[i]);
    fillIndexCount_ = indices.size();

    std::vector<float> xy;
    ProjectPositions(projection_, lonlat, xy);

    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, fillPositions_);
    glBufferData(GL_ARRAY_BUFFER, xy.size() * sizeof(float), xy.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, fillCountries_);
    glBufferData(GL_ARRAY_BUFFER, ids.size() * sizeof(uint16_t), ids.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, fillIndices_);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, indices.size() * sizeof(uint32_t), indices.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);
    size_t bytes = xy.size() * sizeof(float) + ids.size() * sizeof(uint16_t) + indices.size() * sizeof(uint32_t);

    // Borders at every level of detail, one buffer (levels sized from the globe's projected width).
    float minX = 0, maxX = 0;
    for (size_t i = 0; i < xy.size(); i += 2) {
        minX = std::min(minX, xy[i]);
        maxX = std::max(maxX, xy[i]);
    }
    BorderLevels borders = BuildBorderLevels(ProjectSegments(projection_, mesh_.borderSegments), maxX - minX);
    glBindBuffer(GL_ARRAY_BUFFER, borderSegments_);
    glBufferData(GL_ARRAY_BUFFER, borders.segments.size() * sizeof(float), borders.segments.data(), GL_STATIC_DRAW);
    bytes += borders.segments.size() * sizeof(float);
    borders.segments = {};
    borderLevels_ = std::move(borders);

    std::vector<LonLat> frameEnds;
    for (size_t i = 0; i < outline.size(); ++i) {
        frameEnds.push_back(outline[i]);
        frameEnds.push_back(outline[(i + 1) % outline.size()]);
    }
    const std::vector<float> frame = ProjectSegments(projection_, frameEnds);
    glBindBuffer(GL_ARRAY_BUFFER, frameSegments_);
    glBufferData(GL_ARRAY_BUFFER, frame.size() * sizeof(float), frame.data(), GL_STATIC_DRAW);
    frameCount_ = outline.size();
    bytes += frame.size() * sizeof(float);

    glBindBuffer(GL_ARRAY_BUFFER, 0);
    stats_.geometryBytes += bytes;
    stats_.geometryUploads++;
    geometryDirty_ = false;
    rasterValid_ = false;
}

MapRenderer::RasterKey MapRenderer::KeyFor(const MapView& view, const MapStyle& style, float pixelScale) const {
    RasterKey key;
    view.NdcTransform(key.transform);
    key.width = static_cast<int>(std::lround(view.ViewportWidth()));
    key.height = static_cast<int>(std::lround(view.ViewportHeight()));
    key.borderHalfWidth = 0.5f * std::max(1.0f, style.borderWidthPx * pixelScale);
    key.frameHalfWidth = 0.5f * std::max(1.0f, style.frameWidthPx * pixelScale);
    key.markerRadius = style.markerRadiusPx * std::max(1.0f, pixelScale);
    key.markerMinExtent = style.markerMinExtentPx * std::max(1.0f, pixelScale);
    key.pixelsPerUnit = static_cast<float>(view.Scale());
    return key;
}

bool MapRenderer::ResizeIdRaster(int width, int height) {
    if (idFbo_ && width == rasterKey_.width && height == rasterKey_.height) return true;
    if (!idFbo_) {
        glGenFramebuffers(1, &idFbo_);
        glGenTextures(1, &idTexture_);
    }
    glBindTexture(GL_TEXTURE_2D, idTexture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, idFbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, idTexture_, 0);
    return glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
}

void MapRenderer::RenderIdRaster(const RasterKey& key) {
    GLint boundFramebuffer = 0, viewport[4] = {0, 0, 0, 0};
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &boundFramebuffer);
    glGetIntegerv(GL_VIEWPORT, viewport);
    const bool ok = ResizeIdRaster(key.width, key.height);
    rasterKey_ = key;
    rasterValid_ = ok;
    if (ok) {
        glBindFramebuffer(GL_FRAMEBUFFER, idFbo_);
        glViewport(0, 0, key.width, key.height);
        glDisable(GL_DEPTH_TEST);
        glDisable(GL_CULL_FACE);
        glDisable(GL_BLEND);
        glDisable(GL_MULTISAMPLE);
        glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
        glClearColor(1.f, 1.f, 0.f, 0.f);  // index 0xFFFF (the background, palette.frag), no coverage
        glClear(GL_COLOR_BUFFER_BIT);

        // Indexed, flat fill: the country index only.
        fillProgram_.Use();
        glUniform4fv(fillProgram_.Uniform("u_transform"), 1, key.transform);
        glBindVertexArray(fillVao_);
        glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(fillIndexCount_), GL_UNSIGNED_INT, nullptr);

        // Border coverage into B, then the globe outline's into A, each MAX-blended so that
        // overlapping segment ends do not darken the joints.
        glEnable(GL_BLEND);
        glBlendEquation(GL_MAX);
        glBlendFunc(GL_ONE, GL_ONE);
        lineProgram_.Use();
        glUniform4fv(lineProgram_.Uniform("u_transform"), 1, key.transform);
        glUniform2f(lineProgram_.Uniform("u_viewport"), static_cast<float>(key.width), static_cast<float>(key.height));
        const int halfWidth = lineProgram_.Uniform("u_halfWidth");
        glColorMask(GL_FALSE, GL_FALSE, GL_TRUE, GL_FALSE);
        glUniform1f(halfWidth, key.borderHalfWidth);
        // The coarsest border level whose simplification stays under half a pixel at this zoom.
        const BorderLevel& level = borderLevels_.levels[PickBorderLevel(borderLevels_, key.pixelsPerUnit)];
        glBindVertexArray(borderVao_);
        glBindBuffer(GL_ARRAY_BUFFER, borderSegments_);
        glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, 0, reinterpret_cast<void*>(level.first * 4 * sizeof(float)));
        DrawQuads(level.count);
        stats_.bordersDrawn = level.count;
        glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
        glUniform1f(halfWidth, key.frameHalfWidth);
        glBindVertexArray(frameVao_);
        DrawQuads(frameCount_);

        // Markers: the disc replaces index and coverage below it; then its anti-aliased rim.
        markerProgram_.Use();
        glUniform4fv(markerProgram_.Uniform("u_transform"), 1, key.transform);
        glUniform2f(markerProgram_.Uniform("u_viewport"), static_cast<float>(key.width), static_cast<float>(key.height));
        glUniform1f(markerProgram_.Uniform("u_radiusPx"), key.markerRadius);
        glUniform1f(markerProgram_.Uniform("u_minExtentPx"), key.markerMinExtent);
        glUniform1f(markerProgram_.Uniform("u_pixelsPerUnit"), key.pixelsPerUnit);
        glBindVertexArray(markerVao_);
        glDisable(GL_BLEND);
        glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
        glUniform1i(markerProgram_.Uniform("u_rim"), 0);
        DrawQuads(markerCount_);
        glEnable(GL_BLEND);
        glColorMask(GL_FALSE, GL_FALSE, GL_TRUE, GL_FALSE);
        glUniform1i(markerProgram_.Uniform("u_rim"), 1);
        DrawQuads(markerCount_);

        glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
        glBlendEquation(GL_FUNC_ADD);
        glDisable(GL_BLEND);
        glBindVertexArray(0);
        stats_.rasterPasses++;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(boundFramebuffer));
    glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
}

int MapRenderer::CountryAtPixel(const MapView& view, double x, double y) const {
    if (!rasterValid_) return kNoRaster;
    float transform[4];
    view.NdcTransform(transform);
    if (std::lround(view.ViewportWidth()) != rasterKey_.width || std::lround(view.ViewportHeight()) != rasterKey_.height ||
        !std::equal(transform, transform + 4, rasterKey_.transform))
        return kNoRaster;
    const int px = static_cast<int>(std::floor(x)), py = rasterKey_.height - 1 - static_cast<int>(std::floor(y));
    if (px < 0 || py < 0 || px >= rasterKey_.width || py >= rasterKey_.height) return kNoCountry;
    GLint bound = 0;
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &bound);
    uint8_t texel[4] = {0, 0, 0, 0};
    glBindFramebuffer(GL_READ_FRAMEBUFFER, idFbo_);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(px, py, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, texel);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(bound));
    const int id = texel[0] | (texel[1] << 8);
    return id < static_cast<int>(countryCount_) ? id : kNoCountry;
}

void MapRenderer::Draw(const MapView& view, const MapStyle& style, float pixelScale, double nowSeconds) {
    if (geometryDirty_) UploadGeometry();
    if (coloursDirty_ || Fading(nowSeconds) || !(style.ocean == tableOcean_) || !(style.land == tableLand_))
        UploadColourTable(style, nowSeconds);
    const RasterKey key = KeyFor(view, style, pixelScale);
    if (!rasterValid_ || !(key == rasterKey_)) RenderIdRaster(key);

    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_BLEND);
    glDisable(GL_MULTISAMPLE);

    // The palette pass: every pixel once, colour from the ID raster and the colour tables.
    paletteProgram_.Use();
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, idTexture_);
    glUniform1i(paletteProgram_.Uniform("u_ids"), 1);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, paletteTexture_);
    glUniform1i(paletteProgram_.Uniform("u_palette"), 0);
    glUniform1f(paletteProgram_.Uniform("u_hatchPx"), 6.0f * std::max(1.0f, pixelScale));
    auto rgb = [](Rgba8 c) { return std::array<float, 3>{c.r / 255.f, c.g / 255.f, c.b / 255.f}; };
    glUniform3fv(paletteProgram_.Uniform("u_background"), 1, rgb(style.background).data());
    glUniform3fv(paletteProgram_.Uniform("u_border"), 1, rgb(style.border).data());
    glUniform3fv(paletteProgram_.Uniform("u_frame"), 1, rgb(style.frame).data());
    glBindVertexArray(paletteVao_);
    glDrawArrays(GL_TRIANGLES, 0, 3);

    float transform[4];
    view.NdcTransform(transform);
    if (arcsDirty_) UploadArcs();
    if (arcSegmentCount_ > 0) {
        const float scale = std::max(1.0f, pixelScale);
        arcProgram_.Use();
        glUniform4fv(arcProgram_.Uniform("u_transform"), 1, transform);
        glUniform2f(arcProgram_.Uniform("u_viewport"), static_cast<float>(view.ViewportWidth()),
                    static_cast<float>(view.ViewportHeight()));
        glUniform1f(arcProgram_.Uniform("u_pixelScale"), scale);
        glUniform1f(arcProgram_.Uniform("u_pixelsPerUnit"), static_cast<float>(view.Scale()));
        glUniform1f(arcProgram_.Uniform("u_dashPx"), 7.0f * scale);
        glUniform1f(arcProgram_.Uniform("u_gapPx"), 5.0f * scale);
        glEnable(GL_BLEND);
        glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
        glBindVertexArray(arcVao_);
        glDrawArraysInstanced(GL_TRIANGLES, 0, 6, static_cast<GLsizei>(arcSegmentCount_));
        glDisable(GL_BLEND);
    }
    glBindVertexArray(0);
}

}  // namespace engagemap
