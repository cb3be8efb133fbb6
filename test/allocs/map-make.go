// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0" %s local escaping | FileCheck %s --match-full-lines --check-prefix=ON
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -escape=off" %s local escaping | FileCheck %s --match-full-lines --check-prefix=OFF
// A map that does not escape takes nothing from the heap (gc keeps its header and first bucket in the frame); an escaping one does.
// Allocations per loop iteration (Inputs/per-iteration.sh), with escape analysis on, then off
// (-escape=off puts every allocation site on the heap). gc 1.19's own counts equal the ON lines.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "local"
const iterations = 1000

var global map[int]int

// gc 1.19 -m -l: make(map[int]int) does not escape. gc puts the map header and its first
// bucket (8 entries) in the frame: no allocation while the map holds at most 8 entries.
func local(i int) int {
	m := make(map[int]int)
	m[i] = i * 2
	m[i+1] = i * 3
	return m[i] + len(m)
}

// gc 1.19 -m -l: make(map[int]int) escapes to heap. gc allocates the header, then a bucket
// at the first insertion: 2 objects per call. How many objects a map takes is the runtime's
// own business, so the test asks only for "some".
func escaping(i int) int {
	m := make(map[int]int)
	m[i] = i * 2
	m[i+1] = i * 3
	global = m
	return m[i] + len(m)
}

var sinkI int

func main() {
	for i := 0; i < iterations; i++ {
		switch variant {
		case "local":
			sinkI += local(i)
		case "escaping":
			sinkI += escaping(i)
		}
	}
}

// ON: local: 0 allocs per iteration
// ON-NEXT: escaping: {{[1-9][0-9]*}} allocs per iteration
// OFF: local: {{[1-9][0-9]*}} allocs per iteration
// OFF-NEXT: escaping: {{[1-9][0-9]*}} allocs per iteration
