// Prebuilt and cached meshes (core/geo/mesh_cache.hpp): exact round trip, stale files refused,
// the user cache filled once and then used. (The bundled geodata ships snapshots with their mesh:
// test_geodata_snapshot.cpp.)
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "core/geo/geodata_loader.hpp"
#include "core/geo/mesh_cache.hpp"
#include "mesh_expect.hpp"
#include "scratch_dir.hpp"

namespace engagemap {
namespace {

CountrySet Bundled(const char* layer) {
    GeodataOptions geo;
    geo.path = std::string(ENGAGEMAP_SOURCE_DIR) + "/geodata/countries.gpkg";
    geo.layer = layer;
    GeodataResult r = LoadGeodata(geo);
    EXPECT_TRUE(r.Ok());
    return r.countries;
}

using test::ExpectSameMesh;

TEST(MeshCache, EncodeDecodeIsExact) {
    const CountrySet countries = Bundled("countries_110m");
    MapMesh built = BuildMapMesh(countries);
    built.warnings.push_back("Somewhere (XXX): a warning survives the round trip");
    const uint64_t hash = MeshSourceHash(countries);
    const std::string bytes = EncodeMesh(built, hash);
    MapMesh back;
    std::string why;
    ASSERT_TRUE(DecodeMesh(bytes, hash, &back, &why)) << why;
    ExpectSameMesh(built, back);
}

TEST(MeshCache, StaleOrDamagedFilesAreRefused) {
    CountrySet countries = Bundled("countries_110m");
    const uint64_t hash = MeshSourceHash(countries);
    const std::string bytes = EncodeMesh(BuildMapMesh(countries), hash);
    // One vertex moved: another hash, the old file is stale.
    countries.countries[3].polygons[0].rings[0][1].lon += 1e-9;
    const uint64_t moved = MeshSourceHash(countries);
    EXPECT_NE(moved, hash);
    MapMesh mesh;
    std::string why;
    EXPECT_FALSE(DecodeMesh(bytes, moved, &mesh, &why));
    EXPECT_NE(why.find("stale"), std::string::npos) << why;
    // Another densification step or central meridian: another hash too.
    EXPECT_NE(MeshSourceHash(countries, 0.5), moved);
    countries.centralMeridian = 150;
    EXPECT_NE(MeshSourceHash(countries), moved);
    // Truncated, or not a mesh file at all.
    EXPECT_FALSE(DecodeMesh(std::string_view(bytes).substr(0, bytes.size() / 2), hash, &mesh, &why));
    EXPECT_FALSE(DecodeMesh("PNG....", hash, &mesh, &why));
    EXPECT_EQ(why, "not a mesh file");
}

TEST(MeshCache, UserCacheIsFilledOnceThenUsed) {
    const test::ScratchDir dir("mesh_cache");
    setenv("ENGAGEMAP_MESH_CACHE", dir.Path().c_str(), 1);
    CountrySet countries = Bundled("countries_110m");
    countries.source = "/nonexistent/user.geojson";  // no prebuilt mesh next to it
    MeshOrigin origin{};
    const MapMesh first = CachedMapMesh(countries, &origin);
    EXPECT_EQ(origin, MeshOrigin::Built);
    EXPECT_EQ(dir.Files().size(), 1u);
    const MapMesh second = CachedMapMesh(countries, &origin);
    EXPECT_EQ(origin, MeshOrigin::UserCache);
    ExpectSameMesh(first, second);
    // A recentred map is built every time and leaves nothing behind.
    CountrySet recentred = countries;
    recentred.centralMeridian = 150;
    CachedMapMesh(recentred, &origin);
    EXPECT_EQ(origin, MeshOrigin::Built);
    EXPECT_EQ(dir.Files().size(), 1u);
    setenv("ENGAGEMAP_MESH_CACHE", "off", 1);
    CachedMapMesh(countries, &origin);
    EXPECT_EQ(origin, MeshOrigin::Built);
    unsetenv("ENGAGEMAP_MESH_CACHE");
}

}  // namespace
}  // namespace engagemap
