// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// complex128/complex64 arithmetic, conversions and ==, printed by println; division follows
// gc's complex128div on zeros, infinities and NaNs.
package main

func div(a, b complex128) complex128 { return a / b }
func div64(a, b complex64) complex64 { return a / b }

func main() {
	x := complex(1, 2)
	y := 3.5 - 1i
	println(x+y, x-y, x*y, x/y, -x)
	var f complex64 = complex64(x)
	println(f*f, f/3, complex128(f/3) == x/3, real(f), imag(f))
	x += 1i
	x *= 2
	println(x, x == 2+6i, x != 2+6i)
	zero := 0.0
	inf := 1 / zero
	nan := zero / zero
	println(div(1, 0), div(complex(inf, 1), 2), div(1, complex(inf, 0)))
	println(div(complex(nan, 0), 1), div(0, 0), div64(1, 0), div(1e300+1e300i, 1e-300+1e-300i))
	println(complex(nan, 0) == complex(nan, 0), complex(0, zero) == complex(0, -zero))
}

// CHECK: (+4.500000e+000+1.000000e+000i) (-2.500000e+000+3.000000e+000i) (+5.500000e+000+6.000000e+000i) (+1.132075e-001+6.037736e-001i) (-1.000000e+000-2.000000e+000i)
// CHECK-NEXT: (-3.000000e+000+4.000000e+000i) (+3.333333e-001+6.666667e-001i) false +1.000000e+000 +2.000000e+000
// CHECK-NEXT: (+2.000000e+000+6.000000e+000i) true false
// CHECK-NEXT: (+InfNaNi) (+InfNaNi) (+0.000000e+000+0.000000e+000i)
// CHECK-NEXT: (NaNNaNi) (NaNNaNi) (+InfNaNi) (+Inf+0.000000e+000i)
// CHECK-NEXT: false true
