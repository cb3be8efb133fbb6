// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Shifts: the operand must be an integer, the count a non-negative integer.
package main

func main() {
	var f float64
	// CHECK: shift.go:[[#@LINE+1]]:6: invalid operation: shifted operand f (variable of type float64) must be integer
	_ = f << 2
	// CHECK: shift.go:[[#@LINE+1]]:11: invalid operation: negative shift count -1 (untyped int constant)
	_ = 1 << -1
	s := 3
	// CHECK: shift.go:[[#@LINE+1]]:6: invalid operation: 1 << s (shift of type float64)
	f = 1 << s
	// CHECK: shift.go:[[#@LINE+1]]:11: invalid operation: shift count f (variable of type float64) must be integer
	_ = s << f
	const big = 1 << 100 >> 98
	var i int8 = big
	println(i)
}
