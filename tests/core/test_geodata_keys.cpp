// Checks the committed geodata/countries.gpkg (built by geodata/build) through plain OGR:
// keys, names, regions, UN member coverage, antimeridian cutting and label points.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/geo/country_geometry.hpp"

namespace engagemap {
namespace {

const std::string kGeodataPath = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";
const char* const kLayers[] = {"countries_110m", "countries_50m", "countries_10m"};

// ISO 3166-1 alpha-3 codes of the 193 UN member states.
const std::vector<std::string> kUnMemberStates = {
    "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD",
    "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI",
    "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "CRI", "CIV", "HRV",
    "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI",
    "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM",
    "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA",
    "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY",
    "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM",
    "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA",
    "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR",
    "MDA", "ROU", "RUS", "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC",
    "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE",
    "SYR", "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE",
    "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE",
};

struct Row {
    std::string isoN3, name, region, subregion;
    double labelLon = 0, labelLat = 0;
    std::unique_ptr<OGRGeometry> geometry;
};

class GeodataKeys : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        GDALAllRegister();
        dataset_.reset(GDALDataset::Open(kGeodataPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    }
    static void TearDownTestSuite() { dataset_.reset(); }

    // All features of a layer by key (fails the test on duplicate keys).
    static std::map<std::string, Row> ReadLayer(const char* name) {
        std::map<std::string, Row> rows;
        OGRLayer* layer = dataset_ ? dataset_->GetLayerByName(name) : nullptr;
        EXPECT_NE(layer, nullptr) << name;
        if (!layer) return rows;
        layer->ResetReading();
        for (auto& feature : *layer) {
            const std::string key = feature->GetFieldAsString("iso3");
            Row row;
            row.isoN3 = feature->GetFieldAsString("iso_n3");
            row.name = feature->GetFieldAsString("name");
            row.region = feature->GetFieldAsString("region");
            row.subregion = feature->GetFieldAsString("subregion");
            row.labelLon = feature->GetFieldAsDouble("label_lon");
            row.labelLat = feature->GetFieldAsDouble("label_lat");
            row.geometry.reset(feature->StealGeometry());
            EXPECT_TRUE(rows.emplace(key, std::move(row)).second) << name << ": duplicate key " << key;
        }
        return rows;
    }

    static std::unique_ptr<GDALDataset> dataset_;
};

std::unique_ptr<GDALDataset> GeodataKeys::dataset_;

TEST_F(GeodataKeys, OpensWithThreeMultiPolygonLayersInWgs84) {
    ASSERT_NE(dataset_, nullptr) << "missing " << kGeodataPath << " (run geodata/build)";
    for (const char* name : kLayers) {
        OGRLayer* layer = dataset_->GetLayerByName(name);
        ASSERT_NE(layer, nullptr) << name;
        EXPECT_EQ(wkbFlatten(layer->GetGeomType()), wkbMultiPolygon) << name;
        const OGRSpatialReference* srs = layer->GetSpatialRef();
        ASSERT_NE(srs, nullptr) << name;
        EXPECT_STREQ(srs->GetAuthorityCode(nullptr), "4326") << name;
        EXPECT_GT(layer->GetFeatureCount(), 170) << name;
    }
}

TEST_F(GeodataKeys, KnownCountriesHaveExpectedNamesAndRegions) {
    ASSERT_NE(dataset_, nullptr);
    struct Expected {
        const char* key;
        const char* name;
        const char* region;
        const char* subregion;
        const char* isoN3;
    };
    const Expected expected[] = {
        {"FRA", "France", "Europe", "Western Europe", "250"},
        {"NOR", "Norway", "Europe", "Northern Europe", "578"},
        {"XKX", "Kosovo", "Europe", "Southern Europe", ""},
        {"KEN", "Kenya", "Africa", "Sub-Saharan Africa", "404"},
        {"ARG", "Argentina", "Americas", "Latin America and the Caribbean", "032"},
        {"ATA", "Antarctica", "", "", "010"},
    };
    for (const char* layerName : kLayers) {
        const auto rows = ReadLayer(layerName);
        for (const Expected& e : expected) {
            auto it = rows.find(e.key);
            ASSERT_NE(it, rows.end()) << layerName << ": no " << e.key;
            EXPECT_EQ(it->second.name, e.name) << layerName;
            EXPECT_EQ(it->second.region, e.region) << layerName << " " << e.key;
            EXPECT_EQ(it->second.subregion, e.subregion) << layerName << " " << e.key;
            EXPECT_EQ(it->second.isoN3, e.isoN3) << layerName << " " << e.key;
        }
    }
}

TEST_F(GeodataKeys, NonIsoFeaturesGetNeKeysThatAreNotIso) {
    ASSERT_NE(dataset_, nullptr);
    for (const char* layerName : kLayers) {
        const auto rows = ReadLayer(layerName);
        for (const char* key : {"NE-somaliland", "NE-n-cyprus"}) {
            auto it = rows.find(key);
            ASSERT_NE(it, rows.end()) << layerName << ": no " << key;
            EXPECT_FALSE(IsIsoCountryKey(key));
            EXPECT_TRUE(it->second.isoN3.empty());
        }
        EXPECT_EQ(rows.at("NE-somaliland").name, "Somaliland");
        EXPECT_EQ(rows.at("NE-somaliland").region, "Africa");
        EXPECT_EQ(rows.at("NE-n-cyprus").name, "N. Cyprus");
        // Every key is either ISO (three capitals) or NE-<lowercase slug>.
        for (const auto& [key, row] : rows) {
            if (IsIsoCountryKey(key)) {
                EXPECT_TRUE(row.isoN3.size() == 3 || key == "XKX") << layerName << " " << key;
                continue;
            }
            ASSERT_GT(key.size(), 3u) << key;
            EXPECT_EQ(key.substr(0, 3), "NE-") << layerName << " " << key;
            for (char c : key.substr(3))
                EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') << key;
        }
    }
}

TEST_F(GeodataKeys, EveryUnMemberStateHasAPolygonAt50m) {
    ASSERT_NE(dataset_, nullptr);
    ASSERT_EQ(kUnMemberStates.size(), 193u);
    ASSERT_EQ(std::set<std::string>(kUnMemberStates.begin(), kUnMemberStates.end()).size(), 193u);
    const auto rows = ReadLayer("countries_50m");
    for (const std::string& key : kUnMemberStates) {
        auto it = rows.find(key);
        ASSERT_NE(it, rows.end()) << "UN member " << key << " missing from countries_50m";
        ASSERT_NE(it->second.geometry, nullptr) << key;
        EXPECT_FALSE(it->second.geometry->IsEmpty()) << key;
        EXPECT_FALSE(it->second.region.empty()) << key;
    }
}

// Visits every ring edge of a (multi)polygon.
template <typename Visit>
void ForEachEdge(const OGRGeometry* geometry, Visit&& visit) {
    if (!geometry) return;
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbMultiPolygon) {
        for (const OGRPolygon* polygon : *geometry->toMultiPolygon()) ForEachEdge(polygon, visit);
    } else if (type == wkbPolygon) {
        for (const OGRLinearRing* ring : *geometry->toPolygon())
            for (int i = 0; i + 1 < ring->getNumPoints(); ++i)
                visit(ring->getX(i), ring->getY(i), ring->getX(i + 1), ring->getY(i + 1));
    }
}

TEST_F(GeodataKeys, NoEdgeCrossesTheAntimeridian) {
    ASSERT_NE(dataset_, nullptr);
    for (const char* layerName : kLayers) {
        const auto rows = ReadLayer(layerName);
        for (const auto& [key, row] : rows) {
            int crossing = 0, outside = 0;
            ForEachEdge(row.geometry.get(), [&](double x0, double y0, double x1, double y1) {
                if (std::fabs(x1 - x0) > 180.0) ++crossing;
                if (x0 < -180.0 || x0 > 180.0 || y0 < -90.0 || y0 > 90.0) ++outside;
                (void)y1;
            });
            EXPECT_EQ(crossing, 0) << layerName << " " << key;
            EXPECT_EQ(outside, 0) << layerName << " " << key;
        }
    }
}

TEST_F(GeodataKeys, CrossingCountriesReachTheAntimeridianFromBothSides) {
    ASSERT_NE(dataset_, nullptr);
    const auto rows = ReadLayer("countries_50m");
    for (const char* key : {"RUS", "FJI"}) {
        OGREnvelope box;
        rows.at(key).geometry->getEnvelope(&box);
        EXPECT_EQ(box.MinX, -180.0) << key;
        EXPECT_EQ(box.MaxX, 180.0) << key;
    }
    // Antarctica runs down to the pole along lat -90.
    OGREnvelope box;
    rows.at("ATA").geometry->getEnvelope(&box);
    EXPECT_EQ(box.MinY, -90.0);
    EXPECT_EQ(box.MinX, -180.0);
    EXPECT_EQ(box.MaxX, 180.0);
}

TEST_F(GeodataKeys, LabelPointsLieInsideTheirCountryAt50m) {
    ASSERT_NE(dataset_, nullptr);
    const auto rows = ReadLayer("countries_50m");
    ASSERT_FALSE(rows.empty());
    for (const auto& [key, row] : rows) {
        OGRPoint label(row.labelLon, row.labelLat);
        EXPECT_TRUE(label.Within(row.geometry.get()))
            << key << " label " << row.labelLon << ", " << row.labelLat << " is outside";
    }
}

TEST_F(GeodataKeys, EveryGeometryIsValidPerGeos) {
    ASSERT_NE(dataset_, nullptr);
    for (const char* layerName : kLayers) {
        const auto rows = ReadLayer(layerName);
        for (const auto& [key, row] : rows) {
            ASSERT_NE(row.geometry, nullptr) << layerName << " " << key;
            EXPECT_TRUE(row.geometry->IsValid()) << layerName << " " << key;
        }
    }
}

TEST_F(GeodataKeys, FeaturesAreSortedByKey) {
    ASSERT_NE(dataset_, nullptr);
    for (const char* layerName : kLayers) {
        OGRLayer* layer = dataset_->GetLayerByName(layerName);
        ASSERT_NE(layer, nullptr);
        layer->ResetReading();
        std::string previous;
        for (auto& feature : *layer) {
            const std::string key = feature->GetFieldAsString("iso3");
            EXPECT_LT(previous, key) << layerName;
            previous = key;
        }
    }
}

}  // namespace
}  // namespace engagemap
