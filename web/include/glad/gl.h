// The browser build's stand-in for glad's OpenGL 3.3 core loader: WebGL 2 is OpenGL ES 3.0, whose
// functions emscripten provides directly. The renderer (src/render) is compiled unchanged against
// this header; the few desktop-only names it uses are mapped to their ES 3.0 equivalents here.
#pragma once

#include <GLES3/gl3.h>

// Multisampling of the default framebuffer is a context attribute in WebGL, not a capability:
// glEnable(GL_MULTISAMPLE) is dropped (WebGL would log INVALID_ENUM).
#ifndef GL_MULTISAMPLE
#define GL_MULTISAMPLE 0x809D
#endif
#define glEnable(cap) ((cap) == GL_MULTISAMPLE ? (void)0 : glEnable(cap))
#define glDisable(cap) ((cap) == GL_MULTISAMPLE ? (void)0 : glDisable(cap))

// glFramebufferTexture (GL 3.2) is not in ES 3.0; a 2D texture's level is the same attachment.
#define glFramebufferTexture(target, attachment, texture, level) \
    glFramebufferTexture2D(target, attachment, GL_TEXTURE_2D, texture, level)
