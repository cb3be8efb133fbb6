// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -l" %s direct interface | FileCheck %s --match-full-lines --check-prefix=ON
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0" %s direct interface | FileCheck %s --match-full-lines --check-prefix=INL
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -escape=off" %s direct interface | FileCheck %s --match-full-lines --check-prefix=OFF
// &x passed to a method through an interface escapes (unknown callee); the same direct method call does not.
// Allocations per loop iteration (Inputs/per-iteration.sh), with escape analysis on, then off
// (-escape=off puts every allocation site on the heap). gc 1.19's own counts equal the ON lines
// with -l, and the INL lines with its inliner: dynamic inlined into main sees a's value, c, so
// a.Add is devirtualized to (*Counter).Add and &x stays, as gc's -m says.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "direct"
const iterations = 1000

type Counter struct{ total int }

// gc 1.19 -m -l: c does not escape; p does not escape.
func (c *Counter) Add(p *int) { c.total += *p }

type Adder interface{ Add(p *int) }

// gc 1.19 -m -l: c does not escape. A direct method call uses Add's summary: &x stays.
func direct(c *Counter, i int) {
	x := i
	c.Add(&x)
}

// gc 1.19 -m -l: moved to heap: x; leaking param: a. Through an interface the callee is
// unknown, so the argument of the call flows to the heap.
func dynamic(a Adder, i int) {
	x := i
	a.Add(&x)
}

var sinkI int

func main() {
	c := &Counter{} // made once, outside the loop: it does not count per iteration
	var a Adder = c
	for i := 0; i < iterations; i++ {
		switch variant {
		case "direct":
			direct(c, i)
		case "interface":
			dynamic(a, i)
		}
	}
	sinkI = c.total
}

// ON: direct: 0 allocs per iteration
// ON-NEXT: interface: 1 allocs per iteration
// OFF: direct: 1 allocs per iteration
// OFF-NEXT: interface: 1 allocs per iteration
// INL: direct: 0 allocs per iteration
// INL-NEXT: interface: 0 allocs per iteration
