# The public API (include/engagemap/) and the installed package (cmake/Embedding.cmake).
#  engagemap_embed_tests: the facade through its public headers only (GoogleTest).
#  embed.install_examples: installs to a temporary prefix, builds examples/ against it, runs them and
#  checks their pictures (install_examples_test.sh, engagemap_png_check).
add_executable(engagemap_embed_tests embed/test_embed_api.cpp)
target_link_libraries(engagemap_embed_tests PRIVATE engagemap::ui GTest::gtest GTest::gtest_main)
target_compile_options(engagemap_embed_tests PRIVATE ${ENGAGEMAP_WARNINGS})
target_compile_definitions(engagemap_embed_tests PRIVATE ENGAGEMAP_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
gtest_discover_tests(engagemap_embed_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS embed ENVIRONMENT "LIBGL_ALWAYS_SOFTWARE=1;EGL_PLATFORM=surfaceless")

add_executable(engagemap_png_check embed/png_check.cpp)
target_link_libraries(engagemap_png_check PRIVATE engagemap_core)
target_compile_options(engagemap_png_check PRIVATE ${ENGAGEMAP_WARNINGS})

# The examples are built with this build's compiler launcher (ccache) and, in the sanitizer build,
# with the sanitizers: the installed static libraries are instrumented, so their host must be too.
set(_embed_example_args)
if(CMAKE_CXX_COMPILER_LAUNCHER)
  list(APPEND _embed_example_args -DCMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}
       -DCMAKE_C_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER})
endif()
if(ENGAGEMAP_SANITIZE)
  list(APPEND _embed_example_args "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-omit-frame-pointer"
       "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined")
endif()
add_test(NAME embed.install_examples
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/embed/install_examples_test.sh ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR}
          $<TARGET_FILE:engagemap_png_check> ${_embed_example_args})
# RUN_SERIAL: it compiles two programs and runs one under Xvfb.
set_tests_properties(embed.install_examples PROPERTIES LABELS embed RUN_SERIAL TRUE TIMEOUT 900
  ENVIRONMENT "LIBGL_ALWAYS_SOFTWARE=1;EGL_PLATFORM=surfaceless")
