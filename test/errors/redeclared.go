// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A variable declared twice in one block.
package main

func main() {
	x := 1
	// CHECK: redeclared.go:[[#@LINE+2]]:6: x redeclared in this block
	// CHECK: other declaration of x
	var x int
	_ = x
}
