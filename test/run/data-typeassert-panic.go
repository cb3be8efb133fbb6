// RUN: %gosubc build -O0 -o %t0 %s
// RUN: sh -c '%t0; echo "exit status $?"' 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s
// RUN: sh -c '%t2; echo "exit status $?"' 2>&1 | FileCheck %s
// A failed type assertion panics with gc's interface conversion message.
package main

func main() {
	var e interface{} = "str"
	println(e.(string))
	println(e.(int))
}

// CHECK: str
// CHECK-NEXT: panic: interface conversion: interface {} is string, not int
// CHECK: exit status 2
