// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Each result of a multi-value call must be assignable where it goes (gc names the call in the message).
package main

func f() (int, int) { return 1, 2 }

func h(a int, b string) {}

func g() (int, string) {
	// CHECK: tuple-assign.go:[[#@LINE+1]]:9: cannot use f() (value of type int) as type string in return statement
	return f()
}

func main() {
	var b string
	x, y := f()
	// CHECK: tuple-assign.go:[[#@LINE+1]]:9: cannot use f() (value of type int) as type string in assignment
	y, b = f()
	// CHECK: tuple-assign.go:[[#@LINE+1]]:20: cannot use f() (value of type int) as type string in assignment
	var c, d string = f()
	// CHECK: tuple-assign.go:[[#@LINE+1]]:4: cannot use f() (value of type int) as type string in argument to h
	h(f())
	_, _, _, _ = x, b, c, d
}
