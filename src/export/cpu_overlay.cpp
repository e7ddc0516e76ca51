#include "export/cpu_overlay.hpp"

#include <algorithm>
#include <vector>

#include "raster/parallel_rows.hpp"
#include "raster/textured_triangles.hpp"

namespace engagemap {

void PrepareCpuOverlay(ImGuiIO& io) { io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset; }

void CpuOverlay::Capture(const ImDrawData& data) {
    unsigned char* atlas = nullptr;
    int atlasW = 0, atlasH = 0;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&atlas, &atlasW, &atlasH);
    texture_ = raster::AlphaTexture{atlas, atlasW, atlasH};
    // One batch per draw command: the list's vertices (shared by its commands), the command's
    // indices and clip rectangle.
    vertices_.assign(static_cast<size_t>(std::max(0, data.CmdListsCount)), {});
    batches_.clear();
    const float fbHeight = data.DisplaySize.y;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImDrawList& list = *data.CmdLists[l];
        std::vector<raster::TexturedVertex>& listVertices = vertices_[static_cast<size_t>(l)];
        listVertices.resize(static_cast<size_t>(list.VtxBuffer.Size));
        for (int i = 0; i < list.VtxBuffer.Size; ++i) {
            const ImDrawVert& v = list.VtxBuffer[i];
            raster::TexturedVertex& t = listVertices[static_cast<size_t>(i)];
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
            Batch batch;
            batch.list = static_cast<size_t>(l);
            batch.clip.x0 = static_cast<int>(lo.x);
            batch.clip.x1 = batch.clip.x0 + static_cast<int>(hi.x - lo.x);
            const int fromBottom = static_cast<int>(fbHeight - hi.y);
            batch.clip.y1 = static_cast<int>(fbHeight) - fromBottom;
            batch.clip.y0 = batch.clip.y1 - static_cast<int>(hi.y - lo.y);
            batch.indices.resize(cmd.ElemCount);
            for (unsigned i = 0; i < cmd.ElemCount; ++i)
                batch.indices[i] = cmd.VtxOffset + list.IdxBuffer[static_cast<int>(cmd.IdxOffset + i)];
            batches_.push_back(std::move(batch));
        }
    }
}

void CpuOverlay::Draw(const raster::RgbaRows& image, raster::RowStripes stripes) const {
    for (const Batch& batch : batches_)
        raster::DrawTexturedTriangles(image, vertices_[batch.list].data(), batch.indices.data(),
                                      static_cast<uint32_t>(batch.indices.size()), texture_, batch.clip,
                                      raster::TrianglePaths::Fastest, stripes);
}

void RasteriseDrawData(const ImDrawData& data, RgbaImage& image) {
    CpuOverlay overlay;
    overlay.Capture(data);
    if (overlay.Empty()) return;
    // Interleaved stripes of rows balance the work (the title at the top, the legend at the bottom).
    const int parts = image.height >= 256 ? raster::RasterThreads() : 1;
    const raster::RgbaRows rows = raster::RgbaRows::Of(image);
    raster::RunParts(parts, [&](int part, int count) { overlay.Draw(rows, raster::RowStripes{count, part}); });
}

}  // namespace engagemap
