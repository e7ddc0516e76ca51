// The page's program: reads the map data the desktop app embedded (map_payload.hpp), then runs
// the storyboard in the browser. Every map frame is drawn by the exports' own frame renderer
// (TimelineFrameRenderer: the same view, colours, legend, title, date and caption as a PNG
// export of the slide); around it the page adds a control bar (slides, timeline with play, view
// and instrument switching) and the hover tooltip with sources.
//
// Keys: PageDown / Right / Space / Enter next slide; PageUp / Left / Backspace previous; Home /
// End first / last slide (presentation clickers send PageUp/PageDown).
#include <GLFW/glfw3.h>
#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/data/dataset_loader.hpp"
#include "core/document/map_payload.hpp"
#include "core/filter/engagement_views.hpp"
#include "core/filter/view_table.hpp"
#include "core/geo/hit_test.hpp"
#include "core/story/storyboard.hpp"
#include "core/story/transition.hpp"
#include "core/timeline/instrument_timeline.hpp"
#include "core/view/view_state.hpp"
#include "export/video_export.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace engagemap {
namespace {

constexpr float kControlBarPx = 44.0f;  // height of the control bar under the map (CSS pixels)

// What the page shows: the slide, its (possibly switched) view and the date, and the frame drawn.
struct WebApp {
    MapDocument document;
    Dataset dataset;
    Storyboard story;
    GLFWwindow* window = nullptr;
    AppFonts fonts;

    std::size_t slide = 0;
    ViewState view;  // the slide's view, or what the viewer switched to
    CivilDate date, first, last;  // shown day; the timeline's range
    bool playing = false;
    double playDaysPerSecond = 365.0;
    double playDay = 0.0;  // fractional day number while playing

    // The frame: rebuilt when the view or size changes, redrawn when the date changes.
    std::unique_ptr<TimelineFrameRenderer> frame;
    int frameWidth = 0, frameHeight = 0;
    bool frameDirty = true, dateDirty = true;
    GLuint frameTexture = 0;
    int framesShown = 0;

    HitTester hits;
    ViewRequest request;
    ViewResult result;
    bool hasView = false;
    std::string problem;  // why the view cannot be shown, if it cannot
};

WebApp* g_app = nullptr;

// The timeline's range and default date for `view`: instrument A's range, or (breadth) the union of
// every instrument's range, as the window's timeline has them.
void SetRangeFor(WebApp& app, const std::optional<CivilDate>& wanted) {
    InstrumentTimeline timeline;
    timeline.SetData(&app.dataset, &app.document.countries);
    if (!app.view.instrumentA.empty() && timeline.SelectInstrument(app.view.instrumentA)) {
        app.first = timeline.Controller().Start();
        app.last = timeline.Controller().End();
    } else {
        app.first = app.last = LatestDatasetDate(app.dataset);
        for (int i = 0; i < static_cast<int>(app.dataset.instruments.size()); ++i) {
            timeline.SelectInstrument(i);
            app.first = std::min(app.first, timeline.Controller().Start());
            app.last = std::max(app.last, timeline.Controller().End());
        }
    }
    // Not past the dataset's latest date by default (planned programme ends lie ahead).
    const CivilDate day = wanted.value_or(std::min(app.last, LatestDatasetDate(app.dataset)));
    app.date = std::clamp(day, app.first, app.last);
}

void OpenSlide(WebApp& app, std::size_t index) {
    if (app.story.slides.empty()) return;
    app.slide = std::min(index, app.story.slides.size() - 1);
    const Slide& slide = app.story.slides[app.slide];
    app.view = slide.view;
    SetRangeFor(app, SlideStillDate(slide));
    app.playing = false;
    if (slide.range) {
        // A range plays when the slide opens, as in the presentation window.
        app.date = std::clamp(slide.range->from, app.first, app.last);
        app.playDay = static_cast<double>(DaysFromCivil(app.date));
        const double days = static_cast<double>(DaysFromCivil(slide.range->to) - DaysFromCivil(slide.range->from));
        app.playDaysPerSecond = days / std::max(0.5, SlidePlaySeconds(slide));
        app.playing = true;
    }
    app.frameDirty = true;
}

// The export options of the current slide and view at the page's map size.
TimelineExportOptions FrameOptions(const WebApp& app) {
    ExportOptions map;
    map.width = app.frameWidth;
    map.height = app.frameHeight;
    TimelineExportOptions options;
    if (!app.story.slides.empty()) {
        const Slide& slide = app.story.slides[app.slide];
        options = StillOptionsForSlide(slide, map, app.date);
        if (!(app.view == slide.view)) {  // the viewer switched away from the slide's view
            options.title.clear();
            options.caption.clear();
        }
    }
    options.map = map;
    options.map.style = MapStyleFor(app.view.theme, options.map.style);
    options.view = app.view;
    options.date = app.date;
    return options;
}

// Draws the map frame for the current state into app.frameTexture.
void RenderFrame(WebApp& app) {
    std::string error;
    if (app.frameDirty) {
        VideoExportOptions still;
        still.frame = FrameOptions(app);
        // The legend is placed once, for the view at `to`: a slide playing a range places it as its
        // video does (at the range's end, so it never moves); a still as the PNG export does.
        const Slide* slide = app.story.slides.empty() ? nullptr : &app.story.slides[app.slide];
        const bool range = slide && slide->range && app.view == slide->view;
        still.from = range ? slide->range->from : app.date;
        still.to = range ? slide->range->to : app.date;
        still.captionDays = 120;  // as RenderTimelineImage
        app.frame = std::make_unique<TimelineFrameRenderer>();
        if (!app.frame->Init(app.document, app.dataset, still, &error)) {
            app.problem = error;
            app.frame.reset();
        } else {
            app.problem.clear();
        }
        app.hits.SetProjection(app.view.projection);
        app.frameDirty = false;
        app.dateDirty = true;
    }
    if (!app.frame || !app.dateDirty) return;
    app.dateDirty = false;
    RgbaImage image;
    if (!app.frame->Render(app.date, image, &error)) {
        app.problem = error;
        return;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glBindTexture(GL_TEXTURE_2D, app.frameTexture);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.pixels.data());
    // What the hover describes: the same view at the same day.
    app.hasView = ResolveViewState(app.view, app.dataset, app.document.countries, app.date, &app.request, &error);
    if (app.hasView) {
        ViewStyle style;
        style.theme = app.view.theme;
        style.noneColour = MapStyleFor(app.view.theme, MapStyle{}).land;
        app.result = BuildView(app.dataset, app.document.countries, app.request, style);
    }
}

// Slide keys, taken from GLFW's key callback (chained with ImGui's): a clicker's press and release
// can arrive within one frame, which a per-frame "is it down" test would miss.
void OnKey(GLFWwindow*, int key, int, int action, int) {
    if (!g_app || action == GLFW_RELEASE || ImGui::GetIO().WantTextInput) return;
    WebApp& app = *g_app;
    const std::size_t n = app.story.slides.size();
    switch (key) {
        case GLFW_KEY_PAGE_DOWN:
        case GLFW_KEY_RIGHT:
        case GLFW_KEY_SPACE:
        case GLFW_KEY_ENTER:
            if (app.slide + 1 < n) OpenSlide(app, app.slide + 1);
            break;
        case GLFW_KEY_PAGE_UP:
        case GLFW_KEY_LEFT:
        case GLFW_KEY_BACKSPACE:
            if (app.slide > 0) OpenSlide(app, app.slide - 1);
            break;
        case GLFW_KEY_HOME:
            OpenSlide(app, 0);
            break;
        case GLFW_KEY_END:
            if (n > 0) OpenSlide(app, n - 1);
            break;
        default:
            break;
    }
}

// The bar under the map: slides, timeline, view and instrument.
void DrawControlBar(WebApp& app, float width, float height) {
    ImGui::SetNextWindowPos(ImVec2(0, height - kControlBarPx));
    ImGui::SetNextWindowSize(ImVec2(width, kControlBarPx));
    ImGui::Begin("controls", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing);
    const std::size_t n = app.story.slides.size();
    if (n > 1) {
        ImGui::BeginDisabled(app.slide == 0);
        if (ImGui::Button("<")) OpenSlide(app, app.slide - 1);
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::Text("Slide %zu / %zu", app.slide + 1, n);
        ImGui::SameLine();
        ImGui::BeginDisabled(app.slide + 1 >= n);
        if (ImGui::Button(">")) OpenSlide(app, app.slide + 1);
        ImGui::EndDisabled();
        ImGui::SameLine();
    }
    if (ImGui::Button(app.playing ? "Pause" : "Play")) {
        app.playing = !app.playing;
        if (app.playing) {
            if (!(app.date < app.last)) app.date = app.first;
            app.playDay = static_cast<double>(DaysFromCivil(app.date));
            app.playDaysPerSecond = std::max(1.0, static_cast<double>(DaysFromCivil(app.last) - DaysFromCivil(app.first)) / 20.0);
        }
    }
    ImGui::SameLine();
    int day = static_cast<int>(DaysFromCivil(app.date));
    ImGui::SetNextItemWidth(std::max(120.0f, width * 0.3f));
    const std::string label = ToString(app.date);
    if (ImGui::SliderInt("##date", &day, static_cast<int>(DaysFromCivil(app.first)), static_cast<int>(DaysFromCivil(app.last)),
                         label.c_str())) {
        app.date = CivilFromDays(day);
        app.playing = false;
        app.dateDirty = true;
    }
    ImGui::SameLine();
    // View switching: the instrument's status, or the breadth of engagement.
    const bool status = app.view.kind != ViewKind::Breadth;
    ImGui::SetNextItemWidth(190.0f);
    if (ImGui::BeginCombo("##view", status ? "Instrument status" : "Breadth")) {
        if (ImGui::Selectable("Instrument status", status) && !status) {
            app.view.kind = ViewKind::InstrumentStatus;
            if (app.view.instrumentA.empty() && !app.dataset.instruments.empty())
                app.view.instrumentA = app.dataset.instruments.front().id;
            app.view = NormalizedViewState(app.view);
            SetRangeFor(app, app.date);
            app.frameDirty = true;
        }
        if (ImGui::Selectable("Breadth", !status) && status) {
            app.view.kind = ViewKind::Breadth;
            app.view = NormalizedViewState(app.view);
            SetRangeFor(app, app.date);
            app.frameDirty = true;
        }
        ImGui::EndCombo();
    }
    if (status) {
        ImGui::SameLine();
        const Instrument* current = nullptr;
        for (const Instrument& in : app.dataset.instruments)
            if (in.id == app.view.instrumentA) current = &in;
        ImGui::SetNextItemWidth(std::max(160.0f, ImGui::GetContentRegionAvail().x));
        if (ImGui::BeginCombo("##instrument", current ? current->name.c_str() : "(choose)")) {
            for (const Instrument& in : app.dataset.instruments) {
                if (ImGui::Selectable(in.name.c_str(), &in == current) && &in != current) {
                    app.view.instrumentA = in.id;
                    app.view.hub.clear();
                    SetRangeFor(app, app.date);
                    app.frameDirty = true;
                }
            }
            ImGui::EndCombo();
        }
    }
    if (!app.problem.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1.0f), "%s", app.problem.c_str());
    }
    ImGui::End();
}

void DrawHover(WebApp& app) {
    if (!app.frame || ImGui::GetIO().WantCaptureMouse) return;
    const ImVec2 mouse = ImGui::GetMousePos();
    if (mouse.x < 0 || mouse.y < 0 || mouse.x >= app.frameWidth || mouse.y >= app.frameHeight) return;
    const int country = app.hits.CountryAt(app.frame->View(), Vec2{mouse.x, mouse.y});
    if (country < 0) return;
    ImGui::BeginTooltip();
    if (app.hasView) {
        for (const std::string& line :
             DescribeCountryInView(app.dataset, app.document.countries, app.request, app.result, country))
            ImGui::TextUnformatted(line.c_str());
    } else {
        ImGui::TextUnformatted(app.document.countries.countries[static_cast<std::size_t>(country)].name.c_str());
    }
    ImGui::EndTooltip();
}

void Frame() {
    WebApp& app = *g_app;
    // The canvas follows the browser window.
    const int cssW = EM_ASM_INT({ return window.innerWidth; });
    const int cssH = EM_ASM_INT({ return window.innerHeight; });
    int w = 0, h = 0;
    glfwGetWindowSize(app.window, &w, &h);
    if (cssW > 0 && cssH > 0 && (cssW != w || cssH != h)) {
        glfwSetWindowSize(app.window, cssW, cssH);
        w = cssW;
        h = cssH;
    }
    const int mapW = std::max(16, w), mapH = std::max(16, h - static_cast<int>(kControlBarPx));
    if (mapW != app.frameWidth || mapH != app.frameHeight) {
        app.frameWidth = mapW;
        app.frameHeight = mapH;
        app.frameDirty = true;
    }
    if (app.playing) {
        app.playDay += ImGui::GetIO().DeltaTime * app.playDaysPerSecond;
        const double end = static_cast<double>(DaysFromCivil(app.last));
        const Slide* slide = app.story.slides.empty() ? nullptr : &app.story.slides[app.slide];
        const double stop = (slide && slide->range && app.view == slide->view)
                                ? std::min(end, static_cast<double>(DaysFromCivil(slide->range->to)))
                                : end;
        if (app.playDay >= stop) {
            app.playDay = stop;
            app.playing = false;
        }
        const CivilDate day = CivilFromDays(static_cast<std::int64_t>(app.playDay));
        if (!(day == app.date)) {
            app.date = day;
            app.dateDirty = true;
        }
    }
    RenderFrame(app);

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    if (app.frame)
        ImGui::GetBackgroundDrawList()->AddImage(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(app.frameTexture)),
                                                 ImVec2(0, 0), ImVec2(static_cast<float>(app.frameWidth),
                                                                      static_cast<float>(app.frameHeight)));
    DrawHover(app);
    DrawControlBar(app, static_cast<float>(w), static_cast<float>(h));
    ImGui::Render();
    int fbW = 0, fbH = 0;
    glfwGetFramebufferSize(app.window, &fbW, &fbH);
    glViewport(0, 0, fbW, fbH);
    const MapStyle style = MapStyleFor(app.view.theme, MapStyle{});
    glClearColor(style.background.r / 255.f, style.background.g / 255.f, style.background.b / 255.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++app.framesShown;
    // For tests and the curious: what the page shows (read through the DevTools protocol).
    EM_ASM({
        const s = window.engagemapState || (window.engagemapState = {});
        if (!s.firstFrameMs) s.firstFrameMs = performance.now();
        s.frames = $0; s.slide = $1; s.slides = $2; s.mapWidth = $3; s.mapHeight = $4; s.ready = $5;
        s.date = UTF8ToString($6); s.playing = $7;
    }, app.framesShown, static_cast<int>(app.slide), static_cast<int>(app.story.slides.size()), app.frameWidth,
           app.frameHeight, app.frame ? 1 : 0, ToString(app.date).c_str(), app.playing ? 1 : 0);
}

void ShowFailure(const std::string& message) {
    std::fprintf(stderr, "engagemap: %s\n", message.c_str());
    EM_ASM({ document.body.insertAdjacentText('afterbegin', 'engagemap: ' + UTF8ToString($0)); }, message.c_str());
}

bool Start(WebApp& app, std::string_view bytes) {
    MapPayload payload;
    std::string error;
    if (!ParseMapPayload(bytes, &payload, &error)) return ShowFailure(error), false;
    std::string datasetJson = std::move(payload.datasetJson), storyJson = std::move(payload.storyJson);
    app.document = DocumentFromPayload(std::move(payload));
    DatasetLoadResult dataset = ParseDataset(datasetJson, "embedded dataset");
    if (!dataset.Ok()) return ShowFailure(dataset.errors.front().ToString()), false;
    app.dataset = std::move(dataset.dataset);
    StoryboardLoadResult story = ParseStoryboard(storyJson, "embedded storyboard");
    if (!story.Ok()) return ShowFailure(story.errors.front().ToString()), false;
    app.story = std::move(story.storyboard);
    app.hits.SetCountries(&app.document.countries);

    if (!glfwInit()) return ShowFailure("cannot start GLFW"), false;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    const int w = EM_ASM_INT({ return window.innerWidth; }), h = EM_ASM_INT({ return window.innerHeight; });
    app.window = glfwCreateWindow(std::max(64, w), std::max(64, h), "engagemap", nullptr, nullptr);
    if (!app.window) return ShowFailure("this browser has no WebGL 2"), false;
    glfwMakeContextCurrent(app.window);
    glGenTextures(1, &app.frameTexture);
    glBindTexture(GL_TEXTURE_2D, app.frameTexture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    app.fonts = LoadAppFonts(io, 1.0f);
    io.FontDefault = app.fonts.body;
    ApplyImGuiTheme(app.story.slides.empty() ? Theme::Light : app.story.slides.front().view.theme, 1.0f);
    glfwSetKeyCallback(app.window, OnKey);  // before ImGui's backend, which chains it
    ImGui_ImplGlfw_InitForOpenGL(app.window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    OpenSlide(app, 0);
    return true;
}

}  // namespace
}  // namespace engagemap

// Called by the page's loader with the inflated map data (core/document/map_payload.hpp).
extern "C" EMSCRIPTEN_KEEPALIVE void engagemap_start(const char* bytes, int size) {
    using namespace engagemap;
    g_app = new WebApp();
    if (!Start(*g_app, std::string_view(bytes, static_cast<std::size_t>(size)))) return;
    emscripten_set_main_loop(Frame, 0, false);
}

int main() { return 0; }
