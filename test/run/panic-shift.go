// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s
// A negative shift count panics.
package main

func shift(x, n int) int { return x << n }

func main() {
	println(shift(1, 4)) // CHECK: 16
	println(shift(1, -1))
	// CHECK-NEXT: panic: runtime error: negative shift amount
	// CHECK: exit status 2
}
