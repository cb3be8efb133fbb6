// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A receive is a comma-ok form (types2's "comma, ok expression"), in assignments,
// declarations and select cases alike.
package main

func main() {
	c := make(chan int)
	var s string
	var i int
	// CHECK: chan-receive-assign.go:[[#@LINE+1]]:17: cannot use <-c (comma, ok expression of type int) as type string in variable declaration
	var y string = <-c
	// CHECK: chan-receive-assign.go:[[#@LINE+1]]:6: cannot use <-c (comma, ok expression of type int) as type string in assignment
	s = <-c
	// CHECK: chan-receive-assign.go:[[#@LINE+2]]:9: cannot use <-c (value of type int) as type string in assignment
	// CHECK: chan-receive-assign.go:[[#@LINE+1]]:9: cannot use <-c (untyped bool value) as int value in assignment
	s, i = <-c
	// CHECK: chan-receive-assign.go:[[#@LINE+1]]:13: assignment mismatch: 3 variables but 1 value
	a, b, d := <-c
	v, ok := <-c
	// CHECK: chan-receive-assign.go:[[#@LINE+1]]:9: ok2 declared but not used
	var w, ok2 = <-c
	_, _, _, _, _, _, _, _, _ = y, s, i, a, b, d, v, ok, w
}
