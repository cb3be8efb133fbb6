#!/bin/sh
# per-iteration.sh OUTDIR "BUILD-COMMAND" SRC VARIANT...
# Measures the heap allocations one loop iteration makes, for each variant of an allocs test.
# For each VARIANT and N in 1000 and 2000 it rewrites SRC's lines `const variant = ...` and
# `const iterations = ...`, builds the copy with BUILD-COMMAND (e.g. "gosubc build -escape=off"),
# runs it with GOSUBDEBUG=allocs=1 and reads the runtime's exit report
#     gosub: heap allocations: N objects, B bytes, C collections
# It prints "VARIANT: K allocs per iteration" with K = (objects(2000) - objects(1000)) / 1000, so
# allocations made once (set-up, the runtime's own) cancel out.
# The tests pass -O0: they measure escape analysis's own decisions. At -O1 and above LLVM may also
# delete heap allocations that inlining made local (test/codegen/alloc-attrs.go shows it), which
# would hide the escaping variants' allocations.
out=$1
build=$2
src=$3
shift 3
mkdir -p "$out" || exit 1

# objects VARIANT N: build and run one copy, print its object count (nothing on failure).
objects() {
	f="$out/$1-$2"
	sed -e "s/^const variant = .*/const variant = \"$1\"/" -e "s/^const iterations = .*/const iterations = $2/" \
		"$src" >"$f.go" || return 1
	$build -o "$f" "$f.go" || return 1
	GOSUBDEBUG=allocs=1 "$f" 2>"$f.err" || { cat "$f.err" >&2; return 1; }
	awk '/^gosub: heap allocations:/ { n = $4 } END { if (n == "") exit 1; print n }' "$f.err"
}

status=0
for v in "$@"; do
	a=$(objects "$v" 1000) && b=$(objects "$v" 2000) || { echo "$v: build or run failed"; status=1; continue; }
	awk -v v="$v" -v a="$a" -v b="$b" 'BEGIN { printf "%s: %g allocs per iteration\n", v, (b - a) / 1000 }'
done
exit $status
