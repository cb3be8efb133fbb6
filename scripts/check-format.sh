#!/usr/bin/env bash
# check-format.sh: every C file of the tree is as clang-format-19 formats it (.clang-format).
#
#   scripts/check-format.sh         list the files that differ; exit 1 if any does
#   scripts/check-format.sh --fix   format them in place
#
# Files listed in .clang-format-ignore (generated tables) are left as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
format=${CLANG_FORMAT:-clang-format-19}
mapfile -t files < <(git ls-files '*.c' '*.h')
if [ "${1:-}" = "--fix" ]; then
	exec "$format" -i "${files[@]}"
fi
bad=$("$format" --dry-run "${files[@]}" 2>&1 | grep -o '^[^:]*:[0-9]*:[0-9]*: warning' | cut -d: -f1 | sort -u || true)
if [ -n "$bad" ]; then
	printf 'not formatted (run scripts/check-format.sh --fix):\n%s\n' "$bad"
	exit 1
fi
echo "check-format: ${#files[@]} files formatted"
