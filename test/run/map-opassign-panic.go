// RUN: %gosubc build -O2 -o %t %s && %t 2>&1 | FileCheck %s
// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// m[k] op= y inserts k only after the operation: one that panics leaves the map unchanged (as
// gc, Go's test fixedbugs/issue22881.go); m and k are evaluated once.
package main

func div(m map[int]int, z int) {
	defer func() { recover() }()
	m[0] /= z
}

var calls int

func key() int { calls++; return 7 }

func main() {
	m := map[int]int{}
	div(m, 0)
	// CHECK: len 0
	println("len", len(m))
	m[key()] += 5
	m[key()] *= 3
	// CHECK-NEXT: 15 calls 2
	println(m[7], "calls", calls)
	s := map[string]string{}
	s["a"] += "x"
	s["a"] += "y"
	// CHECK-NEXT: xy
	println(s["a"])
}
