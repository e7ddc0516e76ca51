#!/usr/bin/env bash
# The analyst's questions answered by one command each, on the fixture dataset
# tests/data/queries/analyst.json: every output must equal its .expected file byte for byte
# (tests/core/test_analyst_queries.cpp asserts the same answers from the core and Table models).
# Then the default dataset answers the issue's two examples.
# Usage: query_answers_test.sh ENGAGEMAP_BINARY SOURCE_DIR
set -euo pipefail
app=$1
src=$2
data="$src/tests/data/queries"
ds="$data/analyst.json"
fail() { echo "query_answers_test: $*" >&2; exit 1; }
check() {  # name, then the command's arguments
  local name=$1; shift
  local got
  got=$(env -u DISPLAY "$app" "$@") || fail "$name: exit status $?"
  diff -u "$data/$name.expected" <(printf '%s\n' "$got") || fail "$name: output differs from $name.expected"
}
check list_range query list --dataset "$ds" --instrument tre --from 2015-01-01 --to 2020-12-31 --event deposit
check list_range_csv query list --dataset "$ds" --instrument tre --from 2015-01-01 --to 2020-12-31 --event deposit --format csv
check durations query durations --dataset "$ds" --instrument tre
check compare query compare --dataset "$ds" --instrument tre --with frm --date 2016-06-30
check timeline query timeline --dataset "$ds" --instrument tre --from 2014-01-01 --to 2021-12-31
check timeline_by_subregion query timeline --dataset "$ds" --instrument frm --by subregion --from 2011-01-01 --to 2017-12-31

# Usage errors exit 2 with a message.
set +e
env -u DISPLAY "$app" query list --dataset "$ds" --instrument tre --from 2015-01-01 >/dev/null 2>&1
[ $? -eq 2 ] || fail "a range without --to must be a usage error"
set -e

# The default dataset: the issue's examples.
out=$(env -u DISPLAY "$app" query durations --instrument budapest)
grep -q '^budapest: signed to deposit, [0-9]* certain pairs' <<<"$out" || fail "durations: $out"
grep -q '^  median  [0-9.]* days' <<<"$out" || fail "durations: no median: $out"
grep -q '^  [0-9]* uncertain pairs left out' <<<"$out" || fail "durations: uncertain pairs not stated: $out"
out=$(env -u DISPLAY "$app" query compare --instrument budapest --with foc --date 2024-10-31)
only_foc=$(sed -n '/^only foc:/,/^neither:/p' <<<"$out")
for c in "KEN  Kenya" "KOR  South Korea" "MDV  Maldives" "MEX  Mexico" "MNG  Mongolia"; do
  grep -q "^  $c\$" <<<"$only_foc" || fail "compare: '$c' not among only foc: $only_foc"
done
echo "query answers OK"
