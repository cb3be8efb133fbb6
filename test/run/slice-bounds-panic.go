// RUN: %gosubc build -O0 -o %t0 %s
// RUN: sh -c '%t0; echo "exit status $?"' 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s
// RUN: sh -c '%t2; echo "exit status $?"' 2>&1 | FileCheck %s
// Slicing past the capacity panics with gc's message and exit status 2.
package main

func main() {
	s := make([]int, 3, 5)
	i := 6
	println(len(s[:5]))
	_ = s[:i]
}

// CHECK: 5
// CHECK-NEXT: panic: runtime error: slice bounds out of range [:6] with capacity 5
// CHECK: exit status 2
