// RUN: sh %S/../allocs/Inputs/per-iteration.sh %t "%gosubc build -O0" %s counter pointer | FileCheck %s --match-full-lines --check-prefix=INL
// RUN: sh %S/../allocs/Inputs/per-iteration.sh %t "%gosubc build -O0 -l" %s counter pointer | FileCheck %s --match-full-lines --check-prefix=NOINL
// The two patterns inlining saves from the heap: a counter closure made by a call in each
// iteration, and a pointer returned by a constructor. Allocations per loop iteration
// (../allocs/Inputs/per-iteration.sh), with inlining and with -l; gc 1.19's own counts
// (testing.AllocsPerRun, with and without -gcflags=-l) are the same: 0 and 0, 2 and 1.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "counter"
const iterations = 1000

func makeCounter(step int) func() int {
	c := 0
	return func() int {
		c += step
		return c
	}
}

type T struct{ a, b int }

func newT() *T { return &T{} }

var sink int

func main() {
	for i := 0; i < iterations; i++ {
		switch variant {
		case "counter":
			next := makeCounter(2)
			sink += next()
			sink += next()
		case "pointer":
			t := newT()
			sink += t.a
		}
	}
}

// INL: counter: 0 allocs per iteration
// INL-NEXT: pointer: 0 allocs per iteration
// NOINL: counter: 2 allocs per iteration
// NOINL-NEXT: pointer: 1 allocs per iteration
