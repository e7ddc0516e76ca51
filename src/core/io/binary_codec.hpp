// Little helpers for the project's small binary files (prebuilt meshes, geodata snapshots):
// values and arrays of trivially copyable types appended to / read from a byte string in the
// machine's byte order (little-endian on every machine engagemap is built for).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace engagemap {

template <class T>
void PutValue(std::string& out, const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <class T>
void PutArray(std::string& out, const std::vector<T>& values) {
    static_assert(std::is_trivially_copyable_v<T>);
    out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

// A length-prefixed string (uint64 byte count, then the bytes).
inline void PutText(std::string& out, std::string_view text) {
    PutValue(out, static_cast<uint64_t>(text.size()));
    out.append(text);
}

// Reads what the Put functions wrote; every Get is false (and reads nothing) past the end.
struct BinaryReader {
    std::string_view bytes;
    size_t at = 0;

    template <class T>
    bool Get(T* value) {
        if (bytes.size() - at < sizeof(T)) return false;
        std::memcpy(value, bytes.data() + at, sizeof(T));
        at += sizeof(T);
        return true;
    }
    template <class T>
    bool GetArray(std::vector<T>* values, uint64_t count) {
        if (count > (bytes.size() - at) / sizeof(T)) return false;
        values->resize(count);
        if (count) std::memcpy(values->data(), bytes.data() + at, count * sizeof(T));
        at += count * sizeof(T);
        return true;
    }
    // A length-prefixed string as a view into `bytes` (no copy).
    bool GetView(std::string_view* text) {
        uint64_t length = 0;
        if (!Get(&length) || length > bytes.size() - at) return false;
        *text = bytes.substr(at, length);
        at += length;
        return true;
    }
    bool GetText(std::string* text) {
        uint64_t length = 0;
        if (!Get(&length) || length > bytes.size() - at) return false;
        text->assign(bytes.substr(at, length));
        at += length;
        return true;
    }
};

}  // namespace engagemap
