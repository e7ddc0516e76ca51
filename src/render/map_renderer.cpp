#include "render/map_renderer.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <cstddef>
#include <cmath>
#include <utility>

#include "core/geo/great_circle.hpp"

namespace engagemap {
namespace {

constexpr int kColourTableWidth = 256;  // entries per texture row (matches colour_table.glsl)


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

void SetColourUniform(int location, Rgba8 c) {
    glUniform4f(location, c.r / 255.f, c.g / 255.f, c.b / 255.f, c.a / 255.f);
}

}  // namespace

MapRenderer::~MapRenderer() {
    if (!fillVao_) return;  // never initialised: no GL objects (and maybe no GL context)
    GLuint buffers[] = {fillPositions_, fillCountries_, borderSegments_, frameSegments_, markerInstances_, arcInstances_};
    glDeleteBuffers(6, buffers);
    GLuint vaos[] = {fillVao_, borderVao_, frameVao_, markerVao_, arcVao_};
    glDeleteVertexArrays(5, vaos);
    GLuint textures[] = {toTexture_, fromTexture_, fadeStartTexture_};
    glDeleteTextures(3, textures);
}

bool MapRenderer::Init(std::string* error) {
    if (!fillProgram_.Build("fill.vert", "fill.frag", error, "colour_table.glsl")) return false;
    if (!lineProgram_.Build("line.vert", "line.frag", error)) return false;
    if (!markerProgram_.Build("marker.vert", "marker.frag", error, "colour_table.glsl")) return false;
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

    for (auto [vao, buffer] : {std::pair{&borderVao_, &borderSegments_}, std::pair{&frameVao_, &frameSegments_}}) {
        glGenVertexArrays(1, vao);
        glGenBuffers(1, buffer);
        glBindVertexArray(*vao);
        glBindBuffer(GL_ARRAY_BUFFER, *buffer);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, 0, nullptr);
        glVertexAttribDivisor(0, 1);
    }
    // Markers: per instance centre (2 floats), extent (1 float), country (uint16 + padding).
    glGenVertexArrays(1, &markerVao_);
    glGenBuffers(1, &markerInstances_);
    glBindVertexArray(markerVao_);
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

    for (unsigned* texture : {&toTexture_, &fromTexture_, &fadeStartTexture_}) {
        glGenTextures(1, texture);
        glBindTexture(GL_TEXTURE_2D, *texture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    }
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
    stats_.geometryBytes += markers.size() * sizeof(MapMarker);
}

void MapRenderer::SetCountryColours(const std::vector<Rgba8>& colours) {
    to_ = colours;
    from_ = colours;
    fadeStart_.assign(colours.size(), -1e9f);
    coloursDirty_ = true;
}

void MapRenderer::FadeCountryColours(const std::vector<Rgba8>& colours, double nowSeconds, double fadeSeconds) {
    fadeSeconds_ = std::max(1e-3, fadeSeconds);
    const size_t n = colours.size();
    to_.resize(n, tableLand_);
    from_.resize(n, tableLand_);
    fadeStart_.resize(n, -1e9f);
    for (size_t i = 0; i < n; ++i) {
        if (colours[i] == to_[i]) continue;
        // Start from what is on screen now (possibly mid-fade), computed as the shader does.
        const double t = std::clamp((nowSeconds - fadeStart_[i]) / fadeSeconds_, 0.0, 1.0);
        const double s = t * t * (3 - 2 * t);
        auto lerp = [s](uint8_t a, uint8_t b) { return static_cast<uint8_t>(std::lround(a + (b - a) * s)); };
        from_[i] = Rgba8{lerp(from_[i].r, to_[i].r), lerp(from_[i].g, to_[i].g), lerp(from_[i].b, to_[i].b),
                         lerp(from_[i].a, to_[i].a)};
        to_[i] = colours[i];
        fadeStart_[i] = static_cast<float>(nowSeconds);
    }
    coloursDirty_ = true;
}

bool MapRenderer::Fading(double nowSeconds) const {
    for (float start : fadeStart_)
        if (nowSeconds - start < fadeSeconds_) return true;
    return false;
}

void MapRenderer::UploadColourTable(const MapStyle& style) {
    // Entry i < countryCount_ is country i; entry countryCount_ is the ocean (the globe fill).
    const size_t entries = countryCount_ + 1;
    const size_t rows = (entries + kColourTableWidth - 1) / kColourTableWidth;
    const size_t n = std::min(to_.size(), countryCount_);
    std::vector<Rgba8> to(rows * kColourTableWidth, style.land);
    std::vector<Rgba8> from(rows * kColourTableWidth, style.land);
    std::vector<float> start(rows * kColourTableWidth, -1e9f);
    std::copy_n(to_.begin(), n, to.begin());
    std::copy_n(from_.begin(), n, from.begin());
    std::copy_n(fadeStart_.begin(), n, start.begin());
    to[countryCount_] = from[countryCount_] = style.ocean;

    const auto h = static_cast<GLsizei>(rows);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glBindTexture(GL_TEXTURE_2D, toTexture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, kColourTableWidth, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, to.data());
    glBindTexture(GL_TEXTURE_2D, fromTexture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, kColourTableWidth, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, from.data());
    glBindTexture(GL_TEXTURE_2D, fadeStartTexture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R32F, kColourTableWidth, h, 0, GL_RED, GL_FLOAT, start.data());
    stats_.colourBytes = (to.size() + from.size()) * sizeof(Rgba8) + start.size() * sizeof(float);
    stats_.colourUploads++;
    tableOcean_ = style.ocean;
    tableLand_ = style.land;
    coloursDirty_ = false;
}

void MapRenderer::UploadGeometry() {
    // Fill: the globe (a triangle fan over the densified world outline, as triangles) first,
    // then every country's triangles.
    const Ring outline = WorldOutline(1.0);
    std::vector<LonLat> lonlat;
    std::vector<uint16_t> ids;
    lonlat.reserve(outline.size() * 3 + mesh_.fillVertices.size());
    const LonLat centre{0.0, 0.0};
    for (size_t i = 0; i < outline.size(); ++i) {
        lonlat.push_back(centre);
        lonlat.push_back(outline[i]);
        lonlat.push_back(outline[(i + 1) % outline.size()]);
    }
    globeFirstVertex_ = 0;
    globeVertexCount_ = lonlat.size();
    ids.assign(globeVertexCount_, static_cast<uint16_t>(countryCount_));
    lonlat.insert(lonlat.end(), mesh_.fillVertices.begin(), mesh_.fillVertices.end());
    ids.insert(ids.end(), mesh_.fillCountry.begin(), mesh_.fillCountry.end());
    fillVertexCount_ = lonlat.size();

    std::vector<float> xy;
    ProjectPositions(projection_, lonlat, xy);


    glBindBuffer(GL_ARRAY_BUFFER, fillPositions_);
    glBufferData(GL_ARRAY_BUFFER, xy.size() * sizeof(float), xy.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, fillCountries_);
    glBufferData(GL_ARRAY_BUFFER, ids.size() * sizeof(uint16_t), ids.data(), GL_STATIC_DRAW);
    size_t bytes = xy.size() * sizeof(float) + ids.size() * sizeof(uint16_t);

    const std::vector<float> borders = ProjectSegments(projection_, mesh_.borderSegments);
    glBindBuffer(GL_ARRAY_BUFFER, borderSegments_);
    glBufferData(GL_ARRAY_BUFFER, borders.size() * sizeof(float), borders.data(), GL_STATIC_DRAW);
    borderCount_ = mesh_.SegmentCount();
    bytes += borders.size() * sizeof(float);

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
}

void MapRenderer::Draw(const MapView& view, const MapStyle& style, float pixelScale, double nowSeconds) {
    if (geometryDirty_) UploadGeometry();
    if (coloursDirty_ || !(style.ocean == tableOcean_) || !(style.land == tableLand_)) UploadColourTable(style);

    float transform[4];
    view.NdcTransform(transform);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_BLEND);
    glEnable(GL_MULTISAMPLE);
    glClearColor(style.background.r / 255.f, style.background.g / 255.f, style.background.b / 255.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);

    // Uniforms of colour_table.glsl, shared by the fill and marker programs.
    const std::pair<const char*, unsigned> tables[] = {
        {"u_to", toTexture_}, {"u_from", fromTexture_}, {"u_fadeStart", fadeStartTexture_}};
    for (int unit = 0; unit < 3; ++unit) {
        glActiveTexture(GL_TEXTURE0 + unit);
        glBindTexture(GL_TEXTURE_2D, tables[unit].second);
    }
    glActiveTexture(GL_TEXTURE0);
    auto useColourTable = [&](const ShaderProgram& program) {
        program.Use();
        for (int unit = 0; unit < 3; ++unit) glUniform1i(program.Uniform(tables[unit].first), unit);
        glUniform1f(program.Uniform("u_time"), static_cast<float>(nowSeconds));
        glUniform1f(program.Uniform("u_fadeSeconds"), static_cast<float>(fadeSeconds_));
        glUniform1f(program.Uniform("u_hatchPx"), 6.0f * std::max(1.0f, pixelScale));
        glUniform4fv(program.Uniform("u_transform"), 1, transform);
    };
    useColourTable(fillProgram_);
    glBindVertexArray(fillVao_);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(fillVertexCount_));

    lineProgram_.Use();
    glUniform4fv(lineProgram_.Uniform("u_transform"), 1, transform);
    glUniform2f(lineProgram_.Uniform("u_viewport"), static_cast<float>(view.ViewportWidth()),
                static_cast<float>(view.ViewportHeight()));
    const int halfWidth = lineProgram_.Uniform("u_halfWidth");
    const int colour = lineProgram_.Uniform("u_colour");
    glUniform1f(halfWidth, 0.5f * std::max(1.0f, style.borderWidthPx * pixelScale));
    SetColourUniform(colour, style.border);
    glBindVertexArray(borderVao_);
    glDrawArraysInstanced(GL_TRIANGLES, 0, 6, static_cast<GLsizei>(borderCount_));

    glUniform1f(halfWidth, 0.5f * std::max(1.0f, style.frameWidthPx * pixelScale));
    SetColourUniform(colour, style.frame);
    glBindVertexArray(frameVao_);
    glDrawArraysInstanced(GL_TRIANGLES, 0, 6, static_cast<GLsizei>(frameCount_));

    useColourTable(markerProgram_);
    glUniform2f(markerProgram_.Uniform("u_viewport"), static_cast<float>(view.ViewportWidth()),
                static_cast<float>(view.ViewportHeight()));
    glUniform1f(markerProgram_.Uniform("u_radiusPx"), style.markerRadiusPx * std::max(1.0f, pixelScale));
    glUniform1f(markerProgram_.Uniform("u_minExtentPx"), style.markerMinExtentPx * std::max(1.0f, pixelScale));
    glUniform1f(markerProgram_.Uniform("u_pixelsPerUnit"), static_cast<float>(view.Scale()));
    SetColourUniform(markerProgram_.Uniform("u_ring"), style.border);
    glBindVertexArray(markerVao_);
    glDrawArraysInstanced(GL_TRIANGLES, 0, 6, static_cast<GLsizei>(markerCount_));

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
