// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Conditions of if and for statements must be boolean.
package main

func main() {
	x := 1
	// CHECK: non-bool-cond.go:[[#@LINE+1]]:5: non-boolean condition in if statement
	if x {
	}
	// CHECK: non-bool-cond.go:[[#@LINE+1]]:6: non-boolean condition in for statement
	for x + 1 {
	}
	// CHECK: non-bool-cond.go:[[#@LINE+1]]:6: invalid operation: operator ! not defined on x (variable of type int)
	if !x {
	}
}
