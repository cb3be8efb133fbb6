// RUN: %gosubc build -O0 -o %t0 %s %S/Inputs/fault-try.go
// RUN: %gosubc build -O2 -o %t2 %s %S/Inputs/fault-try.go
// RUN: sh -c '%t0 divide; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,DIVIDE
// RUN: sh -c '%t2 divide; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,DIVIDE
// RUN: sh -c '%t0 shift; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,SHIFT
// RUN: sh -c '%t2 shift; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,SHIFT
// Integer division and modulo by zero (every width, and x /= 0) and negative shift counts panic
// with gc's messages; MinInt / -1 and % -1 are defined and do not fault; shifts by 70 give 0 or -1.
// Expected lines from gc 1.19's output; one unrecovered failure per run, exit status 2.
// (try, in Inputs/fault-try.go, recovers a failure and prints its message.)
package main

import (
	"math"
	"os"
)

func main() {
	zero := 0
	var z8 int8
	var zu uint
	var z32 uint32
	one := 1
	neg := -1
	var negu8 int8 = -3
	try("divide", func() { println(7 / zero) })
	try("modulo", func() { println(7 % zero) })
	try("divide int8", func() { println(int8(7) / z8) })
	try("divide uint", func() { println(uint(7) / zu) })
	try("modulo uint32", func() { println(uint32(7) % z32) })
	try("divide assign", func() { x := 5; x /= zero; println(x) })
	try("negative shift", func() { println(one << neg) })
	try("negative shift right", func() { println(one >> neg) })
	try("negative int8 shift", func() { println(one << negu8) })
	min := math.MinInt64
	m1 := -1
	println("MinInt64 / -1 =", min/m1, " % -1 =", min%m1)
	var min32 int32 = math.MinInt32
	var m32 int32 = -1
	println("MinInt32 / -1 =", min32/m32, " % -1 =", min32%m32)
	var min8 int8 = -128
	var m8 int8 = -1
	println("MinInt8 / -1 =", min8/m8, " % -1 =", min8%m8)
	big := 70
	println("shift by 70:", one<<big, neg>>big, uint(1)<<big)
	switch os.Args[1] {
	case "divide":
		println(7 / zero)
	case "shift":
		println(one << neg)
	}
}

// CHECK: divide: runtime error: integer divide by zero
// CHECK-NEXT: modulo: runtime error: integer divide by zero
// CHECK-NEXT: divide int8: runtime error: integer divide by zero
// CHECK-NEXT: divide uint: runtime error: integer divide by zero
// CHECK-NEXT: modulo uint32: runtime error: integer divide by zero
// CHECK-NEXT: divide assign: runtime error: integer divide by zero
// CHECK-NEXT: negative shift: runtime error: negative shift amount
// CHECK-NEXT: negative shift right: runtime error: negative shift amount
// CHECK-NEXT: negative int8 shift: runtime error: negative shift amount
// CHECK-NEXT: MinInt64 / -1 = -9223372036854775808  % -1 = 0
// CHECK-NEXT: MinInt32 / -1 = -2147483648  % -1 = 0
// CHECK-NEXT: MinInt8 / -1 = -128  % -1 = 0
// CHECK-NEXT: shift by 70: 0 -1 0
// DIVIDE: panic: runtime error: integer divide by zero
// DIVIDE-EMPTY:
// DIVIDE-NEXT: goroutine 1 [running]:
// DIVIDE: exit status 2
// SHIFT: panic: runtime error: negative shift amount
// SHIFT-EMPTY:
// SHIFT-NEXT: goroutine 1 [running]:
// SHIFT: exit status 2
