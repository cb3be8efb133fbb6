// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Adding an untyped int and an untyped string.
package main

func main() {
	// CHECK: mismatched-types.go:[[#@LINE+1]]:7: invalid operation: 1 + "a" (mismatched types untyped int and untyped string)
	x := 1 + "a"
	_ = x
}
