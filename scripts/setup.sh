#!/usr/bin/env bash
# setup.sh: makes a Debian 12 machine ready for gosub and builds it into ./build.
#
#   ./scripts/setup.sh          install the missing packages, configure, build
#   ./scripts/setup.sh test     the same, then run every test (ctest, ending in its summary)
#
# Idempotent: packages already installed are left alone, and `apt-get update` runs only when
# something is missing. Installing needs root (or sudo). BUILD_TYPE and BUILD_DIR may be set
# in the environment (defaults: RelWithDebInfo, ./build).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
	build-essential cmake pkg-config             # the C toolchain and build system
	llvm-19-dev libgc-dev libgmp-dev             # LLVM-C API, Boehm GC, GMP (constants)
	libdw-dev                                    # tracebacks read the program's DWARF (elfutils)
	golang-1.19-go gccgo                         # reference compilers, and Go's test suite
	clang-19 libclang-rt-19-dev                  # -sanitize=stack (AddressSanitizer)
	python3-psutil                               # lit's per-test timeout
	gdb                                          # test/debug: gdb reads gosub's DWARF
	clang-format-19                              # the house style, checked by ctest (format)
	hyperfine gnuplot-nox                        # benchmarks and their charts
)
build_dir=${BUILD_DIR:-build}
build_type=${BUILD_TYPE:-RelWithDebInfo}

say() { printf 'setup: %s\n' "$*"; }

is_installed() {
	dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'
}

install_missing() {
	local missing=() p
	for p in "${packages[@]}"; do
		is_installed "$p" || missing+=("$p")
	done
	if [ ${#missing[@]} -eq 0 ]; then
		say "all ${#packages[@]} packages present"
		return
	fi
	local sudo=()
	if [ "$(id -u)" -ne 0 ]; then
		command -v sudo >/dev/null || { say "need root to install: ${missing[*]}"; exit 1; }
		sudo=(sudo)
	fi
	say "installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	"${sudo[@]}" apt-get update -qq
	"${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

build() {
	say "building into $build_dir ($build_type)"
	cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
	cmake --build "$build_dir" -j "$(nproc)" >/dev/null || {
		# Show the errors, not the progress lines.
		cmake --build "$build_dir" -j1 2>&1 | grep -v '^\[' | tail -40
		exit 1
	}
	say "built $build_dir/gosubc"
}

install_missing
build
if [ "${1:-}" = "test" ]; then
	say "running the tests"
	# two tests at a time on two cores: most tests run their own jobs in parallel, but each has
	# a tail where one job is left, and libFuzzer's minute (fuzz-frontend) is one process
	exec ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"
fi
