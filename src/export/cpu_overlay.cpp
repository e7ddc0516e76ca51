#include "export/cpu_overlay.hpp"

#include <vector>

#include "raster/textured_triangles.hpp"

namespace engagemap {

void PrepareCpuOverlay(ImGuiIO& io) {
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
}

void RasteriseDrawData(const ImDrawData& data, RgbaImage& image) {
    unsigned char* atlas = nullptr;
    int atlasW = 0, atlasH = 0;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&atlas, &atlasW, &atlasH);
    const raster::AlphaTexture texture{atlas, atlasW, atlasH};
    std::vector<raster::TexturedVertex> vertices;
    std::vector<uint32_t> indices;
    const float fbHeight = data.DisplaySize.y;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImDrawList& list = *data.CmdLists[l];
        vertices.resize(static_cast<size_t>(list.VtxBuffer.Size));
        for (int i = 0; i < list.VtxBuffer.Size; ++i) {
            const ImDrawVert& v = list.VtxBuffer[i];
            raster::TexturedVertex& t = vertices[static_cast<size_t>(i)];
            t.x = v.pos.x - data.DisplayPos.x;
            t.y = v.pos.y - data.DisplayPos.y;
            t.u = v.uv.x;
            t.v = v.uv.y;
            for (int k = 0; k < 4; ++k) t.rgba[k] = static_cast<uint8_t>(v.col >> (8 * k));  // IM_COL32: R in the low byte
        }
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback) continue;  // the overlay installs none
            // glScissor's integer rectangle, as imgui_impl_opengl3 sets it (rows counted from the bottom).
            const ImVec2 lo(cmd.ClipRect.x - data.DisplayPos.x, cmd.ClipRect.y - data.DisplayPos.y);
            const ImVec2 hi(cmd.ClipRect.z - data.DisplayPos.x, cmd.ClipRect.w - data.DisplayPos.y);
            if (hi.x <= lo.x || hi.y <= lo.y) continue;
            raster::ClipRect clip;
            clip.x0 = static_cast<int>(lo.x);
            clip.x1 = clip.x0 + static_cast<int>(hi.x - lo.x);
            const int fromBottom = static_cast<int>(fbHeight - hi.y);
            clip.y1 = static_cast<int>(fbHeight) - fromBottom;
            clip.y0 = clip.y1 - static_cast<int>(hi.y - lo.y);
            indices.resize(cmd.ElemCount);
            for (unsigned i = 0; i < cmd.ElemCount; ++i) indices[i] = cmd.VtxOffset + list.IdxBuffer[static_cast<int>(cmd.IdxOffset + i)];
            raster::DrawTexturedTriangles(image, vertices.data(), indices.data(), cmd.ElemCount, texture, clip);
        }
    }
}

}  // namespace engagemap
