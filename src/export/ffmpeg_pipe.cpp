#include "export/ffmpeg_pipe.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace engagemap {

FfmpegPipe::~FfmpegPipe() { Kill(); }

bool FfmpegPipe::Start(const std::vector<std::string>& args, std::string* error) {
    char logName[] = "/tmp/engagemap-ffmpeg-XXXXXX";
    log_ = ::mkostemp(logName, O_CLOEXEC);
    if (log_ >= 0) ::unlink(logName);
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        *error = std::string("cannot create a pipe: ") + std::strerror(errno);
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[0], 0);
    if (log_ >= 0) {
        posix_spawn_file_actions_adddup2(&actions, log_, 1);
        posix_spawn_file_actions_adddup2(&actions, log_, 2);
    }
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const bool searchPath = args[0].find('/') == std::string::npos;
    const int rc = searchPath ? ::posix_spawnp(&pid_, argv[0], &actions, nullptr, argv.data(), environ)
                              : ::posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[0]);
    if (rc != 0) {
        ::close(fds[1]);
        pid_ = -1;
        if (rc == ENOENT) {
            *error = "ffmpeg not found (";
            error->append(args[0]).append(
                "): install it (Debian: apt-get install ffmpeg; scripts/setup does) or export a PNG sequence "
                "instead (an output path without .mp4)");
        } else {
            *error = "cannot start ";
            error->append(args[0]).append(": ").append(std::strerror(rc));
        }
        return false;
    }
    write_ = fds[1];
    return true;
}

bool FfmpegPipe::Write(const std::uint8_t* data, std::size_t size, std::string* error) {
    // A reader that has exited raises SIGPIPE, which would end the app: block it on this thread
    // while writing, and take a pending one off the queue before unblocking.
    sigset_t pipeSet, previous;
    sigemptyset(&pipeSet);
    sigaddset(&pipeSet, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipeSet, &previous);
    bool ok = true;
    int failure = 0;
    while (size > 0) {
        const ssize_t n = ::write(write_, data, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            failure = errno;
            ok = false;
            break;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    if (failure == EPIPE) {
        const timespec zero{0, 0};
        while (sigtimedwait(&pipeSet, nullptr, &zero) > 0) {
        }
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    if (!ok) {
        Wait();
        *error = "ffmpeg stopped reading frames";
        AppendLog(error);
    }
    return ok;
}

bool FfmpegPipe::Close(std::string* error) {
    if (write_ >= 0) {
        ::close(write_);
        write_ = -1;
    }
    const int status = Wait();
    if (status == 0) return true;
    *error = WIFEXITED(status) ? "ffmpeg failed (exit status " + std::to_string(WEXITSTATUS(status)) + ")"
                               : std::string("ffmpeg was killed");
    AppendLog(error);
    return false;
}

void FfmpegPipe::Kill() {
    if (write_ >= 0) {
        ::close(write_);
        write_ = -1;
    }
    if (pid_ > 0) ::kill(pid_, SIGKILL);
    Wait();
    if (log_ >= 0) {
        ::close(log_);
        log_ = -1;
    }
}

int FfmpegPipe::Wait() {
    if (pid_ <= 0) return status_;
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    status_ = status;
    return status;
}

void FfmpegPipe::AppendLog(std::string* error) const {
    if (log_ < 0) return;
    struct stat st {};
    if (::fstat(log_, &st) != 0 || st.st_size == 0) return;
    const off_t size = std::min<off_t>(st.st_size, 600);
    std::string tail(static_cast<std::size_t>(size), '\0');
    const ssize_t n = ::pread(log_, tail.data(), tail.size(), st.st_size - size);
    if (n <= 0) return;
    tail.resize(static_cast<std::size_t>(n));
    while (!tail.empty() && (tail.back() == '\n' || tail.back() == '\r')) tail.pop_back();
    for (char& c : tail)
        if (c == '\n' || c == '\r') c = ' ';
    error->append(": ").append(tail);
}

// Runs `args` (posix_spawn, no shell) and returns its standard output; false + *error when it
// cannot start or exits non-zero. Output beyond 64 KB is dropped.
bool RunAndCapture(const std::vector<std::string>& args, std::string* out, std::string* error) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        *error = std::string("cannot create a pipe: ") + std::strerror(errno);
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = -1;
    const bool searchPath = args[0].find('/') == std::string::npos;
    const int rc = searchPath ? ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ)
                              : ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        *error = "cannot start " + args[0] + ": " + std::strerror(rc);
        return false;
    }
    out->clear();
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        if (out->size() < (64u << 10)) out->append(buf, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        *error = args[0] + " failed";
        return false;
    }
    return true;
}

// Checks that the video at `path` has exactly `expected` frames (packets of its first video
// stream, counted by ffprobe). False + *error otherwise.
bool VerifyVideoFrames(const std::string& ffprobe, const std::string& path, std::int64_t expected, std::string* error) {
    std::string out, message;
    if (!RunAndCapture({ffprobe, "-v", "error", "-select_streams", "v:0", "-count_packets", "-show_entries",
                        "stream=nb_read_packets", "-of", "csv=p=0", path},
                       &out, &message)) {
        *error = "ffmpeg's output could not be verified (" + message + "): the video is unreadable or ffprobe is missing";
        return false;
    }
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
    if (out != std::to_string(expected)) {
        *error = "ffmpeg's output has " + (out.empty() ? std::string("no") : out) + " frames, expected " +
                 std::to_string(expected) + " (disk full?)";
        return false;
    }
    return true;
}

}  // namespace engagemap
