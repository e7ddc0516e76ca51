# `cmake --install BUILD --prefix P` lays engagemap out as a relocatable tree; the binary finds its
# data at <bin>/../share/engagemap (src/core/io/data_paths.hpp), so P can be anything and be moved.
#   P/bin/engagemap                            the lean program (no GDAL/GL; hands the rest over)
#   P/libexec/engagemap/engagemap-full         the full program (window, GDAL, GL, cairo)
#   P/share/engagemap/{geodata,datasets}       bundled boundaries and engagement dataset (+ sources)
#   P/share/doc/engagemap/                     README, CHANGELOG, docs, copyright
#   P/share/man/man1/engagemap.1.gz            man page            (generated: cmake/CommandLineDocs.cmake)
#   P/share/bash-completion/completions/engagemap, P/share/zsh/vendor-completions/_engagemap
#   P/share/applications/engagemap.desktop, P/share/icons/hicolor/scalable/apps/engagemap.svg
# Everything goes in one component (the Debian package is that one component).
include(GNUInstallDirs)

install(TARGETS engagemap RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The full program the lean `engagemap` hands the window and GDAL/GL work to (src/app/lean/).
install(TARGETS engagemap_full RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/engagemap)

set(ENGAGEMAP_INSTALL_DATADIR ${CMAKE_INSTALL_DATADIR}/engagemap)
install(FILES geodata/countries.gpkg geodata/countries.gpkg.countries_110m.snapshot geodata/countries.gpkg.countries_50m.snapshot geodata/README.md DESTINATION ${ENGAGEMAP_INSTALL_DATADIR}/geodata)
install(FILES datasets/engagemap.json datasets/schema.json datasets/README.md datasets/budapest-briefing.story.json
        DESTINATION ${ENGAGEMAP_INSTALL_DATADIR}/datasets)
# The source tables every fact was imported from: the provenance behind the dataset.
install(DIRECTORY datasets/sources DESTINATION ${ENGAGEMAP_INSTALL_DATADIR}/datasets)

install(FILES README.md CHANGELOG.md docs/architecture.md docs/performance.md packaging/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES docs/screenshot.png docs/window.png docs/presentation.png DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)

install(FILES packaging/engagemap.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES packaging/engagemap.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Man page and completions, generated at build time from the command-line definition.
set(ENGAGEMAP_DOCS_DIR ${CMAKE_BINARY_DIR}/generated/docs)
file(MAKE_DIRECTORY ${ENGAGEMAP_DOCS_DIR})
add_custom_command(
  OUTPUT ${ENGAGEMAP_DOCS_DIR}/engagemap.1 ${ENGAGEMAP_DOCS_DIR}/engagemap.1.gz ${ENGAGEMAP_DOCS_DIR}/engagemap.bash
         ${ENGAGEMAP_DOCS_DIR}/_engagemap
  COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:engagemap> -DOUT_DIR=${ENGAGEMAP_DOCS_DIR}
          -P ${CMAKE_SOURCE_DIR}/cmake/CommandLineDocs.cmake
  DEPENDS engagemap ${CMAKE_SOURCE_DIR}/cmake/CommandLineDocs.cmake
  COMMENT "Generating the man page and shell completions from the command line"
  VERBATIM)
add_custom_target(engagemap_docs ALL DEPENDS ${ENGAGEMAP_DOCS_DIR}/engagemap.1)
install(FILES ${ENGAGEMAP_DOCS_DIR}/engagemap.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${ENGAGEMAP_DOCS_DIR}/engagemap.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME engagemap)
install(FILES ${ENGAGEMAP_DOCS_DIR}/_engagemap DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
