// Shared by the mesh-file and geodata-snapshot tests: two meshes are equal value for value.
#pragma once

#include <gtest/gtest.h>

#include "core/geo/map_mesh.hpp"

namespace engagemap::test {

inline void ExpectSameMesh(const MapMesh& a, const MapMesh& b) {
    ASSERT_EQ(a.fillVertices.size(), b.fillVertices.size());
    ASSERT_EQ(a.borderSegments.size(), b.borderSegments.size());
    for (size_t i = 0; i < a.fillVertices.size(); ++i) {
        ASSERT_EQ(a.fillVertices[i].lon, b.fillVertices[i].lon);
        ASSERT_EQ(a.fillVertices[i].lat, b.fillVertices[i].lat);
    }
    EXPECT_TRUE(a.fillCountry == b.fillCountry);
    for (size_t i = 0; i < a.borderSegments.size(); ++i) {
        ASSERT_EQ(a.borderSegments[i].lon, b.borderSegments[i].lon);
        ASSERT_EQ(a.borderSegments[i].lat, b.borderSegments[i].lat);
    }
    EXPECT_EQ(a.warnings, b.warnings);
}

}  // namespace engagemap::test
