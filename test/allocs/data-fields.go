// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0" %s value pointer | FileCheck %s --match-full-lines --check-prefix=ON
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -escape=off" %s value pointer | FileCheck %s --match-full-lines --check-prefix=OFF
// Pointer fields assigned into a local struct value stay on the stack; the same stores through new(Data) go to the heap.
// Allocations per loop iteration (Inputs/per-iteration.sh), with escape analysis on, then off
// (-escape=off puts every allocation site on the heap). gc 1.19's own counts equal the ON lines.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "value"
const iterations = 1000

// Data is the seed's struct without its channel field (gosub has no channels yet) and without
// its map field: a map's own allocations are the runtime's business, tested in map-make.go.
type Data struct {
	slice []int
	inf   interface{}
	p     *int
}

// gc 1.19 -m -l: make([]int, 4) does not escape;
// 1000 + i does not escape; new(int) does not escape.
func fieldsOfValue(i int) int {
	d1 := Data{}
	d1.slice = make([]int, 4)
	d1.inf = 1000 + i
	d1.p = new(int)
	*d1.p = i
	d1.slice[i%4] = *d1.p
	return d1.slice[i%4]
}

// gc 1.19 -m -l: new(Data) does not escape; make([]int, 4) escapes to heap;
// 1000 + i escapes to heap; new(int) escapes to heap.
// As the seed says: d2 itself stays on the stack, but gc treats every store through a pointer
// dereference (d2.f is (*d2).f) as a store to the heap, so all three values move there.
func fieldsThroughPointer(i int) int {
	d2 := new(Data)
	d2.slice = make([]int, 4)
	d2.inf = 1000 + i
	d2.p = new(int)
	*d2.p = i
	d2.slice[i%4] = *d2.p
	return d2.slice[i%4]
}

var sinkI int

func main() {
	for i := 0; i < iterations; i++ {
		switch variant {
		case "value":
			sinkI += fieldsOfValue(i)
		case "pointer":
			sinkI += fieldsThroughPointer(i)
		}
	}
}

// ON: value: 0 allocs per iteration
// ON-NEXT: pointer: 3 allocs per iteration
// OFF: value: 3 allocs per iteration
// OFF-NEXT: pointer: 4 allocs per iteration
