// HTML export: one self-contained, offline page — the browser build of engagemap (web/, WebAssembly
// + WebGL 2) with the map data embedded: the countries and their mesh as the desktop resolved them
// through GDAL, the dataset and a storyboard (core/document/map_payload.hpp). Everything is
// zlib-compressed and base64-encoded into web/page.html; the page inflates it with the browser's
// DecompressionStream and needs no network.
//
//   engagemap --export briefing.html --story datasets/budapest-briefing.story.json
//
// The web module (engagemap_web.js, engagemap_web.wasm, engagemap_web.html) is built by
// scripts/build-web; the app works without it and says how to build it when it is missing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document/map_payload.hpp"

namespace engagemap {

// The three files of a built web module.
struct WebModule {
    std::string glue;  // engagemap_web.js (emscripten's loader)
    std::string wasm;  // engagemap_web.wasm
    std::string page;  // engagemap_web.html (web/page.html, with @TITLE@ @MODULE@ @GLUE@ @DATA@)
};

// Where the web module is looked for: $ENGAGEMAP_WEB_MODULE (a directory) when set, and only there;
// else the directory compiled in (ENGAGEMAP_WEB_MODULE_DIR, the source tree's build-web by default), and
// <binary dir>/../share/engagemap/web of an installed binary.
std::vector<std::string> WebModuleSearchPath();

// Reads the module from the first directory of `searchPath` holding all three files. False with
// *error naming the directories tried and how to build the module (scripts/build-web).
bool LoadWebModule(const std::vector<std::string>& searchPath, WebModule* module, std::string* error);

// The page: `module`'s template with `title` (HTML-escaped) and the module and payload embedded.
std::string BuildHtmlPage(const WebModule& module, std::string_view payloadBytes, const std::string& title);

// The payload bytes embedded in a page written by BuildHtmlPage (inflated). False with *error
// when the page holds none or it does not inflate (tests, and a check after writing).
bool ExtractHtmlPayload(std::string_view html, std::string* payloadBytes, std::string* error);

// Serialises `payload`, builds the page and writes it atomically to `path`. False with *error.
bool WriteHtmlExport(const std::string& path, const WebModule& module, const MapPayload& payload,
                     const std::string& title, std::string* error, std::size_t* bytesWritten = nullptr);

}  // namespace engagemap
