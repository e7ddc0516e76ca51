#include "app/lean/full_program.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <unistd.h>

namespace engagemap {
namespace {

std::string DirectoryOfExecutable() {
    char buf[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return {};
    std::string path(buf, static_cast<size_t>(n));
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

bool Executable(const std::string& path) { return !path.empty() && ::access(path.c_str(), X_OK) == 0; }

// This process's arguments as the kernel has them (argv[0] included).
std::vector<std::string> OwnArguments() {
    std::ifstream in("/proc/self/cmdline", std::ios::binary);
    const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> args;
    size_t start = 0;
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i] == '\0') {
            args.push_back(all.substr(start, i - start));
            start = i + 1;
        }
    return args;
}

}  // namespace

std::string FullProgramPath() {
    if (const char* env = std::getenv("ENGAGEMAP_FULL_PROGRAM"); env && *env) return env;
    const std::string dir = DirectoryOfExecutable();
    if (dir.empty()) return {};
    for (const std::string& candidate : {dir + "/engagemap-full", dir + "/" + ENGAGEMAP_FULL_PROGRAM_RELPATH})
        if (Executable(candidate)) return candidate;
    return {};
}

void RunFullProgram(const char* why) {
    if (const char* trace = std::getenv("ENGAGEMAP_LEAN_TRACE"); trace && *trace == '1')
        std::fprintf(stderr, "engagemap: handing over to the full program: %s\n", why);
    std::fflush(nullptr);
    const std::string program = FullProgramPath();
    std::vector<std::string> args = OwnArguments();
    if (program.empty() || args.empty()) {
        std::fprintf(stderr, "engagemap: %s needs engagemap-full, which was not found next to this program\n", why);
        std::_Exit(70);
    }
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(program.c_str(), argv.data());
    std::fprintf(stderr, "engagemap: %s needs %s, which cannot be run: %s\n", why, program.c_str(), std::strerror(errno));
    std::_Exit(70);
}

}  // namespace engagemap
