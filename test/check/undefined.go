// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// An identifier declared nowhere: gc's "undefined: y".
package main

func main() {
	// CHECK: undefined.go:[[#@LINE+1]]:7: undefined: y
	x := y + 1
	println(x)
}
