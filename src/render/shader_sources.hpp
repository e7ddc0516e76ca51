// Shader sources compiled into the binary from shaders/ (see cmake/EmbedShaders.cmake).
#pragma once

namespace engagemap {

// Text of shaders/<name> (e.g. "fill.vert"), or nullptr if there is no such file.
const char* FindShaderSource(const char* name);

}  // namespace engagemap
