#include "render/headless_gl_context.hpp"

#include <glad/gl.h>

#include <EGL/egl.h>
#include <EGL/eglext.h>

#include <cstring>

namespace engagemap {
namespace {

std::string EglErrorString(EGLint code) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%04X", static_cast<unsigned>(code));
    return buf;
}

bool HasExtension(const char* list, const char* name) {
    if (!list) return false;
    const size_t n = std::strlen(name);
    for (const char* p = list; (p = std::strstr(p, name)); p += n)
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) return true;
    return false;
}

GLADapiproc LoadProc(const char* name) {
    return reinterpret_cast<GLADapiproc>(eglGetProcAddress(name));
}

}  // namespace

std::unique_ptr<HeadlessGlContext> HeadlessGlContext::Create(std::string* error) {
    auto fail = [&](const std::string& msg) -> std::unique_ptr<HeadlessGlContext> {
        if (error) *error = msg;
        return nullptr;
    };
    const char* clientExts = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
    if (!HasExtension(clientExts, "EGL_MESA_platform_surfaceless"))
        return fail("EGL has no EGL_MESA_platform_surfaceless (install libegl-mesa0 and libgl1-mesa-dri)");
    auto getPlatformDisplay = reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(
        eglGetProcAddress("eglGetPlatformDisplayEXT"));
    if (!getPlatformDisplay) return fail("EGL has no eglGetPlatformDisplayEXT");
    EGLDisplay display = getPlatformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    EGLint major = 0, minor = 0;
    if (display == EGL_NO_DISPLAY || !eglInitialize(display, &major, &minor))
        return fail("cannot initialise the EGL surfaceless display (EGL error " + EglErrorString(eglGetError()) + ")");

    std::unique_ptr<HeadlessGlContext> ctx(new HeadlessGlContext());
    ctx->display_ = display;
    if (!eglBindAPI(EGL_OPENGL_API)) return fail("EGL cannot bind the desktop OpenGL API");

    const EGLint configAttribs[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT,
                                    EGL_RED_SIZE, 8, EGL_GREEN_SIZE, 8, EGL_BLUE_SIZE, 8, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint count = 0;
    if (!eglChooseConfig(display, configAttribs, &config, 1, &count) || count == 0) {
        // Surfaceless configs may advertise no surface type at all; we render into FBOs anyway.
        const EGLint anyAttribs[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
        if (!eglChooseConfig(display, anyAttribs, &config, 1, &count) || count == 0)
            return fail("no EGL config supports desktop OpenGL");
    }
    const EGLint contextAttribs[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                     EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                     EGL_NONE};
    EGLContext context = eglCreateContext(display, config, EGL_NO_CONTEXT, contextAttribs);
    if (context == EGL_NO_CONTEXT)
        return fail("cannot create an OpenGL 3.3 core context (EGL error " + EglErrorString(eglGetError()) + ")");
    ctx->context_ = context;
    if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context))
        return fail("cannot make the EGL context current (EGL error " + EglErrorString(eglGetError()) + ")");
    if (!gladLoadGL(LoadProc)) return fail("cannot load OpenGL functions through glad");
    return ctx;
}

HeadlessGlContext::~HeadlessGlContext() {
    if (display_) {
        eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        if (context_) eglDestroyContext(display_, context_);
        eglTerminate(display_);
    }
}

std::string HeadlessGlContext::Renderer() const {
    const GLubyte* s = glGetString(GL_RENDERER);
    return s ? reinterpret_cast<const char*>(s) : "";
}

std::string HeadlessGlContext::Version() const {
    const GLubyte* s = glGetString(GL_VERSION);
    return s ? reinterpret_cast<const char*>(s) : "";
}

}  // namespace engagemap
