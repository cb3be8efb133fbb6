// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// recover in a function called by the deferred function returns nil and leaves the panic to the next deferred call.
package main

func helper() interface{} { return recover() }

func main() {
	defer func() {
		r := recover()
		println("outer recovered:", r != nil)
	}()
	defer func() {
		r := helper() // not called directly by the deferred function: must return nil
		println("helper recovered:", r != nil)
	}()
	panic("boom")
}

// CHECK: helper recovered: false
// CHECK-NEXT: outer recovered: true
