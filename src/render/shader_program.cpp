#include "render/shader_program.hpp"

#include <glad/gl.h>

#include "render/shader_sources.hpp"

namespace engagemap {
namespace {

// Compiles `prelude` (may be null) followed by `name` as one shader.
GLuint Compile(GLenum type, const char* prelude, const char* name, std::string* error) {
    const char* sources[2] = {prelude ? FindShaderSource(prelude) : nullptr, FindShaderSource(name)};
    if (!sources[1] || (prelude && !sources[0])) {
        if (error) *error = std::string("no embedded shader named ") + (sources[1] ? prelude : name);
        return 0;
    }
    GLuint shader = glCreateShader(type);
    if (prelude) glShaderSource(shader, 2, sources, nullptr);
    else glShaderSource(shader, 1, &sources[1], nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[4096] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        if (error) *error = std::string(name) + ": " + log;
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

}  // namespace

ShaderProgram::~ShaderProgram() {
    if (program_) glDeleteProgram(program_);
}

bool ShaderProgram::Build(const char* vertexName, const char* fragmentName, std::string* error,
                          const char* fragmentPrelude) {
    GLuint vs = Compile(GL_VERTEX_SHADER, nullptr, vertexName, error);
    if (!vs) return false;
    GLuint fs = Compile(GL_FRAGMENT_SHADER, fragmentPrelude, fragmentName, error);
    if (!fs) {
        glDeleteShader(vs);
        return false;
    }
    program_ = glCreateProgram();
    glAttachShader(program_, vs);
    glAttachShader(program_, fs);
    glLinkProgram(program_);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(program_, GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[4096] = {};
        glGetProgramInfoLog(program_, sizeof log, nullptr, log);
        if (error) *error = std::string("link ") + vertexName + "+" + fragmentName + ": " + log;
        glDeleteProgram(program_);
        program_ = 0;
        return false;
    }
    return true;
}

void ShaderProgram::Use() const { glUseProgram(program_); }

int ShaderProgram::Uniform(const char* name) const { return glGetUniformLocation(program_, name); }

}  // namespace engagemap
