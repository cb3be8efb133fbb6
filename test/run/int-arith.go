// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Integer arithmetic with Go's semantics: wrap-around, truncating division, MinInt64 / -1.
package main

var minus1 = -1

func div(a, b int64) (int64, int64) { return a / b, a % b }

func main() {
	var i8 int8 = 127
	i8++
	println(i8) // CHECK: -128
	var u8 uint8 = 200
	u8 += 100
	println(u8) // CHECK-NEXT: 44
	var u uint = 0
	u--
	println(u) // CHECK-NEXT: 18446744073709551615
	var i32 int32 = 1 << 30
	i32 *= 4
	println(i32) // CHECK-NEXT: 0
	println(div(-7, 2)) // CHECK-NEXT: -3 -1
	println(div(7, -2)) // CHECK-NEXT: -3 1
	var min int64 = -1 << 63
	println(div(min, int64(minus1))) // CHECK-NEXT: -9223372036854775808 0
	var m8 int8 = -128
	d8 := int8(minus1)
	println(m8/d8, m8%d8) // CHECK-NEXT: -128 0
	var u16 uint16 = 65535
	println(u16/7, u16%7, ^u16, u16&^0xff) // CHECK-NEXT: 9362 1 0 65280
	x := 12345
	println(x&0xff, x|1, x^x, -x) // CHECK-NEXT: 57 12345 0 -12345
}
