# End-to-end tests of the engagemap executable, run by ctest (included from tests/CMakeLists.txt).
set(APP $<TARGET_FILE:engagemap>)
set(OUT ${CMAKE_CURRENT_BINARY_DIR}/app-out)
file(MAKE_DIRECTORY ${OUT})

# Headless export at 1080p and 4K: no display involved (DISPLAY unset).
foreach(size 1920x1080 3840x2160)
  add_test(NAME app.export_${size}
    COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY LIBGL_ALWAYS_SOFTWARE=1
            ${APP} --export ${OUT}/export_${size}.png --size ${size})
  set_tests_properties(app.export_${size} PROPERTIES LABELS app PASS_REGULAR_EXPRESSION "wrote .*export_${size}.png \\(${size}")
endforeach()
add_test(NAME app.export_every_scale_and_projection
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY LIBGL_ALWAYS_SOFTWARE=1 sh -c
    "for s in 110m 50m 10m; do $<TARGET_FILE:engagemap> --export ${OUT}/scale_$s.png --scale $s --size 640x360 || exit 1; done; \
     for p in equal-earth robinson natural-earth equirectangular web-mercator; do \
       $<TARGET_FILE:engagemap> --export ${OUT}/proj_$p.png --projection $p --size 640x360 || exit 1; done")
set_tests_properties(app.export_every_scale_and_projection PROPERTIES LABELS app)

# Bad input: one clear message naming the file and the problem, exit code 1 (2 for usage), no crash.
function(engagemap_expect_error name regex)
  add_test(NAME app.bad_input.${name} COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY ${APP} ${ARGN})
  set_tests_properties(app.bad_input.${name} PROPERTIES LABELS app WILL_FAIL FALSE
    PASS_REGULAR_EXPRESSION "${regex}")
endfunction()
set(DATA ${CMAKE_CURRENT_SOURCE_DIR}/data)
engagemap_expect_error(missing_geodata "engagemap: /nonexistent/countries.gpkg: cannot open"
  --geodata /nonexistent/countries.gpkg --export ${OUT}/x.png)
engagemap_expect_error(not_geographic "engagemap: .*README.md: "
  --geodata ${CMAKE_SOURCE_DIR}/README.md --export ${OUT}/x.png)
engagemap_expect_error(no_iso_field "has no field 'no_such_field'"
  --iso-field no_such_field --export ${OUT}/x.png)
engagemap_expect_error(unknown_layer "layer 'countries_1m' not found"
  --layer countries_1m --export ${OUT}/x.png)
engagemap_expect_error(bad_size "--size: must be WxH" --export ${OUT}/x.png --size 12x)
engagemap_expect_error(bad_projection "unknown projection 'mollweide'" --projection mollweide)
engagemap_expect_error(bad_renderer "--renderer: vulkan not in .cpu,gl." --export ${OUT}/x.png --renderer vulkan)
# The GL export path from the command line (the default is the CPU renderer).
add_test(NAME app.export_renderer_gl
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY LIBGL_ALWAYS_SOFTWARE=1
          ${APP} --export ${OUT}/export_gl.png --size 640x360 --renderer gl --instrument budapest)
set_tests_properties(app.export_renderer_gl PROPERTIES LABELS app PASS_REGULAR_EXPRESSION "wrote .*export_gl.png \\(640x360")
engagemap_expect_error(unwritable_export "export failed: .*/nonexistent-dir/x.png"
  --export /nonexistent-dir/x.png --size 64x64)

# Issue 16: no crash, no silent loss, no network, clear messages (core cases: test_bad_input_round2).
file(MAKE_DIRECTORY ${OUT}/a-directory.png)  # an existing target that is not a regular file
engagemap_expect_error(export_not_a_regular_file "export failed: cannot write .*a-directory.png: is a directory"
  --export ${OUT}/a-directory.png --size 64x64)
engagemap_expect_error(labels_not_a_code "--labels: must be ISO3 codes .TON,KIR,FJI., changed, all or none, not .TON,Tonga."
  --export ${OUT}/x.png --instrument budapest --labels TON,Tonga)
engagemap_expect_error(labels_unknown_code "export failed: labels: unknown country 'TNO' .did you mean .*TON, Tonga"
  --export ${OUT}/x.png --instrument budapest --labels TON,TNO)
engagemap_expect_error(focus_nan "--focus: must be W,S,E,N in degrees with W<E and S<N, not .nan,0,10,10." --export ${OUT}/x.png --focus nan,0,10,10)
engagemap_expect_error(import_wrong_type_is_an_error "/instruments/0/id: wrong type: expected string, got array"
  import --metadata ${DATA}/bad/import_id_array.json --output ${OUT}/imported.json)
add_test(NAME app.bad_input.dataset_fifo_refused
  COMMAND sh -c "rm -f ${OUT}/fifo.json && mkfifo ${OUT}/fifo.json && exec $<TARGET_FILE:engagemap> validate ${OUT}/fifo.json")
set_tests_properties(app.bad_input.dataset_fifo_refused PROPERTIES LABELS app TIMEOUT 30
  PASS_REGULAR_EXPRESSION "cannot open: is a FIFO")
engagemap_expect_error(network_needs_flag "a network path; pass --allow-network"
  validate /vsicurl/http://127.0.0.1:9/data.json)
engagemap_expect_error(date_outside_range_reported "warning: --date 1990-01-01 is outside budapest's timeline"
  --export ${OUT}/early.png --size 64x64 --instrument budapest --date 1990-01-01)
# An injected write failure (works as root, unlike a read-only directory): exit 1, previous file kept.
add_test(NAME app.export_write_failure_keeps_previous_file
  COMMAND sh -c "printf previous > ${OUT}/kept.png && \
    ! ENGAGEMAP_INJECT_WRITE_FAULT=write $<TARGET_FILE:engagemap> --export ${OUT}/kept.png --size 64x64 && \
    test \"$(cat ${OUT}/kept.png)\" = previous && \
    ENGAGEMAP_INJECT_WRITE_FAULT=rename $<TARGET_FILE:engagemap> --export ${OUT}/kept.csv --instrument budapest; \
    test $? -eq 1 && test ! -e ${OUT}/kept.csv && ! ls -a ${OUT} | grep -q tmp-")
set_tests_properties(app.export_write_failure_keeps_previous_file PROPERTIES LABELS app
  ENVIRONMENT "LIBGL_ALWAYS_SOFTWARE=1")

# With no display the window says so and points to the headless export.
add_test(NAME app.no_display_message COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY ${APP})
set_tests_properties(app.no_display_message PROPERTIES LABELS app
  PASS_REGULAR_EXPRESSION "no display.*engagemap --export map.png")

# The real window under Xvfb (GLFW + ImGui + the map widget), a few frames and a screenshot.
find_program(XVFB_RUN xvfb-run)
if(XVFB_RUN)
  add_test(NAME app.window_under_xvfb
    COMMAND ${XVFB_RUN} -a -s "-screen 0 1280x720x24" ${CMAKE_COMMAND} -E env LIBGL_ALWAYS_SOFTWARE=1
            XDG_CONFIG_HOME=${OUT}/config-window ${APP} --size 1280x720 --frames 5 --screenshot ${OUT}/window.png)
  set_tests_properties(app.window_under_xvfb PROPERTIES LABELS app RUN_SERIAL TRUE)

  # Preferences through the window: corrupt file replaced with defaults, theme remembered.
  add_test(NAME app.window_prefs_corrupt_and_remembered
    COMMAND ${XVFB_RUN} -a -s "-screen 0 1280x720x24" sh ${CMAKE_CURRENT_SOURCE_DIR}/app/scripts/window_prefs_test.sh
            $<TARGET_FILE:engagemap> ${OUT}/config-prefs ${CMAKE_CURRENT_SOURCE_DIR}/data/story/bundled.story.json)
  set_tests_properties(app.window_prefs_corrupt_and_remembered PROPERTIES LABELS app RUN_SERIAL TRUE)
endif()

# Views, the table behind a view, and the animation from the command line.
add_test(NAME app.export_view_csv
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY ${APP} --export ${OUT}/view.csv --instrument budapest
          --date 2012-06-30 --region Europe)
set_tests_properties(app.export_view_csv PROPERTIES LABELS app
  PASS_REGULAR_EXPRESSION "wrote .*view.csv \\(status view at 2012-06-30")
add_test(NAME app.export_breadth_view
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY LIBGL_ALWAYS_SOFTWARE=1 ${APP} --export ${OUT}/breadth.png
          --view breadth --pillar law-enforcement --date 2024-10-31 --size 640x360)
set_tests_properties(app.export_breadth_view PROPERTIES LABELS app
  PASS_REGULAR_EXPRESSION "breadth view at 2024-10-31")
add_test(NAME app.export_png_sequence
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY LIBGL_ALWAYS_SOFTWARE=1 ${APP} --export ${OUT}/frames/f.png
          --instrument budapest --from 2004-01-01 --to 2005-01-01 --fps 4 --duration 1 --size 320x180)
set_tests_properties(app.export_png_sequence PROPERTIES LABELS app PASS_REGULAR_EXPRESSION "wrote .*\\(4 frames")
engagemap_expect_error(unknown_region "unknown region 'Atlantis'" --export ${OUT}/x.png --view breadth --region Atlantis)
engagemap_expect_error(compare_needs_two "the compare view needs two instruments" --export ${OUT}/x.png --view compare --instrument budapest)
engagemap_expect_error(half_range "give both --from and --to" --export ${OUT}/x.mp4 --instrument budapest --from 2004-01-01)

# The command line (CLI11): one grammar for every option and subcommand, generated usage, ranges
# checked, and options without effect refused rather than ignored.
add_test(NAME app.cli_help_generated COMMAND ${APP} --help)
set_tests_properties(app.cli_help_generated PROPERTIES LABELS app PASS_REGULAR_EXPRESSION "--zoom-to-region.*validate")
add_test(NAME app.cli_equals_grammar
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY ${APP} query count --instrument=budapest --date 2012-06-30)
set_tests_properties(app.cli_equals_grammar PROPERTIES LABELS app PASS_REGULAR_EXPRESSION "budapest party 2012-06-30")
add_test(NAME app.cli_query_list_equals
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY ${APP} query list --instrument budapest --format=csv)
set_tests_properties(app.cli_query_list_equals PROPERTIES LABELS app PASS_REGULAR_EXPRESSION "^iso3,name,events,sources")
engagemap_expect_error(max_bytes_negative "--max-bytes: .*" validate ${CMAKE_SOURCE_DIR}/datasets/engagemap.json --max-bytes=-5)
engagemap_expect_error(max_bytes_absurd "--max-bytes: .*" validate ${CMAKE_SOURCE_DIR}/datasets/engagemap.json --max-bytes 99999999999999999999)
engagemap_expect_error(region_without_data_view "--region dims countries of a data view" --export ${OUT}/x.png --region Africa)
engagemap_expect_error(pillar_in_status_view "--pillar only filters the breadth view"
  --export ${OUT}/x.png --instrument budapest --pillar law-enforcement)
engagemap_expect_error(fps_without_animation "--fps requires --from" --export ${OUT}/x.png --fps 10)
engagemap_expect_error(subcommand_with_window_option "do not apply to a subcommand" --size 10x10 query instruments)
engagemap_expect_error(query_count_needs_date "--date is required" query count --instrument budapest)
add_test(NAME app.cli_import_runs
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY ${APP} import --metadata=${CMAKE_SOURCE_DIR}/datasets/sources/instruments.json
          --output ${OUT}/imported.json)
set_tests_properties(app.cli_import_runs PROPERTIES LABELS app PASS_REGULAR_EXPRESSION "wrote .*imported.json")
# `tables` -> `import` gives the default dataset back byte for byte (a workbook with date text, bounds, sources).
add_test(NAME app.cli_tables_import_roundtrip
  COMMAND sh -c "rm -rf \"$1\" && mkdir -p \"$1\" && env -u DISPLAY \"$0\" tables --output \"$1\" --format ods && env -u DISPLAY \"$0\" import --metadata \"$1/instruments.json\" --output \"$1/again.json\" && cmp \"$1/again.json\" \"$2\" && echo roundtrip-identical"
          ${APP} ${OUT}/tables ${CMAKE_SOURCE_DIR}/datasets/engagemap.json)
set_tests_properties(app.cli_tables_import_roundtrip PROPERTIES LABELS app PASS_REGULAR_EXPRESSION "roundtrip-identical")
engagemap_expect_error(tables_unknown_format "--format: pdf not in" tables --output ${OUT} --format pdf)

# Storyboard export: one PNG per slide at its date (or the end of its range), or only --slide N;
# a missing or refused storyboard, or a slide out of range, exits non-zero with a message.
set(STORY ${CMAKE_CURRENT_SOURCE_DIR}/data/story)
add_test(NAME app.export_story_every_slide
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY LIBGL_ALWAYS_SOFTWARE=1 ${APP} --export ${OUT}/story.png
          --story ${STORY}/bundled.story.json --size 320x180)
set_tests_properties(app.export_story_every_slide PROPERTIES LABELS app
  PASS_REGULAR_EXPRESSION "story_01.png \\(slide 1 of 3, status view at 2012-06-30.*story_02.png \\(slide 2 of 3, breadth view at 2024-10-31.*story_03.png \\(slide 3 of 3, compare")
add_test(NAME app.export_story_one_slide
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY LIBGL_ALWAYS_SOFTWARE=1 ${APP} --export ${OUT}/slide2.png
          --story ${STORY}/bundled.story.json --slide=2 --size 320x180)
set_tests_properties(app.export_story_one_slide PROPERTIES LABELS app
  PASS_REGULAR_EXPRESSION "wrote .*slide2.png \\(slide 2 of 3, breadth view")
# Fails (exit status not 0) with a message matching `regex`.
function(engagemap_expect_failure name regex)
  add_test(NAME app.fails.${name}
    COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY LIBGL_ALWAYS_SOFTWARE=1 sh -c "\"$0\" \"$@\"; echo exit=$?" ${APP} ${ARGN})
  set_tests_properties(app.fails.${name} PROPERTIES LABELS app PASS_REGULAR_EXPRESSION "${regex}"
    FAIL_REGULAR_EXPRESSION "exit=0")
endfunction()
engagemap_expect_failure(story_missing "nonexistent.story.json: storyboard refused"
  --export ${OUT}/x.png --story ${STORY}/nonexistent.story.json)
engagemap_expect_failure(story_unknown_pillar "briefing.story.json:41:31: /slides/3/filters/pillars/0: pillar 'capacity-building' is not in the current dataset"
  --export ${OUT}/x.png --story ${STORY}/briefing.story.json)
engagemap_expect_failure(story_slide_out_of_range "--slide 99999: .*bundled.story.json has 3 slide"
  --export ${OUT}/x.png --story ${STORY}/bundled.story.json --slide 99999)
engagemap_expect_failure(story_with_view_options "with --story, each slide has its own view"
  --export ${OUT}/x.png --story ${STORY}/bundled.story.json --instrument budapest)
engagemap_expect_failure(region_without_instrument "--region dims countries of a data view" --export ${OUT}/x.png --region Africa)

# The install layout: cmake --install into a temporary prefix, export from / with the installed binary.
add_test(NAME app.install_and_export_from_root
  COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${CMAKE_BINARY_DIR} -DEXPECT_VERSION=${PROJECT_VERSION}
          "-DEXTRA_EXPECTED_FILES=share/man/man1/engagemap.1.gz;share/bash-completion/completions/engagemap;share/zsh/vendor-completions/_engagemap"
          -P ${CMAKE_CURRENT_SOURCE_DIR}/app/scripts/install_test.cmake)
set_tests_properties(app.install_and_export_from_root PROPERTIES LABELS app RUN_SERIAL TRUE)

# --version: release version, git commit, and the dataset's format version and as-of date.
add_test(NAME app.version COMMAND ${APP} --version)
set_tests_properties(app.version PROPERTIES LABELS app PASS_REGULAR_EXPRESSION
  "^engagemap ${PROJECT_VERSION} \\(git [0-9a-f]+(-dirty)?\\)\ndataset: .*/datasets/engagemap.json\n  format version 1, as of [0-9]")
# Built outside a git checkout (a source tarball), the commit reads "unknown".
add_test(NAME app.build_info_without_git
  COMMAND sh -c "${CMAKE_COMMAND} -DOUT=${OUT}/build_info_nogit.cpp -DVERSION=9.8.7 -DSOURCE_DIR=${OUT} \
                 -P ${CMAKE_SOURCE_DIR}/cmake/BuildInfo.cmake && cat ${OUT}/build_info_nogit.cpp")
set_tests_properties(app.build_info_without_git PROPERTIES LABELS app PASS_REGULAR_EXPRESSION
  "EngagemapVersion\\(\\) { return \"9.8.7\"; }\nstd::string_view EngagemapGitCommit\\(\\) { return \"unknown\"; }")

# Man page and completions generated from the command-line definition agree with --help.
add_test(NAME app.cli_docs_match_help
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/app/scripts/cli_docs_test.sh ${APP} ${CMAKE_BINARY_DIR}/generated/docs)
set_tests_properties(app.cli_docs_match_help PROPERTIES LABELS app)

# The output format is chosen by the extension: one the app cannot write is refused with the list
# of what it can write (never PNG bytes under another name, exit 0).
engagemap_expect_failure(export_unknown_extension "--export .*briefing.odp: cannot write '.odp' files; a view is written as \
\\.png .*\\.html \\(an interactive page, offline\\)"
  --export ${OUT}/briefing.odp --instrument budapest)
# Issue 19: without the web module (scripts/build-web) an HTML export is refused, saying how to build it.
add_test(NAME app.fails.html_export_without_web_module
  COMMAND ${CMAKE_COMMAND} -E env ENGAGEMAP_WEB_MODULE=${OUT}/no-web-module sh -c "\"$0\" \"$@\"; echo exit=$?" ${APP}
          --export ${OUT}/no-module.html --instrument budapest)
set_tests_properties(app.fails.html_export_without_web_module PROPERTIES LABELS app FAIL_REGULAR_EXPRESSION "exit=0"
  PASS_REGULAR_EXPRESSION "cannot write .*no-module.html: the web module .* is not built: run scripts/build-web")
engagemap_expect_failure(export_dev_full "--export /dev/full: cannot write '\\(no extension\\)' files"
  --export /dev/full --size 64x64)

# Issue 13: the sample briefing exports one PNG per slide from the command line (README step 5).
add_test(NAME app.sample_briefing_exports_every_slide
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY LIBGL_ALWAYS_SOFTWARE=1 sh -c
    "rm -f ${OUT}/briefing_*.png && $<TARGET_FILE:engagemap> --export ${OUT}/briefing.png \
       --story ${CMAKE_SOURCE_DIR}/datasets/budapest-briefing.story.json --size 320x180 && \
     test $(ls ${OUT}/briefing_*.png | wc -l) -eq 7")
set_tests_properties(app.sample_briefing_exports_every_slide PROPERTIES LABELS app)

# Issue 13: a GIF of 2001-2025 for chat and e-mail (palette per clip through ffmpeg); ffprobe counts
# its frames: 2 s at 5 fps.
add_test(NAME app.export_gif_of_a_date_range
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY LIBGL_ALWAYS_SOFTWARE=1 sh -c
    "rm -f ${OUT}/budapest.gif && $<TARGET_FILE:engagemap> --export ${OUT}/budapest.gif --instrument budapest \
       --from 2001-11-23 --to 2025-12-31 --size 320x180 --fps 5 --duration 2 && \
     test \"$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 ${OUT}/budapest.gif)\" = 10")
set_tests_properties(app.export_gif_of_a_date_range PROPERTIES LABELS app)
engagemap_expect_failure(gif_needs_a_range "a GIF is an animation: give --from and --to"
  --export ${OUT}/still.gif --instrument budapest)

# Issue 13: SVG and PDF (cairo). A view as SVG; the sample briefing as a PDF handout with one page
# per slide (the page tree's /Count; pdfinfo is not needed); SVG/PDF of the plain base map refused.
add_test(NAME app.export_svg_of_a_view
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY sh -c
    "rm -f ${OUT}/view.svg && $<TARGET_FILE:engagemap> --export ${OUT}/view.svg --instrument budapest --date 2012-06-30 \
       --size 960x540 && grep -q '<svg' ${OUT}/view.svg")
set_tests_properties(app.export_svg_of_a_view PROPERTIES LABELS app)
add_test(NAME app.export_briefing_pdf_one_page_per_slide
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY sh -c
    "rm -f ${OUT}/deck.pdf && $<TARGET_FILE:engagemap> --export ${OUT}/deck.pdf \
       --story ${CMAKE_SOURCE_DIR}/datasets/budapest-briefing.story.json --size 960x540 && \
     grep -a -q '/Count 7' ${OUT}/deck.pdf")
set_tests_properties(app.export_briefing_pdf_one_page_per_slide PROPERTIES LABELS app
  PASS_REGULAR_EXPRESSION "wrote .*deck.pdf \\(7 page\\(s\\), one per slide\\)")
engagemap_expect_failure(vector_needs_a_data_view "an SVG or PDF shows a data view" --export ${OUT}/base.svg)

# The analyst's queries (ranges, durations, set comparison, timeline): exact answers on a fixture,
# and the issue's examples on the default dataset.
add_test(NAME app.query_answers
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/app/scripts/query_answers_test.sh ${APP} ${CMAKE_SOURCE_DIR})
set_tests_properties(app.query_answers PROPERTIES LABELS app PASS_REGULAR_EXPRESSION "query answers OK")

# One name per country in the analyst's commands too: the range listing and the comparison show
# the display name ("Cabo Verde"), not the source's spelling ("Cape Verde").
add_test(NAME app.query_range_uses_display_names
  COMMAND $<TARGET_FILE:engagemap> query list --instrument budapest --from 2018-06-01 --to 2018-06-30 --event deposit)
set_tests_properties(app.query_range_uses_display_names PROPERTIES LABELS app
  PASS_REGULAR_EXPRESSION "CPV  Cabo Verde  " FAIL_REGULAR_EXPRESSION "Cape Verde")

# The lean program (src/app/lean/): `engagemap` itself links no GDAL, OpenGL, GLFW or cairo;
# the common exports run in it (with no full program to hand over to, they still succeed); what
# needs those libraries is handed to the full program with the very same arguments.
add_test(NAME app.lean.links_no_gdal_gl_glfw_cairo
  COMMAND sh -c "readelf -d $<TARGET_FILE:engagemap> | grep NEEDED > ${OUT}/lean_needed.txt && \
    ! grep -E 'gdal|libGL|EGL|glfw|cairo|GLU|X11' ${OUT}/lean_needed.txt && grep -q spng ${OUT}/lean_needed.txt")
set_tests_properties(app.lean.links_no_gdal_gl_glfw_cairo PROPERTIES LABELS app)
add_test(NAME app.lean.exports_without_the_full_program
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY ENGAGEMAP_FULL_PROGRAM=/nonexistent/engagemap-full sh -c
    "${APP} --export ${OUT}/lean_map.png --size 320x180 && \
     ${APP} --export ${OUT}/lean_view.png --instrument budapest --date 2012-06-30 --size 640x360 --labels FRA,DEU && \
     ${APP} --export ${OUT}/lean_view.csv --instrument budapest --date 2012-06-30 && \
     ${APP} --export ${OUT}/lean_story.png --story ${CMAKE_SOURCE_DIR}/datasets/budapest-briefing.story.json --slide 2 --size 320x180 && \
     ${APP} --export ${OUT}/lean_frames.png --instrument budapest --from 2001-11-23 --to 2004-07-01 --fps 2 --days-per-second 365 --size 160x90 && \
     ${APP} --version")
set_tests_properties(app.lean.exports_without_the_full_program PROPERTIES LABELS app)
# Handed over: the full program (here /bin/echo, which prints what it was given) gets the arguments
# as they were typed, --allow-network included.
add_test(NAME app.lean.hands_over_with_the_same_arguments
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY ENGAGEMAP_FULL_PROGRAM=/bin/echo
          ${APP} --allow-network --export "${OUT}/two words.svg" --instrument budapest)
set_tests_properties(app.lean.hands_over_with_the_same_arguments PROPERTIES LABELS app
  PASS_REGULAR_EXPRESSION "^--allow-network --export [^ ]*/two words.svg --instrument budapest\n$")
add_test(NAME app.lean.missing_full_program_is_an_error
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY ENGAGEMAP_FULL_PROGRAM=/nonexistent/engagemap-full
          ${APP} --export ${OUT}/lean_gl.png --renderer gl --size 64x64)
set_tests_properties(app.lean.missing_full_program_is_an_error PROPERTIES LABELS app
  PASS_REGULAR_EXPRESSION "the GL renderer needs /nonexistent/engagemap-full, which cannot be run")

# The CPU renderer splits rows over threads (raster/parallel_rows.hpp): the image must not depend on
# how many (1, 2 or 3 threads here, on a labelled status view with an overlay, markers and hatching).
add_test(NAME app.cpu_export_independent_of_thread_count
  COMMAND sh -c "for n in 1 2 3; do ENGAGEMAP_RASTER_THREADS=$n ${APP} --export ${OUT}/threads_$n.png --instrument budapest \
      --date 2012-06-30 --size 1600x900 --labels all || exit 1; done; \
    cmp ${OUT}/threads_1.png ${OUT}/threads_2.png && cmp ${OUT}/threads_1.png ${OUT}/threads_3.png")
set_tests_properties(app.cpu_export_independent_of_thread_count PROPERTIES LABELS app)
