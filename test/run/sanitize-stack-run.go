// REQUIRES: clang-19
// RUN: %gosubc build -sanitize=stack -o %t %s
// RUN: env GC_DONT_GC=1 %t 2>&1 | FileCheck %s
// A program built with AddressSanitizer runs cleanly: no leak reports about the collector's heap.
package main

var sink *int

func keep() int {
	x := 42
	p := &x
	return *p
}

func leak() {
	y := 7
	sink = &y
}

func main() {
	leak()
	println(keep(), *sink) // CHECK: 42 7
}
// CHECK-NOT: LeakSanitizer
