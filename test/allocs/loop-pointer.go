// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0" %s outer inner | FileCheck %s --match-full-lines --check-prefix=ON
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -escape=off" %s outer inner | FileCheck %s --match-full-lines --check-prefix=OFF
// &x stored in a pointer declared outside the loop moves x to the heap at every iteration; a pointer declared inside does not.
// Allocations per loop iteration (Inputs/per-iteration.sh), with escape analysis on, then off
// (-escape=off puts every allocation site on the heap). gc 1.19's own counts equal the ON lines.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "outer"
const iterations = 1000

// gc 1.19 -m -l: moved to heap: x. p outlives each iteration's x (it is declared outside the
// loop), and gc gives a variable one location per declaration, not per iteration: every x
// goes to the heap even though p itself never leaves the function.
func keepLast(n, base int) int {
	var p *int
	for k := 0; k < n; k++ {
		x := base + k
		p = &x
	}
	return *p
}

// gc 1.19 -m -l: nothing to report. The same loop with the pointer declared inside it.
func useEach(n, base int) int {
	s := 0
	for k := 0; k < n; k++ {
		x := base + k
		p := &x
		s += *p
	}
	return s
}

var sinkI int

func main() {
	for i := 0; i < iterations; i++ {
		switch variant {
		case "outer":
			sinkI += keepLast(1, i)
		case "inner":
			sinkI += useEach(1, i)
		}
	}
}

// ON: outer: 1 allocs per iteration
// ON-NEXT: inner: 0 allocs per iteration
// OFF: outer: 1 allocs per iteration
// OFF-NEXT: inner: 1 allocs per iteration
