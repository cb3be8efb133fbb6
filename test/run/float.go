// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// float64/float32 arithmetic, comparisons and conversions to and from integers.
package main

func half(x float64) float64 { return x / 2 }

func main() {
	f := 1.5
	println(f, half(f), -f)                  // CHECK: +1.500000e+000 +7.500000e-001 -1.500000e+000
	println(int(2.9*f), int(-2.9*f), int64(f*1e10)) // CHECK-NEXT: 4 -4 15000000000
	var g float32 = 0.1
	println(float64(g) == 0.1, g*3)          // CHECK-NEXT: false +3.000000e-001
	i := 7
	println(float64(i)/2, uint8(f*100))      // CHECK-NEXT: +3.500000e+000 150
	zero := 0.0
	println(1/zero, -1/zero, zero/zero == zero/zero) // CHECK-NEXT: +Inf -Inf false
}
