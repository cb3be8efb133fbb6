// RUN: %gosubc build -O0 -o %t0 %s
// RUN: sh -c '%t0; echo "exit status $?"' 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s
// RUN: sh -c '%t2; echo "exit status $?"' 2>&1 | FileCheck %s
// Reading a nil map gives zero; assigning to it panics with gc's message.
package main

func main() {
	var m map[string]int
	println(m["a"])
	m["a"] = 1
}

// CHECK: 0
// CHECK-NEXT: panic: assignment to entry in nil map
// CHECK: exit status 2
