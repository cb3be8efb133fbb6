// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Calling an int variable.
package main

func main() {
	x := 1
	// CHECK: call-non-function.go:[[#@LINE+1]]:2: invalid operation: cannot call non-function x (variable of type int)
	x()
}
