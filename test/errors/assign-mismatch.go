// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// An untyped int constant assigned to a string variable.
package main

func main() {
	// CHECK: assign-mismatch.go:[[#@LINE+1]]:17: cannot use 5 (untyped int constant) as string value in variable declaration
	var s string = 5
	_ = s
}
