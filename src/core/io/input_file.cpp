#include "core/io/input_file.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>

#include "core/io/vsi_files.hpp"

namespace engagemap {
namespace {

std::atomic<bool> gNetworkAllowed{false};

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// Why a file of this type is refused ("" for a regular file).
std::string NonRegularReason(mode_t mode) {
    if (S_ISREG(mode)) return "";
    if (S_ISDIR(mode)) return "is a directory";
    if (S_ISFIFO(mode)) return "is a FIFO (named pipe); only regular files are read";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device; only regular files are read";
    if (S_ISSOCK(mode)) return "is a socket; only regular files are read";
    return "is not a regular file";
}

std::string TooBig(std::uint64_t size, std::uint64_t maxBytes) {
    return "file is " + std::to_string(size) + " bytes, more than the limit of " + std::to_string(maxBytes) + " bytes";
}

}  // namespace

void SetNetworkAllowed(bool allowed) {
    gNetworkAllowed = allowed;
    ApplyNetworkPolicyToGdal(allowed);
}

bool NetworkAllowed() { return gNetworkAllowed; }

bool IsNetworkPath(const std::string& path) {
    static const char* const kNetwork[] = {"/vsicurl", "/vsis3", "/vsigs", "/vsiaz", "/vsiadls", "/vsioss",
                                           "/vsiswift", "/vsiwebhdfs", "/vsihdfs", "http://", "https://", "ftp://"};
    for (const char* p : kNetwork)
        if (path.find(p) != std::string::npos) return true;
    return false;
}

bool CheckInputPath(const std::string& path, std::string* error) {
    if (IsNetworkPath(path)) {
        if (NetworkAllowed()) return true;
        *error = "cannot open: a network path; pass --allow-network to let engagemap fetch it";
        return false;
    }
    if (StartsWith(path, "/vsi")) return true;  // GDAL virtual file the user wrote (/vsimem/, /vsizip/, …)
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        *error = errno == ENOENT ? std::string("cannot open: no such file or not readable")
                                 : std::string("cannot open: ") + std::strerror(errno);
        return false;
    }
    const std::string reason = NonRegularReason(st.st_mode);
    if (!reason.empty()) {
        *error = "cannot open: " + reason;
        return false;
    }
    return true;
}

int OpenRegularFile(const std::string& path, std::uint64_t* size, std::string* error) {
    // O_NONBLOCK: should the path have become a FIFO since a check, open() returns at once.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = std::string("cannot open: ") + std::strerror(errno);
        return -1;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *error = "cannot open: " + NonRegularReason(st.st_mode);
        ::close(fd);
        return -1;
    }
    *size = static_cast<std::uint64_t>(st.st_size);
    return fd;
}

bool ReadInputFile(const std::string& path, std::uint64_t maxBytes, std::string* out, std::string* error) {
    if (!CheckInputPath(path, error)) return false;
    if (StartsWith(path, "/vsi") || IsNetworkPath(path)) return ReadVsiFile(path, maxBytes, out, error);
    std::uint64_t size = 0;
    const int fd = OpenRegularFile(path, &size, error);
    if (fd < 0) return false;
    if (size > maxBytes) {
        *error = TooBig(size, maxBytes);
        ::close(fd);
        return false;
    }
    // Read straight into the string, sized from fstat (a file that grows meanwhile is read on in
    // blocks; one that shrinks is cut where read() ends).
    out->clear();
    out->resize(static_cast<std::size_t>(size));
    std::size_t got = 0;
    while (got < out->size()) {
        const ssize_t n = ::read(fd, out->data() + got, out->size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    out->resize(got);
    char buf[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            *error = std::string("cannot read: ") + std::strerror(errno);
            ::close(fd);
            return false;
        }
        if (n == 0) break;
        out->append(buf, static_cast<std::size_t>(n));
        if (out->size() > maxBytes) {
            ::close(fd);
            *error = "file is more than the limit of " + std::to_string(maxBytes) + " bytes";
            return false;
        }
    }
    ::close(fd);
    return true;
}

}  // namespace engagemap
