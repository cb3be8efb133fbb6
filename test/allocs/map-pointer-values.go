// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0" %s pointers values | FileCheck %s --match-full-lines --check-prefix=ON
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -escape=off" %s pointers values | FileCheck %s --match-full-lines --check-prefix=OFF
// Storing &t as a map[int]*T value moves t to the heap; a map[int]T value is copied into the map.
// Allocations per loop iteration (Inputs/per-iteration.sh), with escape analysis on, then off
// (-escape=off puts every allocation site on the heap). gc 1.19's own counts equal the ON lines.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "pointers"
const iterations = 1000

type T struct{ id, score int }

var byPtr = map[int]*T{}
var byValue = map[int]T{}

// gc 1.19 -m -l: moved to heap: t (map values flow to the heap).
func storePointer(i int) {
	t := T{i, i * 2}
	byPtr[i%8] = &t
}

// gc 1.19 -m -l: nothing to report (the value is copied into the map's entry).
func storeValue(i int) {
	t := T{i, i * 2}
	byValue[i%8] = t
}

func main() {
	// The keys repeat every 8 iterations, so the maps stop growing after the first 8: what is
	// left per iteration is the cost of the value itself.
	for i := 0; i < iterations; i++ {
		switch variant {
		case "pointers":
			storePointer(i)
		case "values":
			storeValue(i)
		}
	}
}

// ON: pointers: 1 allocs per iteration
// ON-NEXT: values: 0 allocs per iteration
// OFF: pointers: 1 allocs per iteration
// OFF-NEXT: values: 0 allocs per iteration
