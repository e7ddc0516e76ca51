#include "render/offscreen_target.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <cstring>

namespace engagemap {

OffscreenTarget::~OffscreenTarget() { Release(); }

void OffscreenTarget::Release() {
    if (msaaFbo_) glDeleteFramebuffers(1, &msaaFbo_);
    if (msaaColour_) glDeleteRenderbuffers(1, &msaaColour_);
    if (resolveFbo_) glDeleteFramebuffers(1, &resolveFbo_);
    if (resolveTexture_) glDeleteTextures(1, &resolveTexture_);
    msaaFbo_ = msaaColour_ = resolveFbo_ = resolveTexture_ = 0;
    width_ = height_ = samples_ = 0;
}

bool OffscreenTarget::Resize(int widthPx, int heightPx, int samples) {
    widthPx = std::max(1, widthPx);
    heightPx = std::max(1, heightPx);
    GLint maxSamples = 1;
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    samples = std::clamp(samples, 1, std::max(1, static_cast<int>(maxSamples)));
    if (widthPx == width_ && heightPx == height_ && samples == samples_ && resolveFbo_) return true;
    Release();
    width_ = widthPx;
    height_ = heightPx;
    samples_ = samples;

    bool msaaOk = true;
    if (samples_ > 1) {
        glGenRenderbuffers(1, &msaaColour_);
        glBindRenderbuffer(GL_RENDERBUFFER, msaaColour_);
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_RGBA8, width_, height_);
        glGenFramebuffers(1, &msaaFbo_);
        glBindFramebuffer(GL_FRAMEBUFFER, msaaFbo_);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, msaaColour_);
        msaaOk = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    }

    glGenTextures(1, &resolveTexture_);
    glBindTexture(GL_TEXTURE_2D, resolveTexture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width_, height_, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glGenFramebuffers(1, &resolveFbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, resolveFbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, resolveTexture_, 0);
    const bool resolveOk = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return msaaOk && resolveOk;
}

void OffscreenTarget::BeginDraw() {
    glBindFramebuffer(GL_FRAMEBUFFER, msaaFbo_ ? msaaFbo_ : resolveFbo_);
    glViewport(0, 0, width_, height_);
}

void OffscreenTarget::EndDraw() {
    if (!msaaFbo_) {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        return;
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, msaaFbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo_);
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

RgbaImage OffscreenTarget::ReadPixels() const {
    RgbaImage image;
    image.width = width_;
    image.height = height_;
    image.pixels.resize(static_cast<size_t>(width_) * height_ * 4);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolveFbo_);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, image.pixels.data());
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    // GL's first row is the bottom one; images are top row first.
    const size_t row = static_cast<size_t>(width_) * 4;
    std::vector<uint8_t> tmp(row);
    for (int y = 0; y < height_ / 2; ++y) {
        uint8_t* a = image.pixels.data() + row * y;
        uint8_t* b = image.pixels.data() + row * (height_ - 1 - y);
        std::memcpy(tmp.data(), a, row);
        std::memcpy(a, b, row);
        std::memcpy(b, tmp.data(), row);
    }
    return image;
}

}  // namespace engagemap
