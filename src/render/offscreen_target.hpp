// OffscreenTarget: the framebuffer the map is drawn into, a plain texture (or, when asked for
// more than one sample, a multisampled framebuffer resolved into that texture). The app shows that texture in its ImGui map widget; the headless export reads it
// back. One path for both, so on-screen and exported pictures cannot drift apart.
#pragma once

#include <cstdint>
#include <vector>

#include "core/io/png_image.hpp"

namespace engagemap {

class OffscreenTarget {
public:
    OffscreenTarget() = default;
    ~OffscreenTarget();
    OffscreenTarget(const OffscreenTarget&) = delete;
    OffscreenTarget& operator=(const OffscreenTarget&) = delete;

    // (Re)allocates for a size in pixels and an MSAA sample count (clamped to GL_MAX_SAMPLES;
    // 1: no multisampling, drawing goes straight into the texture). Cheap when nothing changed.
    // Returns false if the framebuffer is incomplete.
    bool Resize(int widthPx, int heightPx, int samples = 1);

    // Binds the framebuffer to draw into and sets the viewport; draw after this.
    void BeginDraw();
    // Resolves a multisampled image into the texture (and leaves framebuffer 0 bound).
    void EndDraw();

    // Reads the resolved image back (top row first). Call after EndDraw.
    RgbaImage ReadPixels() const;

    unsigned Texture() const { return resolveTexture_; }  // GL texture name of the resolved image
    int Width() const { return width_; }
    int Height() const { return height_; }
    int Samples() const { return samples_; }

private:
    void Release();
    int width_ = 0, height_ = 0, samples_ = 0;
    unsigned msaaFbo_ = 0, msaaColour_ = 0;
    unsigned resolveFbo_ = 0, resolveTexture_ = 0;
};

}  // namespace engagemap
