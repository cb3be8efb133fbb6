// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Constant sizes of make and constant shift counts that gc rejects at compile time, with gc
// 1.19's messages (the same failures with variables are run-time panics: run/fault-make.go,
// run/fault-arith.go). A constant length too big to allocate is no compile error in gc either.
package main

func main() {
	// CHECK: make-constant-sizes.go:[[#@LINE+1]]:19: invalid argument: index -1 (constant of type int) must not be negative
	a := make([]int, -1)
	// CHECK: make-constant-sizes.go:[[#@LINE+1]]:19: invalid argument: length and capacity swapped
	b := make([]int, 3, 2)
	// CHECK: make-constant-sizes.go:[[#@LINE+1]]:25: invalid argument: index -1 (constant of type int) must not be negative
	c := make(map[int]int, -1)
	// CHECK: make-constant-sizes.go:[[#@LINE+1]]:22: invalid argument: index -1 (constant of type int) must not be negative
	d := make(chan int, -1)
	// CHECK-NOT: make-constant-sizes.go:[[#@LINE+1]]
	e := make([]byte, 1<<62)
	var x int8 = 1
	// CHECK: make-constant-sizes.go:[[#@LINE+1]]:12: invalid operation: negative shift count -1 (untyped int constant)
	f := x << -1
	println(a, b, c, d, e, f)
}
