#include "render/map_renderer.hpp"

#include <glad/gl.h>

#include <algorithm>

namespace engagemap {
namespace {

constexpr int kColourTableWidth = 256;  // entries per texture row (matches fill.frag)

// Segments as vec4 (a.xy, b.xy) in projected units.
std::vector<float> ProjectSegments(ProjectionKind kind, const std::vector<LonLat>& ends) {
    std::vector<float> xy;
    ProjectPositions(kind, ends, xy);
    return xy;  // consecutive pairs of points are exactly the vec4 layout
}

void SetColourUniform(int location, Rgba8 c) {
    glUniform4f(location, c.r / 255.f, c.g / 255.f, c.b / 255.f, c.a / 255.f);
}

}  // namespace

MapRenderer::~MapRenderer() {
    GLuint buffers[] = {fillPositions_, fillCountries_, borderSegments_, frameSegments_};
    glDeleteBuffers(4, buffers);
    GLuint vaos[] = {fillVao_, borderVao_, frameVao_};
    glDeleteVertexArrays(3, vaos);
    if (colourTexture_) glDeleteTextures(1, &colourTexture_);
}

bool MapRenderer::Init(std::string* error) {
    if (!fillProgram_.Build("fill.vert", "fill.frag", error)) return false;
    if (!lineProgram_.Build("line.vert", "line.frag", error)) return false;

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
    glBindVertexArray(0);

    glGenTextures(1, &colourTexture_);
    glBindTexture(GL_TEXTURE_2D, colourTexture_);
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
}

void MapRenderer::SetCountryColours(const std::vector<Rgba8>& colours) {
    countryColours_ = colours;
    coloursDirty_ = true;
}

void MapRenderer::UploadColourTable(const MapStyle& style) {
    // Entry i < countryCount_ is country i; entry countryCount_ is the ocean (the globe fill).
    const size_t entries = countryCount_ + 1;
    const size_t rows = (entries + kColourTableWidth - 1) / kColourTableWidth;
    std::vector<Rgba8> table(rows * kColourTableWidth, style.land);
    std::copy_n(countryColours_.begin(), std::min(countryColours_.size(), countryCount_), table.begin());
    table[countryCount_] = style.ocean;
    glBindTexture(GL_TEXTURE_2D, colourTexture_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, kColourTableWidth, static_cast<GLsizei>(rows), 0, GL_RGBA,
                 GL_UNSIGNED_BYTE, table.data());
    stats_.colourBytes = table.size() * sizeof(Rgba8);
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

void MapRenderer::Draw(const MapView& view, const MapStyle& style, float pixelScale) {
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

    fillProgram_.Use();
    glUniform4fv(fillProgram_.Uniform("u_transform"), 1, transform);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, colourTexture_);
    glUniform1i(fillProgram_.Uniform("u_colours"), 0);
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
    glBindVertexArray(0);
}

}  // namespace engagemap
