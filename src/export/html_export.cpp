#include "export/html_export.hpp"

#include <cpl_conv.h>
#include <cpl_string.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <unistd.h>

#include "core/io/atomic_file.hpp"

#ifndef ENGAGEMAP_WEB_MODULE_DIR
#define ENGAGEMAP_WEB_MODULE_DIR ""
#endif

namespace engagemap {
namespace {

constexpr const char* kModuleFiles[] = {"engagemap_web.js", "engagemap_web.wasm", "engagemap_web.html"};
const std::string kDataBegin = "<script id=\"engagemap-data\" type=\"application/octet-stream\">";

bool ReadWholeFile(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream s;
    s << in.rdbuf();
    *out = std::move(s).str();
    return static_cast<bool>(in) || in.eof();
}

// zlib format (what DecompressionStream("deflate") reads), best compression.
std::string Deflate(std::string_view bytes) {
    size_t outBytes = 0;
    void* out = CPLZLibDeflate(bytes.data(), bytes.size(), 9, nullptr, 0, &outBytes);
    if (!out) return {};
    std::string result(static_cast<const char*>(out), outBytes);
    VSIFree(out);
    return result;
}

std::string Base64(std::string_view bytes) {
    char* text = CPLBase64Encode(static_cast<int>(bytes.size()), reinterpret_cast<const GByte*>(bytes.data()));
    std::string result(text ? text : "");
    CPLFree(text);
    return result;
}

std::string HtmlEscaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

void ReplaceOnce(std::string& text, const std::string& placeholder, const std::string& value) {
    const std::size_t at = text.find(placeholder);
    if (at != std::string::npos) text.replace(at, placeholder.size(), value);
}

std::string ExecutableDir() {
    char buf[4096];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return {};
    std::string path(buf, static_cast<std::size_t>(n));
    return path.substr(0, path.find_last_of('/'));
}

}  // namespace

std::vector<std::string> WebModuleSearchPath() {
    std::vector<std::string> dirs;
    if (const char* env = std::getenv("ENGAGEMAP_WEB_MODULE"); env && *env) return {env};  // only there
    if (*ENGAGEMAP_WEB_MODULE_DIR) dirs.emplace_back(ENGAGEMAP_WEB_MODULE_DIR);
    if (const std::string exe = ExecutableDir(); !exe.empty()) dirs.push_back(exe + "/../share/engagemap/web");
    return dirs;
}

bool LoadWebModule(const std::vector<std::string>& searchPath, WebModule* module, std::string* error) {
    std::string tried;
    for (const std::string& dir : searchPath) {
        WebModule m;
        std::string* parts[] = {&m.glue, &m.wasm, &m.page};
        bool ok = true;
        for (int i = 0; i < 3 && ok; ++i) ok = ReadWholeFile(dir + "/" + kModuleFiles[i], parts[i]);
        if (ok && m.page.find("@DATA@") != std::string::npos) {
            *module = std::move(m);
            return true;
        }
        tried += (tried.empty() ? "" : ", ") + dir;
    }
    if (error)
        *error = "the web module (engagemap_web.js, .wasm, .html) is not built: run scripts/build-web, or set "
                 "ENGAGEMAP_WEB_MODULE to its directory (looked in: " +
                 (tried.empty() ? std::string("nowhere") : tried) + ")";
    return false;
}

std::string BuildHtmlPage(const WebModule& module, std::string_view payloadBytes, const std::string& title) {
    std::string page = module.page;
    ReplaceOnce(page, "@TITLE@", HtmlEscaped(title.empty() ? std::string("engagemap") : title));
    ReplaceOnce(page, "@MODULE@", Base64(Deflate(module.wasm)));
    ReplaceOnce(page, "@GLUE@", Base64(Deflate(module.glue)));
    ReplaceOnce(page, "@DATA@", Base64(Deflate(payloadBytes)));
    return page;
}

bool ExtractHtmlPayload(std::string_view html, std::string* payloadBytes, std::string* error) {
    auto fail = [&](const char* what) {
        if (error) *error = what;
        return false;
    };
    const std::size_t begin = html.find(kDataBegin);
    if (begin == std::string_view::npos) return fail("no engagemap data in the page");
    const std::size_t from = begin + kDataBegin.size();
    const std::size_t end = html.find("</script>", from);
    if (end == std::string_view::npos) return fail("the page's data is not closed");
    std::string text(html.substr(from, end - from));
    const int n = CPLBase64DecodeInPlace(reinterpret_cast<GByte*>(text.data()));
    if (n <= 0) return fail("the page's data is not base64");
    // The inflated size is unknown: grow the buffer until it fits.
    for (std::size_t capacity = static_cast<std::size_t>(n) * 8 + 1024; capacity < (std::size_t{1} << 32); capacity *= 4) {
        std::string out(capacity, '\0');
        size_t outBytes = 0;
        if (CPLZLibInflate(text.data(), static_cast<size_t>(n), out.data(), out.size(), &outBytes) && outBytes < capacity) {
            out.resize(outBytes);
            *payloadBytes = std::move(out);
            return true;
        }
    }
    return fail("the page's data does not inflate");
}

bool WriteHtmlExport(const std::string& path, const WebModule& module, const MapPayload& payload, const std::string& title,
                     std::string* error, std::size_t* bytesWritten) {
    const std::string page = BuildHtmlPage(module, SerializeMapPayload(payload), title);
    if (!WriteOutputFile(path, page, error)) return false;
    if (bytesWritten) *bytesWritten = page.size();
    return true;
}

}  // namespace engagemap
