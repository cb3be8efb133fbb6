// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0" %s 8192 8193 n | FileCheck %s --match-full-lines --check-prefix=ON
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -escape=off" %s 8192 8193 n | FileCheck %s --match-full-lines --check-prefix=OFF
// make([]int, 8192) fits the 64 KiB stack limit; make([]int, 8193) and make([]int, n) go to the heap.
// Allocations per loop iteration (Inputs/per-iteration.sh), with escape analysis on, then off
// (-escape=off puts every allocation site on the heap). gc 1.19's own counts equal the ON lines.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "8192"
const iterations = 1000

// gc 1.19 -m -l: make([]int, 8192) does not escape (65536 bytes: exactly the 64 KiB limit
// for implicit stack variables).
func make8192(i int) int {
	s := make([]int, 8192)
	s[i%len(s)] = i
	return s[i%len(s)] + len(s)
}

// gc 1.19 -m -l: make([]int, 8193) escapes to heap (one element over the limit).
func make8193(i int) int {
	s := make([]int, 8193)
	s[i%len(s)] = i
	return s[i%len(s)] + len(s)
}

// gc 1.19 -m -l: make([]int, n) escapes to heap (a size unknown at compile time, even a small one).
func makeN(i, n int) int {
	s := make([]int, n)
	s[i%len(s)] = i
	return s[i%len(s)] + len(s)
}

var sinkI int

func main() {
	for i := 0; i < iterations; i++ {
		switch variant {
		case "8192":
			sinkI += make8192(i)
		case "8193":
			sinkI += make8193(i)
		case "n":
			sinkI += makeN(i, 8)
		}
	}
}

// ON: 8192: 0 allocs per iteration
// ON-NEXT: 8193: 1 allocs per iteration
// ON-NEXT: n: 1 allocs per iteration
// OFF: 8192: 1 allocs per iteration
// OFF-NEXT: 8193: 1 allocs per iteration
// OFF-NEXT: n: 1 allocs per iteration
