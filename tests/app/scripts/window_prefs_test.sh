#!/bin/sh
# Preferences through the real window (run under xvfb-run by ctest): a corrupt prefs file is
# reported, kept aside and replaced with defaults while the window still opens; a theme chosen on
# the command line once is remembered by the next run, with the window's monitor.
# A storyboard presented is remembered among the recent ones (File > Open recent storyboard).
# Usage: window_prefs_test.sh ENGAGEMAP_BINARY SCRATCH_DIR STORYBOARD_FILE
set -eu
app=$1
cfg=$2
story=$3
export LIBGL_ALWAYS_SOFTWARE=1 XDG_CONFIG_HOME="$cfg"
prefs="$cfg/engagemap/prefs.json"
rm -rf "$cfg"
mkdir -p "$cfg/engagemap"
printf '{not json' > "$prefs"

"$app" --size 640x360 --frames 3 2> "$cfg/stderr.txt" || { cat "$cfg/stderr.txt"; exit 1; }
grep -q "preferences: $prefs: not valid JSON .*replaced with default preferences" "$cfg/stderr.txt" \
  || { echo "no corrupt-prefs message:"; cat "$cfg/stderr.txt"; exit 1; }
[ "$(cat "$prefs.corrupt")" = '{not json' ] || { echo "corrupt file not kept aside"; exit 1; }
grep -q '"theme": "light"' "$prefs" || { echo "defaults not written:"; cat "$prefs"; exit 1; }

"$app" --size 640x360 --frames 3 --theme dark
"$app" --size 640x360 --frames 3
grep -q '"theme": "dark"' "$prefs" || { echo "theme not remembered:"; cat "$prefs"; exit 1; }
grep -q '"last_monitor": "' "$prefs" || { echo "monitor not recorded:"; cat "$prefs"; exit 1; }
"$app" --size 640x360 --frames 3 --story "$story"
grep -q "\"recent_storyboards\": \[\$" "$prefs" && grep -q "^ *\"$story\"" "$prefs" \
  || { echo "storyboard not remembered:"; cat "$prefs"; exit 1; }
[ ! -e "$prefs.tmp" ] && [ "$(ls "$cfg/engagemap" | wc -l)" -eq 2 ] || { echo "stray files:"; ls "$cfg/engagemap"; exit 1; }
echo "window prefs: ok"
