// imgui_host: an ImGui tool of its own — its window, ImGui context, backends and side panel —
// with the engagemap map widget, a timeline slider and a country tooltip.
//   imgui_host [--date YYYY-MM-DD] [--frames N --screenshot OUT.png]
#include <glad/gl.h>  // engagemap's loader (engagemap::glad), before GLFW
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include <engagemap/engagemap.hpp>

namespace em = engagemap::embed;

// The window's back buffer as an image (top row first), for --screenshot.
static em::Image ReadBackBuffer(int width, int height) {
    em::Image image{width, height, std::vector<std::uint8_t>(static_cast<size_t>(width) * height * 4)};
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    std::vector<std::uint8_t> row(static_cast<size_t>(width) * 4);
    for (int y = 0; y < height / 2; ++y) {  // GL's first row is the bottom one
        std::uint8_t* a = &image.rgba[static_cast<size_t>(y) * row.size()];
        std::uint8_t* b = &image.rgba[static_cast<size_t>(height - 1 - y) * row.size()];
        std::memcpy(row.data(), a, row.size()), std::memcpy(a, b, row.size()), std::memcpy(b, row.data(), row.size());
    }
    return image;
}

int main(int argc, char** argv) {
    std::string screenshot, startDate = "2012-06-30";
    int frames = -1;  // run until the window is closed
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--frames")) frames = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--screenshot")) screenshot = argv[i + 1];
        else if (!std::strcmp(argv[i], "--date")) startDate = argv[i + 1];
    }
    // Data first: the bundled boundaries and dataset of the installed package.
    const em::LoadResult loaded = em::LoadData(em::BundledDataPaths());
    for (const em::Problem& p : loaded.errors) std::fprintf(stderr, "imgui_host: %s\n", p.ToString().c_str());
    if (!loaded.Ok()) return 1;
    const std::vector<em::InstrumentInfo> instruments = loaded.data.Instruments();

    // The host's window, GL context and loader.
    if (!glfwInit()) return std::fprintf(stderr, "imgui_host: no display\n"), 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(1280, 720, "Crisis dashboard (engagemap example)", nullptr, nullptr);
    if (!window) return std::fprintf(stderr, "imgui_host: no OpenGL 3.3 window\n"), 1;
    glfwMakeContextCurrent(window);
    if (!gladLoadGL(glfwGetProcAddress)) return std::fprintf(stderr, "imgui_host: no OpenGL 3.3\n"), 1;
    // The host's ImGui context and backends.
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    // The map widget, its view and the timeline that drives its date.
    auto map = std::make_unique<em::MapWidget>();
    std::string error;
    if (!map->Init(glfwGetProcAddress, &error))
        return std::fprintf(stderr, "imgui_host: %s\n", error.c_str()), 1;
    int chosen = 0;  // index into instruments
    for (size_t i = 0; i < instruments.size(); ++i)
        if (instruments[i].id == "budapest") chosen = static_cast<int>(i);
    auto viewOf = [&](int index) {
        em::ViewOptions o;
        o.instrument = instruments[static_cast<size_t>(index)].id;
        return *em::View::FromOptions(o, &error);
    };
    em::View view = viewOf(chosen);
    em::Timeline timeline;
    timeline.Follow(loaded.data, view);
    timeline.SetDate(em::Date::FromIso(startDate).value_or(timeline.End()));
    map->SetData(loaded.data);
    map->SetView(view);
    map->SetDate(timeline.Current());

    for (int frame = 0; !glfwWindowShouldClose(window) && frame != frames; ++frame) {
        glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        // The host's own side panel: its instrument picker and the legend.
        ImGui::SetNextWindowPos(vp->WorkPos);
        ImGui::SetNextWindowSize(ImVec2(300, vp->WorkSize.y));
        ImGui::Begin("Briefing", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize);
        ImGui::TextWrapped("Analyst workbench: cyber-policy engagement of %zu instruments.", instruments.size());
        for (size_t i = 0; i < instruments.size(); ++i)
            if (ImGui::Selectable(instruments[i].shortName.c_str(), chosen == static_cast<int>(i)) && chosen != static_cast<int>(i)) {
                chosen = static_cast<int>(i);
                view = viewOf(chosen);
                timeline.Follow(loaded.data, view);
                map->SetView(view);
                map->SetDate(timeline.Current());
            }
        ImGui::Separator();
        ImGui::TextUnformatted(map->LegendTitle().c_str());
        for (const em::LegendEntry& e : map->Legend()) {
            const ImVec4 c((e.rgba >> 24) / 255.0f, ((e.rgba >> 16) & 255) / 255.0f, ((e.rgba >> 8) & 255) / 255.0f, 1.0f);
            ImGui::ColorButton(e.label.c_str(), c, ImGuiColorEditFlags_NoTooltip, ImVec2(14, 14));
            ImGui::SameLine();
            ImGui::Text("%s (%d)", e.label.c_str(), e.countries);
        }
        ImGui::End();
        // The map with a timeline slider under it.
        ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 300, vp->WorkPos.y));
        ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x - 300, vp->WorkSize.y));
        ImGui::Begin("Map", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoScrollbar);
        const em::MapHover hover = map->Draw("map", 0, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing());
        if (ImGui::Button(timeline.Playing() ? "Pause" : "Play")) timeline.TogglePlay();
        ImGui::SameLine();
        float fraction = static_cast<float>(timeline.Fraction());
        ImGui::SetNextItemWidth(-1);
        if (ImGui::SliderFloat("##date", &fraction, 0.0f, 1.0f, timeline.Current().ToIso().c_str())) timeline.SetFraction(fraction);
        timeline.Advance(ImGui::GetIO().DeltaTime);
        map->SetDate(timeline.Current());  // recolours only when the day changed
        if (hover.valid) {  // the country tooltip: name, status, sources
            ImGui::BeginTooltip();
            for (const std::string& line : hover.lines) ImGui::TextUnformatted(line.c_str());
            for (const std::string& source : hover.sources) ImGui::TextDisabled("Source: %s", source.c_str());
            ImGui::EndTooltip();
        }
        ImGui::End();

        ImGui::Render();
        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        glClearColor(0.1f, 0.1f, 0.12f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (!screenshot.empty() && frame + 1 == frames) {
            if (!em::WritePngFile(screenshot, ReadBackBuffer(w, h), &error)) return std::fprintf(stderr, "imgui_host: %s\n", error.c_str()), 1;
            std::printf("wrote %s; hover: %s %s\n", screenshot.c_str(), hover.valid ? hover.iso3.c_str() : "-", hover.status.c_str());
        }
        glfwSwapBuffers(window);
    }
    map.reset();  // the widget frees its GL objects while the context is current
    ImGui_ImplOpenGL3_Shutdown();  // then the host tears down what it made
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
