// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not="division by zero"
// A constant zero divisor is an error for integer and constant operands, as in gc: through a
// named constant, in x /= 0, for % and unsigned types, and for untyped float constants; a float
// variable divided by zero is no error (it gives an infinity at run time).
package main

const zero = 0

func main() {
	x := 10
	f := 1.5
	var u uint8 = 3
	// CHECK: division-by-zero.go:[[#@LINE+1]]:10: invalid operation: division by zero
	_ = x / 0
	// CHECK: division-by-zero.go:[[#@LINE+1]]:16: invalid operation: division by zero
	const c = 1 % 0
	// CHECK: division-by-zero.go:[[#@LINE+1]]:10: invalid operation: division by zero
	_ = x % zero
	// CHECK: division-by-zero.go:[[#@LINE+1]]:7: invalid operation: division by zero
	x /= 0
	// CHECK: division-by-zero.go:[[#@LINE+1]]:10: invalid operation: division by zero
	_ = u % 0
	// CHECK: division-by-zero.go:[[#@LINE+1]]:12: invalid operation: division by zero
	_ = 1.0 / 0.0
	println(x, f/0)
}
