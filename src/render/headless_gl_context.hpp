// HeadlessGlContext: an OpenGL 3.3 core context with no window and no X server, through EGL's
// Mesa surfaceless platform (works on llvmpipe and on GPU drivers). Rendering goes into a
// framebuffer object (see OffscreenTarget). Used by `--export`, golden tests and the bench.
#pragma once

#include <memory>
#include <string>

namespace engagemap {

class HeadlessGlContext {
public:
    // Creates the context, makes it current on this thread and loads GL functions with glad.
    // Returns nullptr and sets `error` when EGL or GL 3.3 core is unavailable.
    static std::unique_ptr<HeadlessGlContext> Create(std::string* error);
    ~HeadlessGlContext();

    HeadlessGlContext(const HeadlessGlContext&) = delete;
    HeadlessGlContext& operator=(const HeadlessGlContext&) = delete;

    // "Mesa llvmpipe (LLVM 15...)"-style renderer string, and "4.5 (Core Profile) Mesa ..." version.
    std::string Renderer() const;
    std::string Version() const;

private:
    HeadlessGlContext() = default;
    void* display_ = nullptr;  // EGLDisplay
    void* context_ = nullptr;  // EGLContext
};

}  // namespace engagemap
