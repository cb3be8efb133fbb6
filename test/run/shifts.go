// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Shifts by variable counts, including counts at or past the operand's width.
package main

func shl(x int64, n uint) int64  { return x << n }
func shr(x int64, n uint) int64  { return x >> n }
func ushr(x uint8, n int) uint8  { return x >> n }
func ushl(x uint32, n uint8) uint32 { return x << n }

func main() {
	println(shl(1, 3), shl(1, 63), shl(1, 64), shl(1, 200)) // CHECK: 8 -9223372036854775808 0 0
	println(shr(-8, 1), shr(-8, 64), shr(8, 64), shr(-1, 1000)) // CHECK-NEXT: -4 -1 0 -1
	println(ushr(0x80, 7), ushr(0x80, 8), ushr(0xff, 100)) // CHECK-NEXT: 1 0 0
	println(ushl(1, 31), ushl(1, 32), ushl(3, 255)) // CHECK-NEXT: 2147483648 0 0
}
