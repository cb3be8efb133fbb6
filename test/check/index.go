// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Constant indices are checked against array and constant-string lengths.
package main

func main() {
	var a [3]int
	// CHECK: index.go:[[#@LINE+1]]:8: invalid argument: index 5 out of bounds [0:3]
	_ = a[5]
	// CHECK: index.go:[[#@LINE+1]]:8: invalid argument: index -1 (constant of type int) must not be negative
	_ = a[-1]
	// CHECK: index.go:[[#@LINE+1]]:12: invalid argument: index 3 out of bounds [0:3]
	_ = "abc"[3]
	x := 1
	// CHECK: index.go:[[#@LINE+1]]:7: invalid operation: cannot index x (variable of type int)
	_ = x[0]
	// CHECK: index.go:[[#@LINE+1]]:8: cannot convert "a" (untyped string constant) to int
	_ = a["a"]
}
