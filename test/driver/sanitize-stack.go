// RUN: %gosubc run -sanitize=stack %s 2>&1 | FileCheck %s
// REQUIRES: clang-19
// -sanitize=stack links with clang-19's AddressSanitizer and runs with GC_DONT_GC=1.
package main

func main() {
	x := 40
	p := &x
	*p += 2
	println(x) // CHECK: 42
}
