// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0" %s within-cap past-cap | FileCheck %s --match-full-lines --check-prefix=ON
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -escape=off" %s within-cap past-cap | FileCheck %s --match-full-lines --check-prefix=OFF
// append within a stack slice's capacity allocates nothing; growing past it takes a new array from the heap.
// Allocations per loop iteration (Inputs/per-iteration.sh), with escape analysis on, then off
// (-escape=off puts every allocation site on the heap). gc 1.19's own counts equal the ON lines.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "within-cap"
const iterations = 1000

// gc 1.19 -m -l: make([]int, 0, 8) does not escape. Appending within the capacity
// writes into the stack array: no allocation.
func withinCap(i int) int {
	s := make([]int, 0, 8)
	for k := 0; k < 8; k++ {
		s = append(s, i+k)
	}
	return s[7]
}

// gc 1.19 -m -l: make([]int, 0, 8) does not escape; yet the ninth append grows the slice,
// and growslice always takes the new array from the heap: one allocation per call.
func pastCap(i int) int {
	s := make([]int, 0, 8)
	for k := 0; k < 9; k++ {
		s = append(s, i+k)
	}
	return s[8]
}

var sinkI int

func main() {
	for i := 0; i < iterations; i++ {
		switch variant {
		case "within-cap":
			sinkI += withinCap(i)
		case "past-cap":
			sinkI += pastCap(i)
		}
	}
}

// ON: within-cap: 0 allocs per iteration
// ON-NEXT: past-cap: 1 allocs per iteration
// OFF: within-cap: 1 allocs per iteration
// OFF-NEXT: past-cap: 2 allocs per iteration
