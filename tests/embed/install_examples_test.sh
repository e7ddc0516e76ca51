#!/usr/bin/env bash
# Installs this build to a temporary prefix, builds examples/render_png and examples/imgui_host
# against the INSTALLED package in clean build directories, runs them and checks their pictures:
# render_png's PNG, and imgui_host's screenshot after a few frames under Xvfb. Each must have the
# expected size, not be blank and show the Budapest Convention's party colour (light theme).
#   install_examples_test.sh BUILD_DIR SOURCE_DIR PNG_CHECK [cmake args for the examples...]
set -euo pipefail
build_dir=$1 source_dir=$2 png_check=$3
shift 3
party=0F1849   # "Party, in force" (MembershipStatus::InForce), light theme: src/core/style/palettes.cpp
work=$(mktemp -d "${TMPDIR:-/tmp}/engagemap-install-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
unset ENGAGEMAP_DATA_DIR  # the examples must find the data the package installed

echo "== install to $prefix"
cmake --install "$build_dir" --prefix "$prefix" >"$work/install.log"
test -f "$prefix/lib/cmake/engagemap/engagemapConfig.cmake"
test -f "$prefix/lib/cmake/engagemap/engagemapConfigVersion.cmake"
test -f "$prefix/include/engagemap/version.hpp"
test -f "$prefix/share/engagemap/geodata/countries.gpkg"

echo "== each installed public header compiles on its own (C++20, -Wall -Wextra -Wpedantic)"
for header in "$prefix"/include/engagemap/*.hpp; do
  echo "#include <engagemap/$(basename "$header")>" >"$work/header.cpp"
  "${CXX:-c++}" -std=c++20 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I"$prefix/include" "$work/header.cpp" \
    || { echo "FAIL: $(basename "$header") does not compile alone"; exit 1; }
done

echo "== the package's version is checked (SameMajorVersion)"
version=$(sed -n 's/^set(PACKAGE_VERSION "\([0-9.]*\)")$/\1/p' "$prefix/lib/cmake/engagemap/engagemapConfigVersion.cmake")
major=${version%%.*}
grep -q "#define ENGAGEMAP_VERSION_STRING \"$version\"" "$prefix/include/engagemap/version.hpp"
mkdir -p "$work/version-check"
printf 'cmake_minimum_required(VERSION 3.22)\nproject(version_check LANGUAGES CXX)\nfind_package(engagemap ${WANT} CONFIG REQUIRED)\n' \
  >"$work/version-check/CMakeLists.txt"
check_version() {  # WANT, expected result (0: found, else: refused)
  rm -rf "$work/version-check/build"
  if cmake -S "$work/version-check" -B "$work/version-check/build" -DCMAKE_PREFIX_PATH="$prefix" -DWANT="$1" \
       >"$work/version-check.log" 2>&1; then got=0; else got=1; fi
  [ "$got" = "$2" ] || { echo "FAIL: find_package(engagemap $1) against $version gave $got"; cat "$work/version-check.log"; exit 1; }
}
check_version "$major.0" 0
check_version "$((major + 1)).0" 1
echo "$version: accepts $major.0, refuses $((major + 1)).0"

for example in render_png imgui_host; do
  echo "== configure and build examples/$example against the installed package"
  cmake -S "$source_dir/examples/$example" -B "$work/build-$example" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON "$@" >"$work/configure-$example.log" \
    || { cat "$work/configure-$example.log"; exit 1; }
  # The package found must be the installed one, not this build tree.
  grep -q "^engagemap_DIR:PATH=$prefix/lib/cmake/engagemap$" "$work/build-$example/CMakeCache.txt" \
    || { echo "FAIL: engagemap_DIR is not the installed package"; grep engagemap_DIR "$work/build-$example/CMakeCache.txt"; exit 1; }
  cmake --build "$work/build-$example" -j 2
done

echo "== render_png: the Budapest Convention at 2012-06-30, 800x450, no window"
(cd "$work" && env -u DISPLAY "$work/build-render_png/render_png" "$work/budapest.png" 2012-06-30 800x450)
"$png_check" "$work/budapest.png" --size 800x450 --colour "$party" --min-pixels 2000

echo "== imgui_host: 6 frames under Xvfb, screenshot of the window"
(cd "$work" && xvfb-run -a -s "-screen 0 1280x720x24" "$work/build-imgui_host/imgui_host" --frames 6 --screenshot "$work/host.png") \
  | tee "$work/host.log"
"$png_check" "$work/host.png" --size 1280x720 --colour "$party" --min-pixels 2000
# Xvfb starts with the pointer at the screen's centre: over Brazil on the map, which the widget's
# hover reports with the view's status line (the example's tooltip shows the same).
grep -q "hover: BRA Budapest Convention: " "$work/host.log" || { echo "FAIL: no hover report for Brazil"; exit 1; }
echo "PASS: both examples built against $prefix and drew the map"
