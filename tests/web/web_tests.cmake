# Issue 19: `engagemap --export briefing.html --story ...` opened in headless Chromium: the map is
# drawn, PageDown steps a slide, and slide 2 matches the desktop PNG export of it. Skipped (77)
# when the web module or chromium is missing, unless ENGAGEMAP_REQUIRE_WEB=1 (scripts/test sets it).
add_test(NAME web.html_export_in_browser
  COMMAND ${CMAKE_COMMAND} -E env ENGAGEMAP_WEB_MODULE=${ENGAGEMAP_WEB_MODULE_DIR}
          /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/web/html_export_browser_test.py
          $<TARGET_FILE:engagemap> ${CMAKE_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/web-out)
set_tests_properties(web.html_export_in_browser PROPERTIES LABELS web RUN_SERIAL TRUE TIMEOUT 900
  SKIP_RETURN_CODE 77 PASS_REGULAR_EXPRESSION "PASS")
# Without --story the page holds one slide: the command line's view at its date.
add_test(NAME web.html_export_one_view
  COMMAND sh -c "if [ ! -f \"$0/engagemap_web.wasm\" ] && [ \"$ENGAGEMAP_REQUIRE_WEB\" != 1 ]; then echo 'SKIP: no web module (scripts/build-web)'; exit 77; fi; ENGAGEMAP_WEB_MODULE=\"$0\" \"$1\" --export \"$2/view.html\" --instrument budapest --date 2010-01-01 --projection robinson"
          ${ENGAGEMAP_WEB_MODULE_DIR} $<TARGET_FILE:engagemap> ${CMAKE_CURRENT_BINARY_DIR})
set_tests_properties(web.html_export_one_view PROPERTIES LABELS web SKIP_RETURN_CODE 77
  PASS_REGULAR_EXPRESSION "wrote .*view.html \\(1 slide\\(s\\), [0-9]+ countries, [0-9.]+ MB, self-contained\\)")
