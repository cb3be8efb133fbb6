// RUN: %gosubc build -O0 -o %t0 %s
// RUN: sh -c '%t0; echo "exit status $?"' 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s
// RUN: sh -c '%t2; echo "exit status $?"' 2>&1 | FileCheck %s
// Dereferencing a nil pointer panics (an explicit check, not a signal), even at -O2.
package main

var p *int

func get(q *int) int { return *q }

func main() {
	x := 5
	println(get(&x)) // CHECK: 5
	println(get(p))
	// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference
	// CHECK: exit status 2
}
