// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Top-level functions used as values, passed, stored and called; variadic calls.
package main

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func apply(f func(int, int) int, x, y int) int { return f(x, y) }

var op = mul

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	println(apply(add, 3, 4), apply(mul, 3, 4)) // CHECK: 7 12
	f := add
	println(f(1, 2), op(5, 6)) // CHECK-NEXT: 3 30
	var g func(int, int) int
	println(g == nil, f != nil) // CHECK-NEXT: true true
	println(sum(), sum(1), sum(1, 2, 3)) // CHECK-NEXT: 0 1 6
}
