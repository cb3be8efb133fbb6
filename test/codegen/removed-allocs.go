// RUN: %gosubc build -m -l -O2 -o %t %s 2>&1 | FileCheck %s
// RUN: %gosubc build -m -l -O0 -o %t %s 2>&1 | FileCheck %s --check-prefix=KEPT
// RUN: %gosubc build -m -l -O2 -escape=off -o %t %s 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// -m notes the heap allocations the optimiser deleted after inlining, only when optimising with escape analysis on.
package main

type Point struct{ X, Y int }

func newPoint(x, y int) *Point {
	return &Point{x, y}
}

func main() {
	sum := 0
	for i := 0; i < 1000; i++ {
		p := newPoint(i, i&7)
		sum += p.X ^ p.Y
	}
	println(sum)
}

// CHECK: removed-allocs.go:10:9: &Point{...} escapes to heap
// CHECK: removed-allocs.go:10:9: heap allocation of &Point{...} removed after inlining
// KEPT: removed-allocs.go:10:9: &Point{...} escapes to heap
// KEPT-NOT: removed after inlining
// OFF-NOT: removed after inlining
