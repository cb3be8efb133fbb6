// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A local variable that is only assigned, never read, is "declared but not used".
package main

func main() {
	// CHECK: unused-var.go:[[#@LINE+1]]:2: x declared but not used
	x := 1
	x = 2
	// CHECK: unused-var.go:[[#@LINE+1]]:6: y declared but not used
	var y int
	z := 3
	println(z)
}
