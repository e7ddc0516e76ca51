# Done-when test of the install layout (run by ctest as `cmake -P`; no network): installs the build
# into a fresh temporary prefix outside the build tree, then runs the installed binary from / with
# the environment cleared of anything that could point at the source tree, and checks that
#   - a data export finds the installed geodata and dataset and writes a PNG of the asked size,
#   - --version reports the installed dataset,
#   - the desktop entry, icon, docs, man page and shell completions are in place.
# Usage: cmake -DBUILD_DIR=dir -DEXPECT_VERSION=x.y.z -P install_test.cmake
cmake_minimum_required(VERSION 3.22)
foreach(var BUILD_DIR EXPECT_VERSION)
  if(NOT ${var})
    message(FATAL_ERROR "install_test: pass -D${var}=...")
  endif()
endforeach()

set(tmp_root "$ENV{TMPDIR}")
if(NOT tmp_root)
  set(tmp_root /tmp)
endif()
string(RANDOM LENGTH 10 suffix)
set(PREFIX "${tmp_root}/engagemap-install-test-${suffix}")
file(REMOVE_RECURSE "${PREFIX}")

function(fail msg)
  file(REMOVE_RECURSE "${PREFIX}")
  message(FATAL_ERROR "install_test: ${msg}")
endfunction()

execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  fail("cmake --install failed (${rc}): ${err}")
endif()

set(expected_files
  bin/engagemap
  share/engagemap/geodata/countries.gpkg
  share/engagemap/datasets/engagemap.json
  share/engagemap/datasets/sources/instruments.json
  share/doc/engagemap/README.md
  share/doc/engagemap/CHANGELOG.md
  share/doc/engagemap/copyright
  share/applications/engagemap.desktop
  share/icons/hicolor/scalable/apps/engagemap.svg
  ${EXTRA_EXPECTED_FILES})
foreach(f ${expected_files})
  if(NOT EXISTS "${PREFIX}/${f}")
    fail("${f} is not installed")
  endif()
endforeach()

# The installed binary, from /, with no DISPLAY and no ENGAGEMAP_DATA_DIR: only its own location
# can lead it to the data.
macro(set_installed_command)
  set(run ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=ENGAGEMAP_DATA_DIR LIBGL_ALWAYS_SOFTWARE=1
          EGL_PLATFORM=surfaceless "${PREFIX}/bin/engagemap")
endmacro()
set_installed_command()
set(png "${PREFIX}/out/budapest.png")
file(MAKE_DIRECTORY "${PREFIX}/out")
execute_process(COMMAND ${run} --export "${png}" --instrument budapest --size 640x360
                WORKING_DIRECTORY / RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  fail("export from / failed (${rc}): ${out}${err}")
endif()
if(NOT out MATCHES "wrote .*budapest.png \\(640x360, .*status view of budapest at ")
  fail("unexpected export output: ${out}")
endif()
# PNG signature, then the IHDR chunk: width and height as big-endian 32-bit numbers at bytes 16..23.
file(READ "${png}" head LIMIT 24 HEX)
string(SUBSTRING "${head}" 0 16 signature)
string(SUBSTRING "${head}" 32 8 width_hex)
string(SUBSTRING "${head}" 40 8 height_hex)
math(EXPR width "0x${width_hex}")
math(EXPR height "0x${height_hex}")
if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL 640 OR NOT height EQUAL 360)
  fail("${png} is not a 640x360 PNG (signature ${signature}, ${width}x${height})")
endif()

execute_process(COMMAND ${run} --version WORKING_DIRECTORY / RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^engagemap ${EXPECT_VERSION} \\(git [0-9a-z-]+\\)\n"
   OR NOT out MATCHES "dataset: ${PREFIX}/share/engagemap/datasets/engagemap.json\n  format version 1, as of [0-9-]+ ")
  fail("unexpected --version output (${rc}): ${out}${err}")
endif()

# The installed man page shows the options (where man(1) is installed).
find_program(MAN_EXE man)
if(MAN_EXE AND EXISTS "${PREFIX}/share/man/man1/engagemap.1.gz")
  execute_process(COMMAND ${CMAKE_COMMAND} -E env MANPAGER=cat MANWIDTH=80 ${MAN_EXE} -l "${PREFIX}/share/man/man1/engagemap.1.gz"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "--instrument ID" OR NOT out MATCHES "engagemap query count")
    fail("man -l on the installed man page (${rc}): ${out}${err}")
  endif()
endif()

# Moved elsewhere, the tree still works (relocatable); ENGAGEMAP_DATA_DIR points anywhere else.
file(RENAME "${PREFIX}" "${PREFIX}-moved")
set(PREFIX "${PREFIX}-moved")
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY LIBGL_ALWAYS_SOFTWARE=1 EGL_PLATFORM=surfaceless
                        ENGAGEMAP_DATA_DIR=/nonexistent "${PREFIX}/bin/engagemap" --export "${PREFIX}/out/x.png"
                WORKING_DIRECTORY / RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "looked in /nonexistent \\(from ENGAGEMAP_DATA_DIR\\)")
  fail("ENGAGEMAP_DATA_DIR=/nonexistent was not honoured (${rc}): ${out}${err}")
endif()
set_installed_command()
execute_process(COMMAND ${run} --export "${PREFIX}/out/moved.png" --size 320x180 WORKING_DIRECTORY /
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${PREFIX}/out/moved.png")
  fail("export after moving the prefix failed (${rc}): ${out}${err}")
endif()

file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "install_test: installed, exported 640x360 from /, relocated: ok")
