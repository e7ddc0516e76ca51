// The window's Table tab without a GL context: RefreshTableTab fills the model the panel draws
// from the view or a date range, and ExportTableTabCsv writes exactly the rows shown to a new file.
// On the analyst fixture, the tab's export equals `engagemap query list --format csv`.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/filter/view_table.hpp"
#include "ui/app_state.hpp"

namespace engagemap {
namespace {

const std::string kSource = ENGAGEMAP_SOURCE_DIR;

std::string Read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST(TableTab, RangeModeAndExportAreTheCommandsAnswer) {
    AppState app;
    app.options.geodata.path = kSource + "/geodata/countries.gpkg";
    app.options.geodata.layer = "countries_110m";
    std::vector<LoadError> errors;
    app.session.document = std::shared_ptr<const MapDocument>(LoadMapDocument(app.options.geodata, &errors));
    ASSERT_TRUE(app.session.document);
    LoadDatasetFile(app, kSource + "/tests/data/queries/analyst.json");
    ASSERT_TRUE(app.session.dataset);
    ASSERT_TRUE(SelectInstrumentA(app.explorer, *app.session.dataset, "tre"));

    app.table.range = true;
    app.table.from = "2015-01-01";
    app.table.to = "2020-12-31";
    app.table.event = EventSelector::Deposit;
    RefreshTableTab(app);
    EXPECT_TRUE(app.table.error.empty()) << app.table.error;
    ASSERT_TRUE(app.table.change);
    EXPECT_EQ(app.table.change->atTo.certain, 5);
    const std::string expected = Read(kSource + "/tests/data/queries/list_range_csv.expected");
    EXPECT_EQ(ToCsv(app.table.model.Shown()), expected);

    // Export writes what is shown (filtered, sorted) and never replaces an earlier export.
    const auto dir = std::filesystem::temp_directory_path() / ("engagemap-table-tab-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto cwd = std::filesystem::current_path();
    std::filesystem::current_path(dir);
    std::string error;
    const std::string first = ExportTableTabCsv(app, &error);
    EXPECT_EQ(first, "engagemap-table-tre-2015-01-01_2020-12-31.csv") << error;
    app.table.model.SetFilter("western africa");
    app.table.model.SetSort(0, true);
    RefreshTableTab(app);  // as every frame: the rows are rebuilt, sort and filter kept
    const std::string second = ExportTableTabCsv(app, &error);
    EXPECT_EQ(second, "engagemap-table-tre-2015-01-01_2020-12-31-2.csv") << error;
    const std::string firstText = Read(first), secondText = Read(second);
    std::filesystem::current_path(cwd);
    std::filesystem::remove_all(dir);
    EXPECT_EQ(firstText, expected);
    EXPECT_EQ(secondText, ToCsv(app.table.model.Shown()));
    EXPECT_EQ(secondText.substr(secondText.find('\n') + 1, 3), "SEN");  // descending by iso3

    // A bad date says why and shows no rows.
    app.table.to = "2020-13-01";
    RefreshTableTab(app);
    EXPECT_FALSE(app.table.error.empty());
    EXPECT_TRUE(app.table.model.Shown().rows.empty());
    // The current view mirrors the map's table at the shown date.
    app.table.range = false;
    RecolourMap(app, false);
    RefreshTableTab(app);
    EXPECT_TRUE(app.table.error.empty());
    const ViewTable view = BuildViewTable(*app.session.dataset, app.session.document->countries, app.explorer.request,
                                          app.explorer.view);
    ASSERT_FALSE(view.rows.empty());
    EXPECT_EQ(app.table.model.Source().rows, view.rows);
}

}  // namespace
}  // namespace engagemap
