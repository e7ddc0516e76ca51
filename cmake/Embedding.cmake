# The public API for other applications (include/engagemap/, a facade in src/embed/) and the
# installed CMake package: find_package(engagemap CONFIG REQUIRED) gives
#   engagemap::core    data, view, timeline (GDAL, nlohmann/json; no GL, no ImGui)
#   engagemap::render  the OpenGL 3.3 renderer (glad, EGL)
#   engagemap::ui      the ImGui map widget and the headless renderer (ImGui 1.86, GLFW, FreeType, cairo)
#   engagemap::glad    the OpenGL loader the libraries call through (its header is installed; see
#                      docs/embedding.md "OpenGL loader"), engagemap::imgui_backends (the app's own)
# Layout under the prefix:
#   include/engagemap/*.hpp                 public headers (version.hpp generated here)
#   include/engagemap/third_party/{glad,KHR} the glad loader's headers
#   lib/libengagemap_*.a, lib/cmake/engagemap/ static libraries, config + version files, targets
#   share/engagemap/{geodata,datasets}       bundled data (cmake/Install.cmake): BundledDataDir()
include(CMakePackageConfigHelpers)
include(GNUInstallDirs)

set(ENGAGEMAP_GENERATED_INCLUDE ${CMAKE_BINARY_DIR}/generated/include)
configure_file(${CMAKE_SOURCE_DIR}/include/engagemap/version.hpp.in ${ENGAGEMAP_GENERATED_INCLUDE}/engagemap/version.hpp @ONLY)

target_sources(engagemap_core PRIVATE src/embed/common.cpp src/embed/data.cpp src/embed/view.cpp src/embed/timeline.cpp)
target_sources(engagemap_ui PRIVATE src/embed/map_widget.cpp src/embed/headless_renderer.cpp)
target_include_directories(engagemap_core PUBLIC
  $<BUILD_INTERFACE:${CMAKE_SOURCE_DIR}/include> $<BUILD_INTERFACE:${ENGAGEMAP_GENERATED_INCLUDE}>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
# BundledDataDir() (data.hpp): the source tree in this build, <prefix>/share/engagemap once installed
# (the exported targets compute <prefix> from where they are found, so a moved prefix still works).
target_compile_definitions(engagemap_core INTERFACE
  $<BUILD_INTERFACE:ENGAGEMAP_BUNDLED_DATA_DIR="${CMAKE_SOURCE_DIR}">
  $<INSTALL_INTERFACE:ENGAGEMAP_BUNDLED_DATA_DIR="$<INSTALL_PREFIX>/${CMAKE_INSTALL_DATADIR}/engagemap">)

set_target_properties(engagemap_core PROPERTIES EXPORT_NAME core)
set_target_properties(engagemap_render PROPERTIES EXPORT_NAME render)
set_target_properties(engagemap_ui PROPERTIES EXPORT_NAME ui)
set_target_properties(engagemap_raster PROPERTIES EXPORT_NAME raster)
set_target_properties(glad PROPERTIES EXPORT_NAME glad)
set_target_properties(imgui_backends PROPERTIES EXPORT_NAME imgui_backends)
# The same names inside this build, so in-tree code can use what hosts use.
add_library(engagemap::core ALIAS engagemap_core)
add_library(engagemap::render ALIAS engagemap_render)
add_library(engagemap::ui ALIAS engagemap_ui)

# Component "dev": `cmake --install` installs it with everything else; the Debian package (the app)
# leaves it out (CPACK_COMPONENTS_ALL in cmake/Package.cmake).
install(TARGETS engagemap_core engagemap_raster engagemap_render engagemap_ui glad imgui_backends EXPORT engagemapTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev)
install(DIRECTORY include/engagemap DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT dev FILES_MATCHING PATTERN "*.hpp")
install(FILES ${ENGAGEMAP_GENERATED_INCLUDE}/engagemap/version.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/engagemap
        COMPONENT dev)
install(DIRECTORY ${GLAD_DIR}/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/engagemap/third_party COMPONENT dev)

set(ENGAGEMAP_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/engagemap)
install(EXPORT engagemapTargets NAMESPACE engagemap:: DESTINATION ${ENGAGEMAP_CMAKE_DIR} COMPONENT dev)
configure_package_config_file(${CMAKE_SOURCE_DIR}/cmake/engagemapConfig.cmake.in
  ${CMAKE_BINARY_DIR}/generated/engagemapConfig.cmake INSTALL_DESTINATION ${ENGAGEMAP_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_BINARY_DIR}/generated/engagemapConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES ${CMAKE_BINARY_DIR}/generated/engagemapConfig.cmake ${CMAKE_BINARY_DIR}/generated/engagemapConfigVersion.cmake
        DESTINATION ${ENGAGEMAP_CMAKE_DIR} COMPONENT dev)
install(FILES docs/embedding.md DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)
