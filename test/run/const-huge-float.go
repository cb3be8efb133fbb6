// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Float constants far beyond float64's range (1e646456992) are valid untyped constants, as in gc.
package main

const (
	n = 1e646456992
	d = 1e646456991
	h = 0x1p100000000
	t = 1e-646456992
	u = 1e-1000000001        // below big.Float's range: zero, as in gc
	z = 0e99999999999999     // a zero mantissa is zero whatever the exponent
	s = 0x1p-2147483648      // the smallest binary exponent gc keeps
)

func main() {
	println(n/d == 10, n > d, -n < d, n-d > d) // CHECK: true true true true
	var x float64 = n / d
	println(x)                                  // CHECK-NEXT: +1.000000e+001
	println(h / 0x1p99999990)                   // CHECK-NEXT: +1.024000e+003
	println(t*1e10 == 0, t < 1e-300, t > 0)     // CHECK-NEXT: false true true
	println(u == 0, z == 0, s > 0, s/2 > 0)     // CHECK-NEXT: true true true true
}
