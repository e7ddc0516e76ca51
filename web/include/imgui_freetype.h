// The browser build's stand-in for Dear ImGui's FreeType rasterizer: emscripten's FreeType port is
// downloaded at build time, which cannot work offline, so fonts are rasterized by ImGui's own
// stb_truetype builder (web/src/browser_platform.cpp). ui/fonts.cpp compiles unchanged.
#pragma once

struct ImFontBuilderIO;

namespace ImGuiFreeType {
// ImGui's stb_truetype font builder.
const ImFontBuilderIO* GetBuilderForFreeType();
}  // namespace ImGuiFreeType
