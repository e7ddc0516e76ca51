// A local file mapped read-only into memory (mmap), for large binary inputs read once at start-up
// (geodata snapshots): the bytes come straight from the page cache, without a copy or fresh pages
// to zero. Only regular local files (CheckInputPath's rules); GDAL /vsi… paths are not mapped.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace engagemap {

class MappedFile {
public:
    MappedFile() = default;
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    // Maps `path`; false with *error (without the path) when it is not a readable regular file.
    bool Open(const std::string& path, std::string* error);
    // The file's bytes (empty before Open, or for an empty file). Valid while this object lives.
    std::string_view Bytes() const { return {static_cast<const char*>(data_), size_}; }

private:
    void* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace engagemap
