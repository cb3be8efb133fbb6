// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Untyped constants are exact: big intermediate values, exact decimal fractions, typed rounding.
package main

const big = 1 << 100
const third = 1.0 / 3

func main() {
	println(big >> 98)         // CHECK: 4
	println(0.1+0.2 == 0.3)    // CHECK-NEXT: true
	println(third*3 == 1)      // CHECK-NEXT: true
	var f float32 = 0.1
	println(float64(f) == 0.1) // CHECK-NEXT: false
	// CHECK-NEXT: 254 -3 -1 +2.500000e-001 97 +1.000000e+300
	println(^uint8(1), -7/2, -7%2, 0x1p-2, 'a', 1e300*1e300/1e300)
	// CHECK-NEXT: 18446744073709551615 -9223372036854775808 493 10 15
	println(uint64(1<<64-1), int64(-1<<63), 0755, 0b1010, 0o17)
}
