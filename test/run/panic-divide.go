// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s
// Integer division by a zero variable panics with gc's message and exit status 2.
package main

func div(a, b int) int { return a / b }

func main() {
	println(div(7, 2)) // CHECK: 3
	println(div(1, 0))
	println("not reached")
	// CHECK-NEXT: panic: runtime error: integer divide by zero
	// CHECK-NOT: not reached
	// CHECK: exit status 2
}
