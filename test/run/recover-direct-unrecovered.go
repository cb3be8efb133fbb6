// RUN: %gosubc build -O0 -o %t0 %s && not %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && not %t2 2>&1 | FileCheck %s
// a recover that is not called directly by the deferred function does not stop the panic: the program dies as in gc.
package main

func helper() interface{} { return recover() }

func main() {
	defer func() { println("helper got:", helper() != nil) }()
	panic("not recovered")
}

// CHECK: helper got: false
// CHECK-NEXT: panic: not recovered
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
