// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -l" %s returned in-place | FileCheck %s --match-full-lines --check-prefix=ON
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -l -escape=off" %s returned in-place | FileCheck %s --match-full-lines --check-prefix=OFF
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0" %s returned in-place | FileCheck %s --match-full-lines --check-prefix=INL
// A returned closure (the seed's Increase) takes the closure and its counter from the heap; one called in place takes nothing.
// Allocations per loop iteration (Inputs/per-iteration.sh), without Go-level inlining (-l), with
// escape analysis on, then off (-escape=off puts every allocation site on the heap); then with
// inlining, which copies Increase into main: neither the closure nor its counter outlives the
// loop body. gc 1.19's own counts (testing.AllocsPerRun, with and without -gcflags=-l) equal the
// ON and INL lines.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "returned"
const iterations = 1000

// gc 1.19 -m -l: moved to heap: n; func literal escapes to heap.
// Each call allocates the closure and the counter it captures by reference.
func Increase() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// gc 1.19 -m -l: func literal does not escape (n stays in the frame too).
func inPlace() int {
	n := 0
	inc := func() int {
		n++
		return n
	}
	inc()
	return inc()
}

var sinkI int

func main() {
	for i := 0; i < iterations; i++ {
		switch variant {
		case "returned":
			in := Increase()
			in()
			sinkI += in()
		case "in-place":
			sinkI += inPlace()
		}
	}
}

// ON: returned: 2 allocs per iteration
// ON-NEXT: in-place: 0 allocs per iteration
// INL: returned: 0 allocs per iteration
// INL-NEXT: in-place: 0 allocs per iteration
// OFF: returned: 2 allocs per iteration
// OFF-NEXT: in-place: 2 allocs per iteration
