#include "core/io/mapped_file.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/io/input_file.hpp"

namespace engagemap {

MappedFile::~MappedFile() {
    if (data_) ::munmap(data_, size_);
}

bool MappedFile::Open(const std::string& path, std::string* error) {
    if (!CheckInputPath(path, error)) return false;
    if (path.rfind("/vsi", 0) == 0) {
        *error = "not a local file";
        return false;
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = std::string("cannot open: ") + std::strerror(errno);
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *error = "cannot open: not a regular file";
        ::close(fd);
        return false;
    }
    size_ = static_cast<std::size_t>(st.st_size);
    if (size_ > 0) {
        void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (p == MAP_FAILED) {
            *error = std::string("cannot map: ") + std::strerror(errno);
            size_ = 0;
            ::close(fd);
            return false;
        }
        data_ = p;
    }
    ::close(fd);
    return true;
}

}  // namespace engagemap
