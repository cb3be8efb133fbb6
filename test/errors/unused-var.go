// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A local variable declared and never used.
package main

func main() {
	// CHECK: unused-var.go:[[#@LINE+1]]:2: x declared but not used
	x := 1
}
