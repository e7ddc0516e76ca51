// ShaderProgram: a linked GLSL program built from two embedded shader files.
#pragma once

#include <string>

namespace engagemap {

class ShaderProgram {
public:
    ShaderProgram() = default;
    ~ShaderProgram();
    ShaderProgram(const ShaderProgram&) = delete;
    ShaderProgram& operator=(const ShaderProgram&) = delete;

    // Compiles shaders/<vertexName> and shaders/<fragmentName>; `fragmentPrelude` (e.g.
    // "colour_table.glsl", holding the #version line and shared functions) is prepended to the
    // fragment shader. On failure returns false and sets `error` to the compiler/linker log.
    bool Build(const char* vertexName, const char* fragmentName, std::string* error,
               const char* fragmentPrelude = nullptr);

    void Use() const;
    int Uniform(const char* name) const;  // uniform location, -1 if unused
    unsigned Id() const { return program_; }

private:
    unsigned program_ = 0;
};

}  // namespace engagemap
