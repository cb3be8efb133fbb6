// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// := with no new variable on its left.
package main

func main() {
	x := 1
	// CHECK: no-new-vars.go:[[#@LINE+1]]:4: no new variables on left side of :=
	x := 2
	_ = x
}
