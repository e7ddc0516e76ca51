// FfmpegPipe: an ffmpeg child process reading raw RGBA frames on its stdin (posix_spawn, no
// shell); its stdout and stderr go to an unlinked temporary file so that a failure can quote
// ffmpeg's own message. Used by the video export (video_export.hpp); the one place that runs ffmpeg.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <sys/types.h>

namespace engagemap {

class FfmpegPipe {
public:
    FfmpegPipe() = default;
    ~FfmpegPipe();  // kills a running ffmpeg
    FfmpegPipe(const FfmpegPipe&) = delete;
    FfmpegPipe& operator=(const FfmpegPipe&) = delete;

    // Runs `args` (args[0] is searched in PATH unless it contains '/') with a pipe to its stdin;
    // false + *error when it cannot start.
    bool Start(const std::vector<std::string>& args, std::string* error);

    // Writes all bytes; false when ffmpeg has gone (its message in *error).
    bool Write(const std::uint8_t* data, std::size_t size, std::string* error);

    // Closes the pipe and waits for ffmpeg to finish; false + *error when it failed.
    bool Close(std::string* error);

    // Stops ffmpeg at once (the pid is our own child).
    void Kill();

private:
    int Wait();

    // Appends ": <the last lines ffmpeg printed>" to *error.
    void AppendLog(std::string* error) const;

    pid_t pid_ = -1;
    int write_ = -1;
    int log_ = -1;
    int status_ = 0;
};

// Runs `args` (posix_spawn, no shell) and returns its standard output in *out; false + *error when
// it cannot start or exits non-zero. Output beyond 64 KB is dropped.
bool RunAndCapture(const std::vector<std::string>& args, std::string* out, std::string* error);

// Checks that the video at `path` has exactly `expected` frames (packets of its first video stream,
// counted by `ffprobe`, searched in PATH unless it contains '/'). False + *error otherwise: ffmpeg
// exiting 0 on a full disk is not trusted.
bool VerifyVideoFrames(const std::string& ffprobe, const std::string& path, std::int64_t expected, std::string* error);

}  // namespace engagemap
