# Issue 19: `engagemap --export briefing.html --story ...` opened in headless Chromium: the map is
# drawn, PageDown steps a slide, and slide 2 matches the desktop PNG export of it. Skipped (77)
# when the web module or chromium is missing, unless ENGAGEMAP_REQUIRE_WEB=1 (scripts/test sets it).
add_test(NAME web.html_export_in_browser
  COMMAND ${CMAKE_COMMAND} -E env ENGAGEMAP_WEB_MODULE=${ENGAGEMAP_WEB_MODULE_DIR}
          /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/web/html_export_browser_test.py
          $<TARGET_FILE:engagemap> ${CMAKE_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/web-out)
set_tests_properties(web.html_export_in_browser PROPERTIES LABELS web RUN_SERIAL TRUE TIMEOUT 900
  SKIP_RETURN_CODE 77 PASS_REGULAR_EXPRESSION "PASS")
