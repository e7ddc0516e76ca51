#include "render/shader_program.hpp"

#include <glad/gl.h>

#include "render/shader_sources.hpp"

namespace engagemap {
namespace {

GLuint Compile(GLenum type, const char* name, std::string* error) {
    const char* source = FindShaderSource(name);
    if (!source) {
        if (error) *error = std::string("no embedded shader named ") + name;
        return 0;
    }
    GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
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

bool ShaderProgram::Build(const char* vertexName, const char* fragmentName, std::string* error) {
    GLuint vs = Compile(GL_VERTEX_SHADER, vertexName, error);
    if (!vs) return false;
    GLuint fs = Compile(GL_FRAGMENT_SHADER, fragmentName, error);
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
