// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0" %s pointers values | FileCheck %s --match-full-lines --check-prefix=ON
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -escape=off" %s pointers values | FileCheck %s --match-full-lines --check-prefix=OFF
// Storing &t into a []*T moves t to the heap; storing t into a []T copies it (the slices stay on the stack).
// Allocations per loop iteration (Inputs/per-iteration.sh), with escape analysis on, then off
// (-escape=off puts every allocation site on the heap). gc 1.19's own counts equal the ON lines.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "pointers"
const iterations = 1000

type T struct{ id, score int }

// gc 1.19 -m -l: moved to heap: t (stored through s, whose backing array gc cannot follow);
// make([]*T, 4) does not escape.
func pointers(i int) int {
	s := make([]*T, 4)
	t := T{i, i * 2}
	s[i%4] = &t
	return s[i%4].score
}

// gc 1.19 -m -l: make([]T, 4) does not escape (the element is copied into the array).
func values(i int) int {
	s := make([]T, 4)
	t := T{i, i * 2}
	s[i%4] = t
	return s[i%4].score
}

var sinkI int

func main() {
	for i := 0; i < iterations; i++ {
		switch variant {
		case "pointers":
			sinkI += pointers(i)
		case "values":
			sinkI += values(i)
		}
	}
}

// ON: pointers: 1 allocs per iteration
// ON-NEXT: values: 0 allocs per iteration
// OFF: pointers: 2 allocs per iteration
// OFF-NEXT: values: 1 allocs per iteration
