// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0" %s global local | FileCheck %s --match-full-lines --check-prefix=ON
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -escape=off" %s global local | FileCheck %s --match-full-lines --check-prefix=OFF
// A pointer stored into a global moves its variable to the heap; a pointer kept in a local does not.
// Allocations per loop iteration (Inputs/per-iteration.sh), with escape analysis on, then off
// (-escape=off puts every allocation site on the heap). gc 1.19's own counts equal the ON lines.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "global"
const iterations = 1000

var global *int

// gc 1.19 -m -l: moved to heap: x (its address is stored in a global).
func storeGlobal(i int) {
	x := i
	global = &x
}

// gc 1.19 -m -l: nothing to report (the pointer stays in a local).
func storeLocal(i int) int {
	x := i
	p := &x
	*p += 1
	return *p
}

var sinkI int

func main() {
	for i := 0; i < iterations; i++ {
		switch variant {
		case "global":
			storeGlobal(i)
		case "local":
			sinkI += storeLocal(i)
		}
	}
}

// ON: global: 1 allocs per iteration
// ON-NEXT: local: 0 allocs per iteration
// OFF: global: 1 allocs per iteration
// OFF-NEXT: local: 1 allocs per iteration
