// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Headers whose condition is missing or is not an expression.
package main

func a() {
	x := 0
	// CHECK: if-condition.go:[[#@LINE+1]]:7: syntax error: cannot use assignment (x) = (5) as value
	if x = 5 {
	}
}

func b() {
	// CHECK: if-condition.go:[[#@LINE+1]]:7: syntax error: cannot use x := 5 as value
	if x := 5 {
	}
}

func c() {
	x := 0
	// CHECK: if-condition.go:[[#@LINE+1]]:7: syntax error: cannot use x++ as value
	for x++ {
	}
}

func d() {
	// CHECK: if-condition.go:[[#@LINE+1]]:5: syntax error: missing condition in if statement
	if {
	}
}

func e() {
	// CHECK: if-condition.go:[[#@LINE+1]]:11: syntax error: missing condition in if statement
	if x := 1; {
		_ = x
	}
}
