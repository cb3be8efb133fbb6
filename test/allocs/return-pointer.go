// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0" %s ptr value local | FileCheck %s --match-full-lines --check-prefix=ON
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -escape=off" %s ptr value local | FileCheck %s --match-full-lines --check-prefix=OFF
// return &a moves a to the heap (one allocation per call); return a and a local &a allocate nothing.
// Allocations per loop iteration (Inputs/per-iteration.sh), with escape analysis on, then off
// (-escape=off puts every allocation site on the heap). gc 1.19's own counts equal the ON lines.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "ptr"
const iterations = 1000

type T struct{ a, b, c int }

// gc 1.19 -m -l: moved to heap: a
func retPtr(i int) *T {
	a := T{i, i + 1, i + 2}
	return &a
}

// gc 1.19 -m -l: nothing to report (a is copied out).
func retValue(i int) T {
	a := T{i, i + 1, i + 2}
	return a
}

// gc 1.19 -m -l: nothing to report (&a never leaves the frame).
func localPtr(i int) int {
	a := T{i, i + 1, i + 2}
	p := &a
	p.b *= 2
	return p.a + p.b
}

var sinkP *T
var sinkI int

func main() {
	for i := 0; i < iterations; i++ {
		switch variant {
		case "ptr":
			sinkP = retPtr(i)
		case "value":
			sinkI += retValue(i).c
		case "local":
			sinkI += localPtr(i)
		}
	}
}

// ON: ptr: 1 allocs per iteration
// ON-NEXT: value: 0 allocs per iteration
// ON-NEXT: local: 0 allocs per iteration
// OFF: ptr: 1 allocs per iteration
// OFF-NEXT: value: 0 allocs per iteration
// OFF-NEXT: local: 1 allocs per iteration
