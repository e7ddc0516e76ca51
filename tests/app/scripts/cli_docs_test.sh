#!/usr/bin/env bash
# The man page and shell completions are generated from the same definition as --help: every
# option that --help lists (top level and every subcommand) must be in the man page and in the
# bash and zsh completions, and none of the hidden generator options may leak out. The bash
# completion is exercised as bash would call it; the man page must format without groff warnings;
# the zsh script must parse.
# Usage: cli_docs_test.sh ENGAGEMAP_BINARY GENERATED_DOCS_DIR
set -euo pipefail
app=$1
docs=$2
man="$docs/engagemap.1" bash_completion="$docs/engagemap.bash" zsh_completion="$docs/_engagemap"
fail() { echo "cli_docs_test: $*" >&2; exit 1; }

# Long options of one --help text.
options_of() { "$app" "$@" --help | grep -o -- '--[a-z][a-z0-9-]*' | sort -u; }
count=0
for cmd in "" validate query "query count" "query list" "query durations" "query compare" "query timeline" "query instruments" import; do
  # shellcheck disable=SC2086
  for opt in $(options_of $cmd); do
    grep -q -- "${opt//-/\\\\-}" "$man" || fail "$opt (from 'engagemap $cmd --help') is not in the man page"
    grep -q -- "$opt" "$bash_completion" || fail "$opt is not in the bash completion"
    grep -q -- "'\\*\\?$opt" "$zsh_completion" || fail "$opt is not in the zsh completion"
    count=$((count + 1))
  done
done
((count > 40)) || fail "only $count options found in --help"
for hidden in help-man completion; do
  ! grep -q -- "--$hidden" <("$app" --help) || fail "--$hidden shows in --help"
  ! grep -q -- "opts=.*--$hidden" "$bash_completion" || fail "--$hidden is in the bash completion"
  ! grep -q -- "^ *.--$hidden" "$zsh_completion" || fail "--$hidden is in the zsh completion"
  ! grep -q -- "\\\\-\\\\-$hidden" "$man" || fail "--$hidden is in the man page"
done
grep -q '^\.SH SYNOPSIS' "$man" && grep -q 'engagemap query count' "$man" || fail "man page lacks the synopsis"

# bash: complete as bash would, with COMP_WORDS split at '=' like bash's default COMP_WORDBREAKS.
# shellcheck disable=SC1090
source "$bash_completion"
complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _engagemap
  echo "${COMPREPLY[*]}"
}
[ "$(complete_words engagemap --the)" = "--theme" ] || fail "bash: --the -> $(complete_words engagemap --the)"
[ "$(complete_words engagemap --theme '')" = "light dark" ] || fail "bash: --theme values"
[ "$(complete_words engagemap --theme = d)" = "dark" ] || fail "bash: --theme=d"
[ "$(complete_words engagemap query '')" = "count list durations compare timeline instruments" ] || fail "bash: query subcommands"
[ "$(complete_words engagemap query list --format '')" = "text csv json" ] || fail "bash: --format values"
[ "$(complete_words engagemap query list --fo)" = "--format" ] || fail "bash: query list options"
[ -z "$(complete_words engagemap --size '')" ] || fail "bash: --size offers words"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
touch "$dir/briefing.story.json"
[ "$(complete_words engagemap --story "$dir/bri")" = "$dir/briefing.story.json" ] || fail "bash: --story file"

# The man page formats cleanly; the zsh script parses.
if command -v groff > /dev/null; then
  warnings=$(groff -man -ww -z "$man" 2>&1) || true
  [ -z "$warnings" ] || fail "groff warnings: $warnings"
fi
if command -v zsh > /dev/null; then zsh -n "$zsh_completion" || fail "zsh cannot parse $zsh_completion"; fi
echo "cli docs: $count options in man page and completions; bash completion answers; ok"
