// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Untyped constants must be representable in the type they are assigned to.
package main

func main() {
	// CHECK: assign-untyped.go:[[#@LINE+1]]:14: cannot use "s" (untyped string constant) as int value in variable declaration
	var x int = "s"
	const c = 10
	// CHECK: assign-untyped.go:[[#@LINE+1]]:17: cannot use c (untyped int constant 10) as string value in variable declaration
	var s string = c
	// CHECK: assign-untyped.go:[[#@LINE+1]]:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
	var z int8 = 300
	// CHECK: assign-untyped.go:[[#@LINE+1]]:6: cannot use 1.5 (untyped float constant) as int value in assignment (truncated)
	x = 1.5
	println(x, s, z)
}
