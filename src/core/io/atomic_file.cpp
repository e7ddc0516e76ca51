#include "core/io/atomic_file.hpp"

#include "core/io/vsi_files.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>


#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace engagemap {

namespace {

std::string Fail(const std::string& path, const std::string& reason) {
    std::string s = "cannot write ";
    s.append(path).append(": ").append(reason);
    return s;
}

std::string ErrnoText(int e) { return std::strerror(e); }

// Directory part of `path` ("." when none), for the temporary file and the directory fsync.
std::string DirectoryOf(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

std::string BaseName(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The fault to inject: the options' own, else ENGAGEMAP_INJECT_WRITE_FAULT.
AtomicWriteFault InjectedFault(const AtomicWriteOptions& options) {
    if (options.simulateFault != AtomicWriteFault::None) return options.simulateFault;
    const char* env = std::getenv("ENGAGEMAP_INJECT_WRITE_FAULT");
    if (!env) return AtomicWriteFault::None;
    const std::string_view v(env);
    if (v == "create") return AtomicWriteFault::CreateTemp;
    if (v == "write") return AtomicWriteFault::Write;
    if (v == "sync") return AtomicWriteFault::Sync;
    if (v == "rename") return AtomicWriteFault::Rename;
    return AtomicWriteFault::None;
}

}  // namespace

bool WriteOutputFile(const std::string& path, std::string_view contents, std::string* error,
                     const AtomicWriteOptions& options) {
    if (path.rfind("/vsi", 0) != 0) return WriteFileAtomically(path, contents, error, options);
    if (path.rfind("/vsimem/", 0) != 0) {
        if (error) *error = Fail(path, "only local files and /vsimem/ paths are written");
        return false;
    }
    return WriteVsiMemFile(path, contents, error);
}

bool WriteFileAtomically(const std::string& path, std::string_view contents, std::string* error,
                         const AtomicWriteOptions& requested) {
    AtomicWriteOptions options = requested;
    options.simulateFault = InjectedFault(requested);
    auto fail = [&](const std::string& reason) {
        if (error) *error = Fail(path, reason);
        return false;
    };
    const std::string base = BaseName(path);
    if (path.empty() || base.empty() || base == "." || base == "..") return fail("not a file name");
    struct stat target {};
    mode_t mode = 0644;
    if (::stat(path.c_str(), &target) == 0) {
        if (S_ISDIR(target.st_mode)) return fail("is a directory");
        // Never rename over a device (/dev/full, /dev/null), FIFO or socket: refuse it.
        if (!S_ISREG(target.st_mode)) return fail("not a regular file; refusing to replace it");
        mode = target.st_mode & 07777;
    }

    const std::string dir = DirectoryOf(path);
    std::string temp = dir;
    temp.append("/.").append(base).append(".tmp-XXXXXX");
    if (options.simulateFault == AtomicWriteFault::CreateTemp) return fail("cannot create a temporary file (simulated)");
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        std::string reason = "cannot create a temporary file in ";
        reason.append(dir).append(": ").append(ErrnoText(e));
        return fail(reason);
    }
    // From here on every failure removes the temporary file; the target is untouched until rename.
    auto abandon = [&](const std::string& reason) {
        ::close(fd);
        ::unlink(temp.c_str());
        return fail(reason);
    };
    const std::size_t limit =
        options.simulateFault == AtomicWriteFault::Write ? contents.size() / 2 : contents.size();
    std::size_t written = 0;
    while (written < limit) {
        const ssize_t n = ::write(fd, contents.data() + written, limit - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            return abandon(ErrnoText(errno));
        }
        written += static_cast<std::size_t>(n);
    }
    if (options.simulateFault == AtomicWriteFault::Write) return abandon("write failed (simulated)");
    if (::fchmod(fd, mode) != 0) return abandon(ErrnoText(errno));
    if (options.simulateFault == AtomicWriteFault::Sync) return abandon("fsync failed (simulated)");
    if (::fsync(fd) != 0) return abandon(ErrnoText(errno));
    if (::close(fd) != 0) {
        const int e = errno;
        ::unlink(temp.c_str());
        return fail(ErrnoText(e));
    }
    if (options.simulateFault == AtomicWriteFault::Rename) {
        ::unlink(temp.c_str());
        return fail("rename failed (simulated)");
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int e = errno;
        ::unlink(temp.c_str());
        return fail(ErrnoText(e));
    }
    // Make the rename itself durable; the file is already complete, so a failure here is not reported.
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

}  // namespace engagemap
