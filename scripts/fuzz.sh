#!/usr/bin/env bash
# fuzz.sh: libFuzzer over gosub's front end (test/fuzz/libfuzzer/, docs/reliability.md).
#
#   scripts/fuzz.sh build             configure and build $FUZZ_DIR/gosub-fe-fuzz (clang-19)
#   scripts/fuzz.sh seeds             the seed corpus: Go 1.19's test suite and this repository's
#                                     test/{errors,parse,check,lex}, in $FUZZ_DIR/seeds
#   scripts/fuzz.sh run SECONDS [libFuzzer flags...]
#                                     build, seed, then fuzz for SECONDS with one job at nice 15,
#                                     going on after a finding; new inputs go to $FUZZ_DIR/corpus,
#                                     findings to $FUZZ_DIR/findings
#   scripts/fuzz.sh ci [SECONDS]      ctest's fuzz-frontend: the same for SECONDS (default 60),
#                                     seeded with this repository's tests only
#
# FUZZ_DIR defaults to ./build-fuzz; none of it belongs in the repository. A finding is a file in
# $FUZZ_DIR/findings (crash-*, timeout-*, leak-*, oom-*), to replay with `$FUZZ_DIR/gosub-fe-fuzz
# FILE`; `ci` stops at the first and fails.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
dir=${FUZZ_DIR:-build-fuzz}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
cc=${FUZZ_CC:-clang-19}
exe=$dir/test/fuzz/libfuzzer/gosub-fe-fuzz

say() { printf 'fuzz: %s\n' "$*"; }

# $1: the optimisation level (-O1; CI's -O0 compiles six times faster).
build() {
	cmake -S "$src" -B "$dir" -DGOSUB_FUZZ=ON -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE= \
		-DGOSUB_FUZZ_OPT="${1:--O1}" >/dev/null
	cmake --build "$dir" -j "$(nproc)" >/dev/null || {
		cmake --build "$dir" -j1 2>&1 | grep -v '^\[' | tail -40
		exit 1
	}
	ln -sf "$exe" "$dir/gosub-fe-fuzz"
	say "built $dir/gosub-fe-fuzz"
}

# Copies the .go files under $1 into $2, keeping their relative paths.
copy_go() {
	mkdir -p "$2"
	(cd "$1" && find . -name '*.go' -print0 | xargs -0 cp --parents -t "$2")
}

seeds() {
	local go_test=${GO_TEST_DIR:-/usr/share/go-1.19/test} d
	rm -rf "$dir/seeds"
	for d in errors parse check lex; do
		copy_go "$src/test/$d" "$dir/seeds/repo/$d"
	done
	if [ "${1:-all}" = all ] && [ -d "$go_test" ]; then
		copy_go "$go_test" "$dir/seeds/go-test"
	fi
	say "$(find "$dir/seeds" -type f | wc -l) seed files in $dir/seeds"
}

# Fuzzes for $1 seconds; the remaining arguments go to libFuzzer.
fuzz() {
	local seconds=$1
	shift
	mkdir -p "$dir/corpus" "$dir/findings"
	nice -n 15 "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
		-max_len=16384 -dict="$src/test/fuzz/libfuzzer/go.dict" -close_fd_mask=2 \
		-print_final_stats=1 -artifact_prefix="$dir/findings/" "$@" "$dir/corpus" "$dir/seeds"
}

case "${1:-}" in
build) build ;;
seeds) seeds all ;;
run)
	[ $# -ge 2 ] || { echo "usage: scripts/fuzz.sh run SECONDS [libFuzzer flags...]" >&2; exit 2; }
	seconds=$2
	shift 2
	build
	[ -d "$dir/seeds" ] || seeds all
	# One job in fork mode: a crash, hang or OOM is kept in findings/ and the run goes on.
	fuzz "$seconds" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 "$@"
	;;
ci)
	build -O0
	seeds repo
	rm -rf "$dir/corpus" "$dir/findings"
	fuzz "${2:-60}" -seed=1
	;;
*)
	sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
	;;
esac
