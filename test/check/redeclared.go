// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A name declared twice in one block; parameters share the function body's block.
package main

func f(x int) {
	// CHECK: redeclared.go:[[#@LINE+2]]:6: x redeclared in this block
	// CHECK-NEXT: redeclared.go:[[#@LINE-2]]:8: other declaration of x
	var x int
	_ = x
}

func main() {
	a := 1
	// CHECK: redeclared.go:[[#@LINE+2]]:6: a redeclared in this block
	// CHECK-NEXT: redeclared.go:[[#@LINE-2]]:2: other declaration of a
	var a = 2
	println(a)
}
