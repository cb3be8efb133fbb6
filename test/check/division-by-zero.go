// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A constant zero divisor is an error for integer and constant operands.
package main

func main() {
	x := 10
	// CHECK: division-by-zero.go:[[#@LINE+1]]:10: invalid operation: division by zero
	_ = x / 0
	// CHECK: division-by-zero.go:[[#@LINE+1]]:16: invalid operation: division by zero
	const c = 1 % 0
	println(x)
}
