// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0" %s println boxed | FileCheck %s --match-full-lines --check-prefix=ON
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -escape=off" %s println boxed | FileCheck %s --match-full-lines --check-prefix=OFF
// The builtin println neither boxes nor moves its arguments; passing an int to a leaking interface{} parameter boxes it on the heap.
// Allocations per loop iteration (Inputs/per-iteration.sh), with escape analysis on, then off
// (-escape=off puts every allocation site on the heap). gc 1.19's own counts equal the ON lines.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "println"
const iterations = 1000

var sinkE interface{}

// gc 1.19 -m -l: nothing to report. The builtin println takes its arguments as they are,
// unlike fmt.Println's ...interface{}: neither a nor &a is boxed or moved to the heap.
func printBoth(i int) {
	a := 1000 + i
	if i < 0 { // never true: keeps the output empty while the call stays in the code
		println(a, &a)
	}
}

// gc 1.19 -m -l: leaking param: v.
func keep(v interface{}) { sinkE = v }

// gc 1.19 -m -l: a escapes to heap. Passing an int to an interface{} parameter that leaks
// boxes it on the heap (values >= 256, so gc cannot use its static small-integer table).
func boxed(i int) {
	a := 1000 + i
	keep(a)
}

func main() {
	for i := 0; i < iterations; i++ {
		switch variant {
		case "println":
			printBoth(i)
		case "boxed":
			boxed(i)
		}
	}
}

// ON: println: 0 allocs per iteration
// ON-NEXT: boxed: 1 allocs per iteration
// OFF: println: 1 allocs per iteration
// OFF-NEXT: boxed: 1 allocs per iteration
