// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Using a name that is declared nowhere.
package main

func main() {
	// CHECK: undefined.go:[[#@LINE+1]]:7: undefined: y
	x := y + 1
	_ = x
}
