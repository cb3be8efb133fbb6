// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Comparison operators: comparable operands, ordered ones for < <= > >=.
package main

type S struct{ xs []int }

func main() {
	a, b := []int{1}, []int{2}
	// CHECK: compare.go:[[#@LINE+1]]:6: invalid operation: a == b (slice can only be compared to nil)
	_ = a == b
	var s, t S
	// CHECK: compare.go:[[#@LINE+1]]:6: invalid operation: s == t (struct containing []int cannot be compared)
	_ = s == t
	p, q := true, false
	// CHECK: compare.go:[[#@LINE+1]]:6: invalid operation: p < q (operator < not defined on bool)
	_ = p < q
	_ = a == nil
	var m map[int]int
	// CHECK: compare.go:[[#@LINE+1]]:6: invalid operation: m == m (map can only be compared to nil)
	_ = m == m
}
