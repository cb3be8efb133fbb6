// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Misuses of complex numbers, with types2's messages: complex() of mismatched or non-float
// arguments, real() of a float, ordering complex values, a complex constant as a float, 1/0i.
package main

func main() {
	var f32 float32 = 1
	var f64 float64 = 2
	// CHECK: complex-errors.go:[[#@LINE+1]]:14: invalid operation: complex(f32, f64) (mismatched types float32 and float64)
	_ = complex(f32, f64)
	// CHECK: complex-errors.go:[[#@LINE+1]]:11: invalid argument: argument has type float64, expected complex type
	_ = real(f64)
	// CHECK: complex-errors.go:[[#@LINE+1]]:6: invalid operation: complex(1, 2) < 3i (operator < not defined on untyped complex)
	_ = complex(1, 2) < 3i
	// CHECK: complex-errors.go:[[#@LINE+1]]:18: cannot use 2i (untyped complex constant (0 + 2i)) as float64 value in variable declaration (overflows)
	var f float64 = 2i
	_ = f
	var i int = 1
	// CHECK: complex-errors.go:[[#@LINE+1]]:14: invalid argument: arguments have type int, expected floating-point
	_ = complex(i, i)
	// CHECK: complex-errors.go:[[#@LINE+1]]:16: invalid operation: division by zero
	const c = 1 / 0i
}
