// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// The number of variables must match the number of values (or a call's results).
package main

func f() int { return 1 }

func g() (int, int) { return 1, 2 }

func main() {
	// CHECK: assign-mismatch.go:[[#@LINE+1]]:10: assignment mismatch: 2 variables but f returns 1 value
	a, b := f()
	// CHECK: assign-mismatch.go:[[#@LINE+1]]:10: assignment mismatch: 2 variables but 1 value
	c, d := 1
	// CHECK: assign-mismatch.go:[[#@LINE+1]]:7: assignment mismatch: 1 variable but g returns 2 values
	e := g()
	// CHECK: assign-mismatch.go:[[#@LINE+1]]:17: extra init expr 2
	var h int = 1, 2
	println(a, b, c, d, e, h)
}
