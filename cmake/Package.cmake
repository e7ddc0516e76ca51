# The Debian package (`scripts/package`, or `cpack -G DEB` in the build dir): the install layout of
# cmake/Install.cmake under /usr. Library dependencies are computed from the binary by
# dpkg-shlibdeps (dpkg-dev); the rest are things it cannot see:
#   libgl1           GLFW dlopens libGL.so.1 for the window's GLX context
#   libgl1-mesa-dri  Mesa's DRI drivers (llvmpipe), loaded by EGL for the headless export
#   fonts-dejavu-core  SVG/PDF exports select "DejaVu Sans" through fontconfig (the window and PNG
#                    fonts are compiled in: cmake/EmbeddedFonts.cmake)
# ffmpeg is only run for MP4 export (PNG frames work without it): Recommends.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME engagemap)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "engagemap developers")
set(CPACK_PACKAGE_CONTACT "engagemap developers <dev@engagemap.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "world map of countries' engagement in international cyber policy")
# The long description; CPack puts the summary line before it and indents it for the control file.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "engagemap shows which countries take part in international cyber-policy instruments (treaties, \
forums, dialogues, capacity building) and since when, on a GPU-rendered world map with a timeline. \
Every membership fact carries its source. It exports PNG, CSV and MP4 without a display, and \
presents storyboards full screen for briefings.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # engagemap_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libgl1, libgl1-mesa-dri, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ffmpeg")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xvfb")
set(CPACK_STRIP_FILES ON)
# The app only: the embedding package (headers, static libraries, CMake files: component "dev",
# cmake/Embedding.cmake) is installed by `cmake --install`, not packaged.
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};engagemap;Unspecified;/")
include(CPack)
