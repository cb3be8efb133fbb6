// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Only functions can be called; a type in call position is a conversion with exactly one argument.
package main

func two() (int, int) { return 1, 2 }

func main() {
	x := 1
	// CHECK: call-nonfunc.go:[[#@LINE+1]]:2: invalid operation: cannot call non-function x (variable of type int)
	x()
	// CHECK: call-nonfunc.go:[[#@LINE+1]]:13: too many arguments in conversion to int
	_ = int(1, 2)
	// CHECK: call-nonfunc.go:[[#@LINE+1]]:6: missing argument in conversion to int
	_ = int()
	// CHECK: call-nonfunc.go:[[#@LINE+1]]:6: multiple-value two() (value of type (int, int)) in single-value context
	_ = two() + 1
	// CHECK: call-nonfunc.go:[[#@LINE+1]]:10: cannot convert "s" (untyped string constant) to type int
	_ = int("s")
}
