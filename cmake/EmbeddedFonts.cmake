# DejaVu Sans (regular, bold) compiled into engagemap_ui (src/ui/embedded_fonts.hpp): the window,
# the PNG/video exports and embedding hosts need no font files at run time. The files come from
# Debian's fonts-dejavu-core (scripts/setup) at build time; nothing is downloaded.
find_file(ENGAGEMAP_FONT_REGULAR DejaVuSans.ttf PATHS /usr/share/fonts/truetype/dejavu /usr/share/fonts/TTF
          NO_DEFAULT_PATH REQUIRED)
find_file(ENGAGEMAP_FONT_BOLD DejaVuSans-Bold.ttf PATHS /usr/share/fonts/truetype/dejavu /usr/share/fonts/TTF
          NO_DEFAULT_PATH REQUIRED)
file(SHA256 ${ENGAGEMAP_FONT_REGULAR} ENGAGEMAP_FONT_REGULAR_SHA256)
file(SHA256 ${ENGAGEMAP_FONT_BOLD} ENGAGEMAP_FONT_BOLD_SHA256)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ENGAGEMAP_FONT_REGULAR} ${ENGAGEMAP_FONT_BOLD})
configure_file(${CMAKE_SOURCE_DIR}/cmake/embedded_fonts.cpp.in ${CMAKE_BINARY_DIR}/generated/embedded_fonts.cpp @ONLY)
target_sources(engagemap_ui PRIVATE ${CMAKE_BINARY_DIR}/generated/embedded_fonts.cpp)
