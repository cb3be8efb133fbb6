// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A call with more arguments than the function has parameters.
package main

func f(a int) {}

func main() {
	// CHECK: too-many-args.go:[[#@LINE+3]]:7: too many arguments in call to f
	// CHECK: have (number, number)
	// CHECK: want (int)
	f(1, 2)
}
