#include "core/io/mapped_file.hpp"

#include <cerrno>
#include <cstring>

#include <sys/mman.h>
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
    std::uint64_t size = 0;
    const int fd = OpenRegularFile(path, &size, error);
    if (fd < 0) return false;
    size_ = static_cast<std::size_t>(size);
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
