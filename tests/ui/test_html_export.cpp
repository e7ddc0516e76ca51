// The HTML export's writer (export/html_export.hpp): a missing web module is refused with a
// message saying how to build it; the page embeds the module and the payload, which inflates back
// to the same bytes; the sample briefing's page stays within its size budget (5 MB).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/data/dataset_loader.hpp"
#include "core/document/map_document.hpp"
#include "export/html_export.hpp"

namespace engagemap {
namespace {

namespace fs = std::filesystem;

// A stand-in module: the real template (web/page.html) with small fake program files.
WebModule TemplateModule() {
    WebModule module;
    std::ifstream in(std::string(ENGAGEMAP_SOURCE_DIR) + "/web/page.html");
    module.page.assign(std::istreambuf_iterator<char>(in), {});
    module.glue = "console.log('glue');";
    module.wasm = std::string("\0asm\1\0\0\0", 8);
    return module;
}

TEST(HtmlExport, MissingModuleSaysHowToBuildIt) {
    WebModule module;
    std::string error;
    const std::string dir = (fs::temp_directory_path() / "engagemap-no-web-module").string();
    EXPECT_FALSE(LoadWebModule({dir}, &module, &error));
    EXPECT_NE(error.find("scripts/build-web"), std::string::npos) << error;
    EXPECT_NE(error.find(dir), std::string::npos) << error;
}

TEST(HtmlExport, FindsAModuleDirectoryWithAllThreeFiles) {
    const fs::path dir = fs::temp_directory_path() / "engagemap-web-module-test";
    fs::create_directories(dir);
    const WebModule made = TemplateModule();
    std::ofstream(dir / "engagemap_web.js") << made.glue;
    std::ofstream(dir / "engagemap_web.wasm", std::ios::binary) << made.wasm;
    std::ofstream(dir / "engagemap_web.html") << made.page;
    WebModule module;
    std::string error;
    ASSERT_TRUE(LoadWebModule({"/nonexistent", dir.string()}, &module, &error)) << error;
    EXPECT_EQ(module.wasm, made.wasm);
    fs::remove(dir / "engagemap_web.wasm");
    EXPECT_FALSE(LoadWebModule({dir.string()}, &module, &error));
    fs::remove_all(dir);
}

TEST(HtmlExport, PayloadRoundTripsThroughThePage) {
    MapPayload payload;
    payload.datasetJson = std::string(200000, 'x') + "<script></script>&";
    payload.storyJson = "{\"title\":\"</script><b>\"}";
    const std::string page = BuildHtmlPage(TemplateModule(), SerializeMapPayload(payload), "A & B <briefing>");
    EXPECT_NE(page.find("<title>A &amp; B &lt;briefing&gt;</title>"), std::string::npos);
    for (const char* placeholder : {"@MODULE@", "@GLUE@", "@DATA@", "@TITLE@"})
        EXPECT_EQ(page.find(placeholder), std::string::npos) << placeholder;
    EXPECT_EQ(page.find("<b>"), std::string::npos);  // nothing embedded as markup
    EXPECT_EQ(page.find("http://"), std::string::npos);  // nothing fetched when opened
    EXPECT_EQ(page.find("https://"), std::string::npos);
    std::string bytes, error;
    ASSERT_TRUE(ExtractHtmlPayload(page, &bytes, &error)) << error;
    MapPayload back;
    ASSERT_TRUE(ParseMapPayload(bytes, &back, &error)) << error;
    EXPECT_EQ(back.datasetJson, payload.datasetJson);
    EXPECT_EQ(back.storyJson, payload.storyJson);
    EXPECT_LT(page.size(), 100000u);  // compressed: 200 kB of one letter is a few hundred bytes
}

TEST(HtmlExport, SampleBriefingDataLeavesRoomForTheModule) {
    // The bundled geodata (1:50m) and dataset as a page embeds them: at most 2 MB, leaving 3 MB of the
    // 5 MB budget to the web module (the browser test measures the real page).
    std::vector<LoadError> errors;
    GeodataOptions geodata;
    geodata.path = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";
    geodata.layer = "countries_50m";
    auto document = LoadMapDocument(geodata, &errors);
    ASSERT_TRUE(document);
    MapPayload payload;
    std::string error;
    ASSERT_TRUE(ReadFileVsi(std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/engagemap.json", 1 << 26, &payload.datasetJson, &error));
    payload.countries = document->countries;
    payload.mesh = document->mesh;
    payload.colours = document->colours;
    const fs::path path = fs::temp_directory_path() / "engagemap-budget-test.html";
    std::size_t bytes = 0;
    ASSERT_TRUE(WriteHtmlExport(path.string(), TemplateModule(), payload, "Budapest", &error, &bytes)) << error;
    EXPECT_EQ(fs::file_size(path), bytes);
    EXPECT_LE(bytes, 2u * 1000 * 1000) << "the page's data is " << bytes << " bytes";
    std::ifstream in(path);
    const std::string page((std::istreambuf_iterator<char>(in)), {});
    std::string back;
    ASSERT_TRUE(ExtractHtmlPayload(page, &back, &error)) << error;
    EXPECT_EQ(back, SerializeMapPayload(payload));
    fs::remove(path);
}

}  // namespace
}  // namespace engagemap
