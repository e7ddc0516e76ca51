// engagemap/map_widget.hpp — the map as a Dear ImGui widget for a host application.
// Part of engagemap::ui (Dear ImGui 1.86, OpenGL 3.3 core).
//
// The HOST owns the window (GLFW or other), the OpenGL 3.3 core context, the ImGui context and
// the ImGui platform/renderer backends (imgui_impl_opengl3 draws the widget's texture). The widget
// creates none of them and destroys none of them; it only
//   - loads its own OpenGL function pointers through the host's loader function (Init),
//   - renders the map into its own texture (an OpenGL framebuffer object it owns),
//   - draws that texture into the CURRENT ImGui window with ImGui::Image, and handles input on it:
//     drag to pan, wheel to zoom at the pointer, + / - / W A S D / 0 keys while hovered.
//
//     engagemap::embed::MapWidget map;                       // after the GL context and ImGui exist
//     map.Init(glfwGetProcAddress, &error);
//     map.SetData(data); map.SetView(view); map.SetDate(date);
//     each frame, inside ImGui::Begin/End:  MapHover hover = map.Draw("map");
//
// Destroy the widget while its GL context is still current (it frees its texture and buffers).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engagemap/common.hpp"

namespace engagemap::embed {

class MapData;
class View;

// An OpenGL function, as loaders return it (the type of GLFWglproc and of glad's GLADapiproc).
using GlProc = void (*)();
// Returns the address of an OpenGL function by name: glfwGetProcAddress and eglGetProcAddress have
// this type; SDL_GL_GetProcAddress (returns void*) needs a small wrapper.
using GlProcLoader = GlProc (*)(const char* name);

// The country under the pointer, as the app's tooltip describes it in the current view.
struct MapHover {
    bool valid = false;                // false: the pointer is not over a country
    std::string iso3;                  // ISO 3166-1 alpha-3 ("HUN")
    std::string name;                  // "Hungary"
    std::string status;                // the view's first fact ("Budapest Convention: party, in force since 2004-01-01")
    std::vector<std::string> lines;    // every line of the app's tooltip: name, then one per fact
    std::vector<std::string> sources;  // short texts of the sources behind the facts (may be empty)
};

// One line of the current view's legend.
struct LegendEntry {
    std::string label;      // "Party, in force", "2-3", "Only Budapest"
    std::uint32_t rgba = 0; // 0xRRGGBBAA
    int countries = 0;      // countries in this class (certain + uncertain)
};

class MapWidget {
public:
    MapWidget();
    ~MapWidget();  // needs the GL context of Init current
    MapWidget(const MapWidget&) = delete;
    MapWidget& operator=(const MapWidget&) = delete;

    // Call once with the host's GL 3.3 core context current. Loads engagemap's GL function
    // pointers through `loader` and compiles the map's shaders (embedded in the library).
    // False + *error when a GL 3.3 function is missing or a shader does not compile.
    bool Init(GlProcLoader loader, std::string* error);

    // What to draw: the data (shared, kept alive by the widget), the view and the date. Each call
    // recolours the map (cheap: a colour per country); changing the projection or the central
    // meridian refits the world, a view with a camera moves there. A view the data cannot show
    // (an unknown instrument) draws the base map and reports why through LastError().
    void SetData(const MapData& data);
    void SetView(const View& view);
    void SetDate(const Date& date);
    // Why the current view cannot be shown ("" when it can).
    const std::string& LastError() const;
    // The legend of the current view (empty when none).
    std::vector<LegendEntry> Legend() const;
    // Title of the current view's legend ("Budapest Convention").
    std::string LegendTitle() const;

    // Text and line scale (1 = 1080p-style sizes; e.g. the monitor's content scale).
    void SetContentScale(float scale);
    // Fits the whole world again on the next Draw.
    void FitWorld();

    // Draws the map at the cursor of the current ImGui window, `widthPx` x `heightPx` logical
    // pixels (<= 0: the rest of the window's content region), and handles its input. Reads the
    // framebuffer scale from ImGui::GetIO().DisplayFramebufferScale. Returns the country under
    // the pointer (valid only when it is over one). Must be called between ImGui::NewFrame() and
    // ImGui::Render() with the widget's GL context current.
    MapHover Draw(const char* id, float widthPx = 0, float heightPx = 0);
    // The ISO3 of the country clicked during the last Draw (a click, not a drag), or "".
    std::string Clicked() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace engagemap::embed
